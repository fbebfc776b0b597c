import type Database from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../db/prepared';

/** Records that the portal must learn the dossier's state at this revision (same transaction as the change). */
export function recordOutboxEntry(db: Database.Database, dossierId: string, revision: number, reason: string, at: Date): void {
  prepared(db, 'INSERT INTO outbox(dossier_id, revision, reason, created_at) VALUES (?, ?, ?, ?)').run(dossierId, revision, reason, at.toISOString());
  prepared(db, `UPDATE dossiers SET sync_state = 'pending' WHERE id = ? AND sync_state <> 'conflict'`).run(dossierId);
}
