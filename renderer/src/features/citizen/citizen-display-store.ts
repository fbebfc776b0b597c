import { create } from 'zustand';
import { useSession } from '../../stores/session-store';

interface CitizenDisplayState {
  /** The officer opened the citizen display in this window (display.open); its token opens #/citizen. */
  displayToken: string | null;
  opened: (displayToken: string) => void;
  closed: () => void;
}

/** Whether this officer's window has a citizen display open; the intake screen pushes to it only then. */
export const useCitizenDisplay = create<CitizenDisplayState>()((set) => ({
  displayToken: null,
  opened: (displayToken) => set({ displayToken }),
  closed: () => set({ displayToken: null }),
}));

// A display belongs to one session: a sign-out (or another officer signing in) forgets it here; the core has ended its token.
useSession.subscribe((state, previous) => {
  if (state.token !== previous.token) useCitizenDisplay.getState().closed();
});
