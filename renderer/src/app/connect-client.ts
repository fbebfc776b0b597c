import { configureClient } from '../api';
import { useConnectivity } from '../stores/connectivity-store';
import { useSession } from '../stores/session-store';
import { useSystemInfo } from '../stores/system-info-store';

/** Gives the API client the session token, and sends the officer back to sign-in when the core ends the session. */
export function connectClientToSession(): void {
  configureClient({
    getToken: () => useSession.getState().token,
    onSessionEnded: (message) => {
      useSession.getState().signedOut(message);
      useSystemInfo.getState().clear();
    },
    onReachability: (reachable) => useConnectivity.getState().coreReachabilityChanged(reachable),
  });
}
