import type { HandlerContext } from '../api/handler-context';
import { recordOutboxEntry } from '../dossiers/outbox';

/** A payment, void or refund changes what the portal must learn (DanhSachLePhi): a new revision and an outbox entry. */
export function bumpDossierRevision(ctx: HandlerContext, dossierId: string, reason: string, at: Date): number {
  const row = ctx.db.prepare('SELECT revision FROM dossiers WHERE id = ?').get(dossierId) as { revision: number };
  const revision = row.revision + 1;
  ctx.db.prepare('UPDATE dossiers SET revision = ?, updated_at = ? WHERE id = ?').run(revision, at.toISOString(), dossierId);
  recordOutboxEntry(ctx.db, dossierId, revision, reason, at);
  ctx.services.emit({ name: 'dossiers.changed', data: { ids: [dossierId] } });
  return revision;
}
