import { configureClient } from '../api';
import { useConnectivity } from '../stores/connectivity-store';
import { useSession } from '../stores/session-store';
import { useSystemInfo } from '../stores/system-info-store';
import { deskQueryClient } from './desk-query-client';

/**
 * Gives the API client the session token, and sends the officer back to sign-in when the core ends
 * the session. The cached reads are one officer's: a new session starts with none.
 */
export function connectClientToSession(): void {
  configureClient({
    getToken: () => useSession.getState().token,
    onSessionEnded: (message) => {
      useSession.getState().signedOut(message);
      useSystemInfo.getState().clear();
    },
    onReachability: (reachable) => useConnectivity.getState().coreReachabilityChanged(reachable),
  });
  useSession.subscribe((state, previous) => {
    if (state.token !== previous.token) deskQueryClient.clear();
  });
}
