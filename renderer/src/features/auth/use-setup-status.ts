import { useCallback, useEffect, useState } from 'react';
import { call, messageOf } from '../../api';

export type SetupState = { kind: 'checking' } | { kind: 'needsAdmin' } | { kind: 'ready' } | { kind: 'failed'; message: string };

async function askSetupStatus(): Promise<SetupState> {
  try {
    const status = await call('auth.setupStatus');
    return { kind: status.needsAdmin ? 'needsAdmin' : 'ready' };
  } catch (failure) {
    return { kind: 'failed', message: messageOf(failure) };
  }
}

/** Asks the core whether the first-run screen is needed (only while nobody is signed in). */
export function useSetupStatus(enabled: boolean) {
  const [state, setState] = useState<SetupState>({ kind: 'checking' });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void askSetupStatus().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [enabled]);

  const check = useCallback(async () => {
    setState({ kind: 'checking' });
    setState(await askSetupStatus());
  }, []);

  return { state, check, markReady: () => setState({ kind: 'ready' }) };
}
