import type { HandlerContext } from '../api/handler-context';
import { prepared } from '../db/prepared';
import { recordOutboxEntry } from './outbox';

/**
 * A change the portal must learn: the dossier's revision + 1 (and at least `above` + 1, so a
 * revision the portal already holds is outranked), an outbox row at that revision and a
 * `dossiers.changed` event once the transaction commits. The one owner of that rule: lifecycle actions, payments, attachments
 * and sync's conflict resolution all call it, inside the caller's transaction. Returns the new revision.
 */
export function recordDossierChange(
  ctx: Pick<HandlerContext, 'db' | 'clock' | 'emitAfterCommit'>,
  dossierId: string,
  reason: string,
  options: { at?: Date; above?: number } = {},
): number {
  const at = options.at ?? ctx.clock.now();
  const row = prepared(ctx.db, 'SELECT revision FROM dossiers WHERE id = ?').get(dossierId) as { revision: number } | undefined;
  if (!row) throw new Error(`recordDossierChange: no dossier ${dossierId}`);
  const revision = Math.max(row.revision, options.above ?? 0) + 1;
  prepared(ctx.db, 'UPDATE dossiers SET revision = ?, updated_at = ? WHERE id = ?').run(revision, at.toISOString(), dossierId);
  recordOutboxEntry(ctx.db, dossierId, revision, reason, at);
  ctx.emitAfterCommit({ name: 'dossiers.changed', data: { ids: [dossierId] } });
  return revision;
}
