import type { Migration } from './migration';

/**
 * Attachments: each row is one version of a component's PDF, kept by SHA-256 in
 * <dataDir>/files/<sha[0:2]>/<sha>. Adding pages or editing makes a new row and marks the old one
 * removed; a removed file is kept until the portal has acknowledged the dossier revision that dropped it.
 */
export default {
  version: 6,
  name: 'attachments',
  up(db) {
    db.exec(`
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  component_code TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  pages INTEGER NOT NULL CHECK (pages >= 1),
  bytes INTEGER NOT NULL CHECK (bytes >= 1),
  created_at TEXT NOT NULL,
  created_revision INTEGER NOT NULL,
  created_by TEXT,
  removed_at TEXT,
  removed_revision INTEGER,
  uploaded_at TEXT,
  portal_file_id TEXT,
  portal_url TEXT,
  purged_at TEXT
) STRICT;
CREATE INDEX attachments_dossier ON attachments(dossier_id, component_code);
CREATE INDEX attachments_sha256 ON attachments(sha256);
CREATE INDEX attachments_to_upload ON attachments(uploaded_at) WHERE uploaded_at IS NULL AND removed_at IS NULL;
CREATE UNIQUE INDEX attachments_one_live_per_component ON attachments(dossier_id, component_code) WHERE removed_at IS NULL;

-- A thumbnail per page when the page came from an image (imported PDFs have none: no renderer in the core).
CREATE TABLE attachment_pages (
  attachment_id TEXT NOT NULL REFERENCES attachments(id),
  page_no INTEGER NOT NULL CHECK (page_no >= 1),
  thumbnail_png BLOB,
  PRIMARY KEY (attachment_id, page_no)
) STRICT;
`);
  },
} satisfies Migration;
