import type { Migration } from './migration';

/**
 * The procedure catalogue kept versioned (issue 15): every version of a procedure as it came from
 * the portal (or a supervisor's file), its national record and what a supervisor must complete;
 * the head names the version intake uses and whether the procedure is withdrawn (bãi bỏ: hidden
 * from intake, its dossiers keep reading their version). A dossier notes the version it was
 * received under (null: the shipped catalogue, or received before this).
 */
export default {
  version: 16,
  name: 'catalog-versions',
  up(db) {
    db.exec(`
CREATE TABLE catalog_procedure_versions (
  code TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  procedure_json TEXT NOT NULL,
  national_json TEXT,
  content_hash TEXT NOT NULL,
  issues_json TEXT NOT NULL DEFAULT '[]',
  source TEXT NOT NULL CHECK (source IN ('portal', 'file')),
  portal_updated_at TEXT,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (code, version)
) STRICT;
CREATE TABLE catalog_procedure_heads (
  code TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  withdrawn_at TEXT,
  FOREIGN KEY (code, version) REFERENCES catalog_procedure_versions(code, version)
) STRICT;
ALTER TABLE dossiers ADD COLUMN procedure_version INTEGER;
`);
  },
} satisfies Migration;
