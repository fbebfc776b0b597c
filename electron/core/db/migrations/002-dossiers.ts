import type { Migration } from './migration';

/** Dossiers and everything intake writes in the same transaction. */
export default {
  version: 2,
  name: 'dossiers',
  up(db) {
    db.exec(`
CREATE TABLE dossiers (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  agency_id TEXT NOT NULL,
  channel INTEGER NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('local', 'feed')),
  procedure_code TEXT NOT NULL,
  procedure_name TEXT NOT NULL,
  field_code TEXT NOT NULL,
  field_name TEXT NOT NULL,
  status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
  applicant_json TEXT NOT NULL,
  applicant_name TEXT NOT NULL,
  applicant_id_number TEXT,
  applicant_phone TEXT,
  delegate_json TEXT,
  sets INTEGER NOT NULL DEFAULT 1,
  fee_quantities_json TEXT NOT NULL DEFAULT '{}',
  applicant_groups_json TEXT NOT NULL DEFAULT '[]',
  exemption_evidence TEXT,
  fee_collection TEXT NOT NULL DEFAULT 'none',
  return_method TEXT NOT NULL DEFAULT 'counter',
  postal_address TEXT,
  note TEXT,
  processing_time_json TEXT NOT NULL,
  supplement_rule TEXT NOT NULL,
  submitted_at TEXT,
  received_at TEXT NOT NULL,
  due_at TEXT,
  paused_at TEXT,
  supplement_json TEXT,
  refusal_json TEXT,
  collected_by_json TEXT,
  refused_at TEXT,
  finished_at TEXT,
  returned_at TEXT,
  received_by INTEGER REFERENCES users(id),
  counter INTEGER NOT NULL,
  book_number TEXT,
  row_number INTEGER,
  revision INTEGER NOT NULL DEFAULT 1,
  synced_revision INTEGER NOT NULL DEFAULT 0,
  sync_state TEXT NOT NULL DEFAULT 'pending',
  sync_message TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX dossiers_status_due ON dossiers(status, due_at);
CREATE INDEX dossiers_due ON dossiers(due_at);
CREATE INDEX dossiers_received ON dossiers(received_at);
CREATE INDEX dossiers_procedure_due ON dossiers(procedure_code, due_at);
CREATE INDEX dossiers_officer_due ON dossiers(received_by, due_at);
CREATE INDEX dossiers_id_number ON dossiers(applicant_id_number) WHERE applicant_id_number IS NOT NULL;
CREATE INDEX dossiers_phone ON dossiers(applicant_phone) WHERE applicant_phone IS NOT NULL;
CREATE INDEX dossiers_sync ON dossiers(sync_state) WHERE sync_state <> 'synced';

-- Folded applicant names (no marks, đ -> d) for diacritics-insensitive word-prefix search.
CREATE VIRTUAL TABLE dossier_search USING fts5(folded, content='', contentless_delete=1, tokenize='unicode61');

CREATE TABLE dossier_components (
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  required INTEGER NOT NULL,
  originals INTEGER NOT NULL,
  copies INTEGER NOT NULL,
  PRIMARY KEY (dossier_id, code)
) STRICT;

CREATE TABLE dossier_status_history (
  id INTEGER PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  status INTEGER NOT NULL,
  action TEXT NOT NULL,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  username TEXT NOT NULL,
  full_name TEXT NOT NULL,
  reason TEXT,
  revision INTEGER NOT NULL
) STRICT;
CREATE INDEX dossier_status_history_dossier ON dossier_status_history(dossier_id, id);

CREATE TABLE dossier_fee_lines (
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  line_no INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (dossier_id, line_no)
) STRICT;

-- The last sequence number a counter used in its slice of an agency's daily range.
CREATE TABLE dossier_code_sequences (
  agency_id TEXT NOT NULL,
  day TEXT NOT NULL,
  counter INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (agency_id, day, counter)
) STRICT;

-- Sổ theo dõi hồ sơ (Mẫu 07): one book per counter and year.
CREATE TABLE logbook_books (
  book TEXT PRIMARY KEY,
  last_row INTEGER NOT NULL
) STRICT;

-- What the portal must learn: one row per local change, written with the change.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  dossier_id TEXT NOT NULL REFERENCES dossiers(id),
  revision INTEGER NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_dossier ON outbox(dossier_id, revision);
`);
  },
} satisfies Migration;
