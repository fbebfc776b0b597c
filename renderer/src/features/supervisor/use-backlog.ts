import { useCallback, useEffect, useState } from 'react';
import type { Backlog } from '../../../../shared/api';
import { call, listenToDeskEvent, messageOf } from '../../api';

interface BacklogState {
  backlog: Backlog | null;
  loadedAt: Date | null;
  error: string | null;
}

/** The ward's daily backlog, reloaded whenever a dossier changes. */
export function useBacklog() {
  const [state, setState] = useState<BacklogState>({ backlog: null, loadedAt: null, error: null });

  const load = useCallback(async () => {
    try {
      const backlog = await call('dossiers.backlog');
      setState({ backlog, loadedAt: new Date(), error: null });
    } catch (failure) {
      setState((previous) => ({ ...previous, error: messageOf(failure) }));
    }
  }, []);

  useEffect(() => {
    let timer: number | undefined;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void load(), 0);
    };
    later();
    const stop = listenToDeskEvent('dossiers.changed', later);
    // "Due today" and "overdue" move with the clock, not only with changes.
    const tick = window.setInterval(later, 60_000);
    return () => {
      window.clearTimeout(timer);
      window.clearInterval(tick);
      stop();
    };
  }, [load]);

  return { ...state, reload: load };
}
