import type Database from 'better-sqlite3-multiple-ciphers';

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
