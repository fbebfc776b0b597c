import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

interface UiPrefsState {
  /** The side menu shows icons only. */
  menuCollapsed: boolean;
  /** The keyboard-shortcut help panel is open (not persisted). */
  helpOpen: boolean;
  setMenuCollapsed: (collapsed: boolean) => void;
  setHelpOpen: (open: boolean) => void;
}

/** The officer's display preferences, kept on this machine. */
export const useUiPrefs = create<UiPrefsState>()(
  persist(
    (set) => ({
      menuCollapsed: false,
      helpOpen: false,
      setMenuCollapsed: (menuCollapsed) => set({ menuCollapsed }),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
    }),
    {
      name: 'motcua.ui-prefs',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ menuCollapsed: state.menuCollapsed }),
    },
  ),
);
