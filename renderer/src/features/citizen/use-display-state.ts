import { useCallback, useEffect, useRef, useState } from 'react';
import type { DisplayState } from '../../../../shared/api/display';
import { call, listenToDeskEvent, messageOf } from '../../api';

/**
 * display.state, read again at each 'display.changed' push (never polled). Answers after answers
 * arrive in order: an older answer never replaces a newer one.
 */
export function useDisplayState(enabled: boolean): { state: DisplayState | null; error: string | null; refresh: () => void } {
  const [state, setState] = useState<DisplayState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);
  const refresh = useCallback(() => {
    const ask = ++asked.current;
    call('display.state').then(
      (value) => {
        if (ask !== asked.current) return;
        setState(value);
        setError(null);
      },
      (e: unknown) => ask === asked.current && setError(messageOf(e)),
    );
  }, []);
  useEffect(() => {
    if (!enabled) return;
    refresh();
    return listenToDeskEvent('display.changed', refresh);
  }, [enabled, refresh]);
  return { state, error, refresh };
}
