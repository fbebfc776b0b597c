// The door of settings/: what the rest of the core uses of it (lint rule core/layers).
export { readIdentity } from './desk-identity';
export type { DeskIdentity } from './desk-identity';
export { SettingsStore } from './settings-store';
