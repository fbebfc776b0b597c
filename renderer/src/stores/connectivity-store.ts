import { create } from 'zustand';
import type { DeskEvents } from '../../../shared/api';

type SyncStatus = DeskEvents['sync.status'];

interface ConnectivityState {
  /** The machine has a network (navigator.onLine). */
  networkUp: boolean;
  /** The app's core answers (always true over IPC; the loopback host over HTTP). */
  coreReachable: boolean;
  /** The last 'sync.status' push, null until the first one. */
  sync: SyncStatus | null;
  networkChanged: (up: boolean) => void;
  coreReachabilityChanged: (reachable: boolean) => void;
  syncStatusReceived: (status: SyncStatus) => void;
}

export const useConnectivity = create<ConnectivityState>()((set) => ({
  networkUp: typeof navigator === 'undefined' ? true : navigator.onLine,
  coreReachable: true,
  sync: null,
  networkChanged: (networkUp) => set({ networkUp }),
  coreReachabilityChanged: (coreReachable) => set((state) => (state.coreReachable === coreReachable ? state : { coreReachable })),
  syncStatusReceived: (sync) => set({ sync }),
}));

export type OfflineReason = 'network' | 'core' | 'portal';

/** Why the desk is offline, or null when online. Sync status decides once it has been heard. */
export function offlineReason(state: Pick<ConnectivityState, 'networkUp' | 'coreReachable' | 'sync'>): OfflineReason | null {
  if (!state.coreReachable) return 'core';
  if (!state.networkUp) return 'network';
  if (state.sync && !state.sync.online) return 'portal';
  return null;
}

/** Listens to the browser's online/offline events; returns the unsubscribe function. */
export function watchNetwork(): () => void {
  const update = () => useConnectivity.getState().networkChanged(navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
