import { useEffect } from 'react';
import { call, dispatchDeskEvent, listenToDeskEvent, subscribeToEvents } from '../api';
import { useConnectivity, watchNetwork } from '../stores/connectivity-store';
import { connectQueriesToEvents } from './desk-query-client';

/** While signed in: receive the core's pushes, keep the connectivity store and the cached reads current. */
export function useDeskEvents(token: string | null, onIntegrityProblem: (message: string) => void): void {
  useEffect(() => watchNetwork(), []);
  useEffect(() => connectQueriesToEvents(), []);

  useEffect(() => {
    const stopSync = listenToDeskEvent('sync.status', (status) => useConnectivity.getState().syncStatusReceived(status));
    const stopIntegrity = listenToDeskEvent('db.integrity', (result) => {
      if (!result.ok) onIntegrityProblem(result.message);
    });
    return () => {
      stopSync();
      stopIntegrity();
    };
  }, [onIntegrityProblem]);

  useEffect(() => {
    if (!token) return;
    return subscribeToEvents({
      onEvent: dispatchDeskEvent,
      onStreamState: (state) => {
        if (state === 'connected') useConnectivity.getState().coreReachabilityChanged(true);
        // The stream dropped: a ping (which does not extend the session) tells whether the core itself is down.
        else call('system.ping').catch(() => {});
      },
    });
  }, [token]);
}
