import type Database from 'better-sqlite3';
import type { HoSo, PortalItemResult } from '../../../shared/portal/hoso';
import type { Clock } from '../clock';
import type { DossierRow } from '../dossiers/dossier-row';
import { hosoFromDossier } from './hoso-from-dossier';
import { MAX_BATCH, type PortalClient } from './portal-client';
import { FILES_UPLOADED_SQL } from '../attachments/attachment-sync';
import { prepared } from '../db/prepared';

export interface PushOutcome {
  sent: number;
  synced: number;
  rejected: number;
  codeConflicts: number;
}

interface Sent {
  id: string;
  revision: number;
}

/**
 * Sends every dossier whose latest revision the portal has not acknowledged, in its latest state
 * (changes coalesce: only the newest revision is sent), creates and updates in batches of at most
 * 50. Results are applied per item: one rejected dossier never blocks the others. Network errors
 * propagate (the worker retries later); nothing is marked synced unless the portal said "0".
 */
export async function pushPending(db: Database.Database, client: PortalClient, clock: Clock, limit = 1_000): Promise<PushOutcome> {
  const outcome: PushOutcome = { sent: 0, synced: 0, rejected: 0, codeConflicts: 0 };
  const pending = prepared(db, 
      `SELECT rowid, * FROM dossiers WHERE revision > synced_revision AND sync_state = 'pending' AND ${FILES_UPLOADED_SQL}
       ORDER BY updated_at LIMIT ?`,
    )
    .all(limit) as DossierRow[];
  if (pending.length === 0) return outcome;

  // A dossier the portal never acknowledged and that the desk created is sent as a create.
  const creates = pending.filter((r) => r.origin === 'local' && r.synced_revision === 0);
  const updates = pending.filter((r) => !(r.origin === 'local' && r.synced_revision === 0));
  const retryAsUpdate: DossierRow[] = [];
  const retryAsCreate: DossierRow[] = [];

  const sendBatches = async (rows: DossierRow[], isUpdating: boolean) => {
    for (let i = 0; i < rows.length; i += MAX_BATCH) {
      const batch = rows.slice(i, i + MAX_BATCH);
      const payload: HoSo[] = [];
      const sent: Sent[] = [];
      db.transaction(() => {
        for (const stale of batch) {
          // Read again: the officer may have changed it since the list was taken. Only this worker
          // sends, so the in-flight set needs no mark in the database (no write, no fsync here).
          const row = prepared(db, 'SELECT rowid, * FROM dossiers WHERE id = ?').get(stale.id) as DossierRow;
          if (!prepared(db, `SELECT 1 FROM dossiers WHERE id = ? AND ${FILES_UPLOADED_SQL}`).get(row.id)) continue; // a new file waits for its upload
          payload.push(hosoFromDossier(db, row));
          sent.push({ id: row.id, revision: row.revision });
        }
      })();
      if (payload.length === 0) continue;
      // A network error propagates; nothing was marked, so these dossiers stay pending for the next round.
      const results: PortalItemResult[] = await client.syncDossiers(isUpdating, payload);
      outcome.sent += sent.length;
      const byCode = new Map(results.map((r) => [r.MaHoSo, r]));
      // A batch's acknowledgements in one short transaction: one fsync, and intake never waits long.
      db.transaction(() => {
        for (let k = 0; k < sent.length; k++) {
          if (byCode.get(payload[k]!.MaHoSo)?.error_code === '0') acknowledge(db, sent[k]!, payload[k]!);
        }
      })();
      for (let k = 0; k < sent.length; k++) {
        const item = byCode.get(payload[k]!.MaHoSo);
        const code = item?.error_code;
        if (code === '0') {
          outcome.synced++;
        } else if (code === '2') {
          markIssue(db, sent[k]!.id, 'rejected', item?.message ?? 'Cổng từ chối hồ sơ.', clock);
          outcome.rejected++;
        } else if (code === '3' && !isUpdating) {
          const row = batch.find((r) => r.id === sent[k]!.id)!;
          const theirs = await client.lookup(row.code);
          if (theirs && theirs.IdNoiBo && theirs.IdNoiBo !== row.id) {
            markIssue(db, row.id, 'code-conflict', `Mã hồ sơ ${row.code} đã được dùng cho một hồ sơ khác trên cổng (IdNoiBo ${theirs.IdNoiBo}).`, clock);
            outcome.codeConflicts++;
          } else {
            retryAsUpdate.push(row); // an earlier attempt landed: send the state as an update
          }
        } else if (code === '4' && isUpdating) {
          retryAsCreate.push(batch.find((r) => r.id === sent[k]!.id)!); // the portal lost it: create
        }
      }
    }
  };

  await sendBatches(creates, false);
  await sendBatches(updates, true);
  if (retryAsUpdate.length) await sendBatches(retryAsUpdate, true);
  if (retryAsCreate.length) await sendBatches(retryAsCreate, false);
  return outcome;
}

/** The portal holds this revision: record it (inside the caller's transaction). */
function acknowledge(db: Database.Database, sent: Sent, hoso: HoSo): void {
  prepared(
    db,
    `UPDATE dossiers SET synced_revision = max(synced_revision, ?), sync_message = NULL,
       sync_state = CASE WHEN revision <= ? THEN 'synced' ELSE 'pending' END, synced_snapshot_json = ?
     WHERE id = ? AND sync_state <> 'conflict' AND synced_revision <= ?`,
  ).run(sent.revision, sent.revision, JSON.stringify(hoso), sent.id, sent.revision);
  prepared(db, 'DELETE FROM outbox WHERE dossier_id = ? AND revision <= ?').run(sent.id, sent.revision);
}

function markIssue(db: Database.Database, id: string, state: 'rejected' | 'code-conflict', message: string, clock: Clock): void {
  prepared(db, 'UPDATE dossiers SET sync_state = ?, sync_message = ?, sync_issue_at = ? WHERE id = ?').run(state, message, clock.now().toISOString(), id);
}
