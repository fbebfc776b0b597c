import { create } from 'zustand';
import type { DeskEvents, SyncStatus as FullSyncStatus } from '../../../shared/api';

/** The last known sync state: a 'sync.status' push, completed by the `sync.status` poll. */
export type LiveSyncStatus = DeskEvents['sync.status'] & Partial<Pick<FullSyncStatus, 'configured' | 'oldestPendingAt'>>;

interface ConnectivityState {
  /** The machine has a network (navigator.onLine). */
  networkUp: boolean;
  /** The app's core answers (always true over IPC; the loopback host over HTTP). */
  coreReachable: boolean;
  /** The last 'sync.status' push or poll, null until the first one. */
  sync: LiveSyncStatus | null;
  networkChanged: (up: boolean) => void;
  coreReachabilityChanged: (reachable: boolean) => void;
  syncStatusReceived: (status: LiveSyncStatus) => void;
}

export const useConnectivity = create<ConnectivityState>()((set) => ({
  networkUp: typeof navigator === 'undefined' ? true : navigator.onLine,
  coreReachable: true,
  sync: null,
  networkChanged: (networkUp) => set({ networkUp }),
  coreReachabilityChanged: (coreReachable) => set((state) => (state.coreReachable === coreReachable ? state : { coreReachable })),
    // A push may lack fields the poll carries (configured, oldestPendingAt): keep the last known ones.
  syncStatusReceived: (status) => set((state) => ({ sync: { ...state.sync, ...status } })),
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
