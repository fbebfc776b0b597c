import { useEffect } from 'react';
import { call } from '../../api';
import { useConnectivity } from '../../stores/connectivity-store';

/** The 'sync.status' push is the main source; this poll is the fallback when a push is missed. */
export const SYNC_STATUS_POLL_MS = 10_000;

/** Asks the core for the sync state now; failures are left to the connectivity indicator. */
export function refreshSyncStatus(): Promise<void> {
  return call('sync.status').then(
    (status) => useConnectivity.getState().syncStatusReceived(status),
    () => {},
  );
}

/** While signed in: read the sync state at once, then every 10 seconds. */
export function useSyncStatusPoll(token: string): void {
  useEffect(() => {
    void refreshSyncStatus();
    const timer = setInterval(() => void refreshSyncStatus(), SYNC_STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [token]);
}
