import { useSyncExternalStore } from 'react';
import { DEFAULT_SCREEN, screenByKey, type ScreenKey } from './screens';

/** A tiny hash router: `#/intake`, `#/settings`... Works from file:// in Electron and from the host. */
function readScreenKey(): ScreenKey {
  const key = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return screenByKey(key)?.key ?? DEFAULT_SCREEN;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useScreenKey(): ScreenKey {
  return useSyncExternalStore(subscribe, readScreenKey);
}

export function openScreen(key: ScreenKey): void {
  window.location.hash = `#/${key}`;
}
