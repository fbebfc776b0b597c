import { useCallback, useEffect, useState } from 'react';
import type { SyncIssue } from '../../../../shared/api';
import { call, messageOf } from '../../api';
import { useConnectivity } from '../../stores/connectivity-store';

interface SyncIssuesState {
  issues: SyncIssue[] | null;
  error: string | null;
  reload: () => void;
}

/** The rejected and conflicting dossiers while the panel is open; reread when the counts change. */
export function useSyncIssues(open: boolean): SyncIssuesState {
  const [issues, setIssues] = useState<SyncIssue[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const counts = useConnectivity((state) => (state.sync ? `${state.sync.rejected}/${state.sync.conflicts}` : ''));

  useEffect(() => {
    if (!open) return;
    let current = true;
    call('sync.issues').then(
      (list) => {
        if (!current) return;
        setIssues(list);
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(messageOf(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [open, counts, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { issues, error, reload };
}
