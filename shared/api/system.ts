import { method, ALL_ROLES } from './method';
import { noInput } from './common';

export interface SystemInfo {
  appVersion: string;
  agencyId: string;
  agencyName: string;
  counter: number;
  training: boolean;
  /** ISO UTC, the core's clock. */
  now: string;
  transport: 'ipc' | 'http';
}

export const systemMethods = {
  /** Cheap liveness call (also the round-trip benchmark's target). */
  'system.ping': method<{ now: string }>()({ input: noInput, access: 'public', kind: 'read' }),
  'system.info': method<SystemInfo>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
};
