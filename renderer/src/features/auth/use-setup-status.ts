import { useCallback, useEffect, useState } from 'react';
import { call, messageOf } from '../../api';

export type SetupState = { kind: 'checking' } | { kind: 'needsAdmin' } | { kind: 'ready' } | { kind: 'failed'; message: string };

/** Asks the core whether the first-run screen is needed (only while nobody is signed in). */
export function useSetupStatus(enabled: boolean) {
  const [state, setState] = useState<SetupState>({ kind: 'checking' });

  const check = useCallback(async () => {
    setState({ kind: 'checking' });
    try {
      const status = await call('auth.setupStatus');
      setState({ kind: status.needsAdmin ? 'needsAdmin' : 'ready' });
    } catch (failure) {
      setState({ kind: 'failed', message: messageOf(failure) });
    }
  }, []);

  useEffect(() => {
    if (enabled) void check();
  }, [enabled, check]);

  return { state, check, markReady: () => setState({ kind: 'ready' }) };
}
