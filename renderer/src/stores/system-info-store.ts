import { create } from 'zustand';
import type { SystemInfo } from '../../../shared/api';
import { call, messageOf } from '../api';

interface SystemInfoState {
  /** Agency, counter, training mode; null until loaded after sign-in. */
  info: SystemInfo | null;
  error: string | null;
  load: () => Promise<void>;
  clear: () => void;
}

export const useSystemInfo = create<SystemInfoState>()((set) => ({
  info: null,
  error: null,
  async load() {
    try {
      set({ info: await call('system.info'), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  clear: () => set({ info: null, error: null }),
}));
