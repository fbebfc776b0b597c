import { useCallback, useEffect, useState } from 'react';
import type { RecoveryKeyStatus } from '../../../../shared/api';
import { call, messageOf } from '../../api';

/** Dispatched on window once the sheet is recorded as printed (the frame's reminder goes). */
export const RECOVERY_KEY_PRINTED_EVENT = 'motcua:recovery-key-printed';

/** Whether the recovery sheet has been printed (admin only; never reads the key itself). */
export function useRecoveryKeyStatus(enabled = true): { status: RecoveryKeyStatus | null; error: string | null; refresh: () => void } {
  const [status, setStatus] = useState<RecoveryKeyStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    call('backup.recoveryKeyStatus').then(
      (value) => {
        if (!live) return;
        setStatus(value);
        setError(null);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [enabled, round]);
  const refresh = useCallback(() => setRound((n) => n + 1), []);
  return { status, error, refresh };
}
