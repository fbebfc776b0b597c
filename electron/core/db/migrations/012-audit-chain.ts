import type Database from 'better-sqlite3-multiple-ciphers';
import { chainUnhashedRows } from '../../audit';
import type { Migration } from './migration';

/**
 * The audit log becomes a hash chain (prev_hash, hash: see audit/audit-chain.ts); the rows written
 * before are hashed in id order here. Triggers refuse UPDATE and DELETE of audit rows from any
 * connection (the app never does either; a tool that drops them is still caught by the chain).
 * Indexes for audit.list's filters. The access log of personal data (privacy.accessLog).
 */
export default {
  version: 12,
  name: 'audit-chain',
  up,
} satisfies Migration;

function up(db: Database.Database): void {
  db.exec(`
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_log_username ON audit_log(username, id);
CREATE INDEX audit_log_method ON audit_log(method, id);
CREATE INDEX audit_log_entity_id ON audit_log(entity_id, id);

CREATE TABLE access_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER,
  username TEXT,
  method TEXT NOT NULL,
  transport TEXT NOT NULL,
  purpose TEXT NOT NULL CHECK (purpose IN ('view', 'search', 'print', 'export')),
  dossier_id TEXT,
  attachment_id TEXT,
  words TEXT,
  detail TEXT
) STRICT;
CREATE INDEX access_log_at ON access_log(at);
CREATE INDEX access_log_dossier ON access_log(dossier_id, id) WHERE dossier_id IS NOT NULL;
CREATE INDEX access_log_username ON access_log(username, id);
CREATE INDEX access_log_words ON access_log(words) WHERE words IS NOT NULL;
`);
  chainUnhashedRows(db);
  db.exec(`
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Nhật ký hệ thống không được sửa.'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Nhật ký hệ thống không được xoá.'); END;
`);
}
