import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { LoginResult, UserView } from '../../../shared/api';

interface SessionState {
  token: string | null;
  user: UserView | null;
  /** Minutes of inactivity after which the core locks the session. */
  idleMinutes: number | null;
  /** Why the officer is back at the sign-in screen (expired, locked), shown there once. */
  notice: string | null;
  signedIn: (result: LoginResult) => void;
  userRefreshed: (user: UserView) => void;
  /** Signs out locally; `notice` explains why when the session ended by itself. */
  signedOut: (notice?: string) => void;
  noticeShown: () => void;
}

/** The signed-in officer. Kept in sessionStorage: survives a reload, not a closed window. */
export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      user: null,
      idleMinutes: null,
      notice: null,
      signedIn: (result) => set({ token: result.token, user: result.user, idleMinutes: result.idleMinutes, notice: null }),
      userRefreshed: (user) => set({ user }),
      signedOut: (notice) => set({ token: null, user: null, idleMinutes: null, notice: notice ?? null }),
      noticeShown: () => set({ notice: null }),
    }),
    {
      name: 'motcua.session',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ token: state.token, user: state.user, idleMinutes: state.idleMinutes }),
    },
  ),
);
