import { useSyncExternalStore } from 'react';
import { subscribeToHash } from '../../ui/hash-route';

/** The tabs of Cài đặt, named in the hash: `#/settings/accounts`. */
export const SETTINGS_TABS = ['general', 'portal', 'digitising', 'backup', 'accounts'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

function readTab(): SettingsTab {
  const part = window.location.hash.replace(/^#\/?/, '').split(/[?]/)[0]?.split('/')[1] ?? '';
  return (SETTINGS_TABS as readonly string[]).includes(part) ? (part as SettingsTab) : 'general';
}

export function useSettingsTab(): SettingsTab {
  return useSyncExternalStore(subscribeToHash, readTab);
}

export function openSettingsTab(tab: SettingsTab): void {
  window.location.hash = tab === 'general' ? '#/settings' : `#/settings/${tab}`;
}
