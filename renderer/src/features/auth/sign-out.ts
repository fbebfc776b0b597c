import { call } from '../../api';
import { useSession } from '../../stores/session-store';
import { useSystemInfo } from '../../stores/system-info-store';

/** Ends the session on the core (best effort) and returns to the sign-in screen. */
export async function signOut(): Promise<void> {
  if (!useSession.getState().token) return;
  try {
    await call('auth.logout');
  } catch {
    // Already expired or the core is unreachable: signing out locally is what matters.
  }
  useSession.getState().signedOut();
  useSystemInfo.getState().clear();
}
