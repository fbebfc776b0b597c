import { useSyncExternalStore } from 'react';

/** A tiny hash router: `#/intake`, `#/settings`... Works from file:// in Electron and from the host. */
export const SCREEN_KEYS = ['intake', 'queue', 'cash', 'supervisor', 'settings', 'audit'] as const;
export type ScreenKey = (typeof SCREEN_KEYS)[number];

/** Where an address without a screen, or naming none, opens; and where every sign-in starts. */
export const DEFAULT_SCREEN: ScreenKey = 'intake';

export function isScreenKey(key: string): key is ScreenKey {
  return (SCREEN_KEYS as readonly string[]).includes(key);
}

function readScreenKey(): ScreenKey {
  const key = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isScreenKey(key) ? key : DEFAULT_SCREEN;
}

/** Calls `onChange` whenever the hash changes; returns the unsubscribe (for useSyncExternalStore). */
export function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useScreenKey(): ScreenKey {
  return useSyncExternalStore(subscribeToHash, readScreenKey);
}

export function openScreen(key: ScreenKey): void {
  window.location.hash = `#/${key}`;
}
