import { z } from 'zod';
import { method, ALL_ROLES, SUPERVISORS, ADMINS } from './method';
import { noInput } from './common';
import { portalConnectionInput, type ConnectionTestResult } from './settings';

export interface SyncStatus {
  online: boolean;
  /** Dossiers whose latest revision the portal has not acknowledged. */
  pending: number;
  rejected: number;
  conflicts: number;
  lastSuccessAt: string | null;
  /** Portal time minus local time; over 120 s is a visible warning. */
  clockSkewSeconds: number | null;
  /** A portal connection is set up (otherwise everything waits in the outbox). */
  configured: boolean;
  oldestPendingAt: string | null;
  /**
   * Restored from a backup and not yet through the portal's feed: codes and receipt numbers are
   * checked against the portal before they are issued, or continue past a safety gap offline.
   */
  restorePending?: boolean;
}

export interface SyncRunResult {
  ok: boolean;
  message: string;
  sent: number;
  synced: number;
  rejected: number;
  pulled: number;
  conflicts: number;
}

export interface SyncIssue {
  dossierId: string;
  code: string;
  kind: 'rejected' | 'conflict' | 'code-conflict';
  message: string;
  at: string;
  /** For a conflict: the field values on this desk and on the portal. */
  local?: Record<string, string>;
  portal?: Record<string, string>;
}

export const syncMethods = {
  'sync.status': method<SyncStatus>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  /** Runs a round now and answers when it ends (at most 30 s). */
  'sync.run': method<SyncRunResult>()({ input: noInput, access: ALL_ROLES, kind: 'task' }),
  'sync.issues': method<SyncIssue[]>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  'sync.resolve': method<{ done: true }>()({
    input: z.object({
      dossierId: z.string().uuid({ error: 'Mã nội bộ hồ sơ không hợp lệ.' }),
      choice: z.enum(['local', 'portal'], { error: 'Chọn giữ bản của quầy (local) hoặc của cổng (portal).' }),
    }),
    access: SUPERVISORS,
    kind: 'write',
  }),
  /** Signs in to the portal in use, or to `portal` (settings not saved yet), and reads its clock. */
  'sync.testConnection': method<ConnectionTestResult>()({
    input: z.object({ portal: portalConnectionInput.optional() }).strict().optional(),
    access: ADMINS,
    kind: 'task',
  }),
};
