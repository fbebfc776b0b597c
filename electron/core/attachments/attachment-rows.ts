import type Database from 'better-sqlite3-multiple-ciphers';
import { recordOutboxEntry } from '../dossiers/outbox';

export interface AttachmentRow {
  id: string;
  dossier_id: string;
  component_code: string;
  file_name: string;
  sha256: string;
  pages: number;
  bytes: number;
  created_at: string;
  created_revision: number;
  created_by: string | null;
  removed_at: string | null;
  removed_revision: number | null;
  uploaded_at: string | null;
  portal_file_id: string | null;
  portal_url: string | null;
  purged_at: string | null;
}

export function liveAttachment(db: Database.Database, dossierId: string, componentCode: string): AttachmentRow | undefined {
  return db.prepare('SELECT * FROM attachments WHERE dossier_id = ? AND component_code = ? AND removed_at IS NULL').get(dossierId, componentCode) as
    | AttachmentRow
    | undefined;
}

export function attachmentById(db: Database.Database, id: string): AttachmentRow | undefined {
  return db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
}

/** Raises the dossier's revision and records the outbox entry, so sync sends the new TaiLieuNop. */
export function bumpDossierRevision(db: Database.Database, dossierId: string, reason: string, now: Date): number {
  const row = db.prepare('SELECT revision FROM dossiers WHERE id = ?').get(dossierId) as { revision: number };
  const revision = row.revision + 1;
  db.prepare('UPDATE dossiers SET revision = ?, updated_at = ? WHERE id = ?').run(revision, now.toISOString(), dossierId);
  recordOutboxEntry(db, dossierId, revision, reason, now);
  return revision;
}
