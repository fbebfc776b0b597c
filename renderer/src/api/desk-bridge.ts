import type { DeskBridge } from '../../../shared/api/bridge';

declare global {
  interface Window {
    /** Present only inside the Electron app (set by the preload). */
    desk?: DeskBridge;
  }
}

export type { DeskBridge };

/** The preload's bridge when running inside Electron, otherwise null (browser against the host). */
export function findDeskBridge(): DeskBridge | null {
  return typeof window !== 'undefined' && window.desk ? window.desk : null;
}
