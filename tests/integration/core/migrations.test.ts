import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { migrate } from '../../../electron/core/db/migrate';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Each migration on a real SQLite file: the database is built at the version before it, real rows
 * go in, the migration runs, and the rows are checked after (kept, and the new schema working).
 */
type Db = Database.Database;
interface MigrationCase {
  version: number;
  /** What the officer's day left in the database at version - 1. */
  seed(db: Db): void;
  /** The same rows after the migration, and what the migration adds. */
  check(db: Db): void;
}

const AT = '2026-12-03T02:15:00.000Z';
const DOSSIER = '9c3f0000-0000-4000-8000-000000000001';
const CODE = '000.00.00.H56-261203-5002';

function insertUser(db: Db, id = 7, username = 'hoa.nt'): void {
  db.prepare(`INSERT INTO users(id, username, full_name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'Nguyễn Thị Hoa', 'officer', 'scrypt$x', ?, ?)`).run(id, username, AT, AT);
}

function insertDossier(db: Db, id = DOSSIER, code = CODE): void {
  db.prepare(
    `INSERT INTO dossiers(id, code, agency_id, channel, origin, procedure_code, procedure_name, field_code, field_name, status,
       applicant_json, applicant_name, applicant_id_number, processing_time_json, supplement_rule, received_at, due_at, received_by, counter, created_at, updated_at)
     VALUES (?, ?, '000.00.00.H56', 1, 'local', '1.001612', 'Đăng ký khai sinh', 'G09-HT', 'Hộ tịch', 2,
       '{"fullName":"Trần Văn Bình"}', 'Trần Văn Bình', '001085012345', '{"days":1}', 'pause', ?, '2026-12-04T10:00:00.000Z', 7, 1, ?, ?)`,
  ).run(id, code, AT, AT, AT);
}

function insertOpenSession(db: Db): number {
  return Number(db.prepare(`INSERT INTO cash_sessions(officer_id, officer, counter, opened_at, float) VALUES (7, 'hoa.nt', 1, ?, 200000)`).run(AT).lastInsertRowid);
}

function insertPayment(db: Db, sessionId: number, id = 'pay-1', receiptNumber = 1): void {
  db.prepare(
    `INSERT INTO payments(id, dossier_id, session_id, amount, tendered, change, status, receipt_form, receipt_series, receipt_number,
       counter, collected_at, officer_id, officer, officer_name, payer_name)
     VALUES (?, ?, ?, 8000, 10000, 2000, 'paid', '01BLP0-001', 'AA-26P', ?, 1, ?, 7, 'hoa.nt', 'Nguyễn Thị Hoa', 'Trần Văn Bình')`,
  ).run(id, DOSSIER, sessionId, receiptNumber, AT);
}

function insertAudit(db: Db, method: string, after: string): void {
  db.prepare(`INSERT INTO audit_log(at, user_id, username, method, transport, entity, entity_id, after_json) VALUES (?, 7, 'hoa.nt', ?, 'http', 'dossier', ?, ?)`).run(AT, method, DOSSIER, after);
}

function names(db: Db, type: 'table' | 'index' | 'trigger'): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? ORDER BY name`).all(type) as Array<{ name: string }>).map((r) => r.name);
}

function dossierColumns(db: Db): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_xinfo('dossiers')`).all() as Array<{ name: string }>).map((r) => r.name);
}

const CASES: MigrationCase[] = [
  {
    version: 1, // foundation: accounts, sessions, throttle, settings, audit
    seed: () => {},
    check: (db) => {
      expect(names(db, 'table')).toEqual(['audit_log', 'login_attempts', 'sessions', 'settings', 'users']);
      insertUser(db);
      db.prepare(`INSERT INTO sessions(token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('h1', 7, ?, ?, ?)`).run(AT, AT, AT);
      db.prepare(`INSERT INTO settings(key, value) VALUES ('agency', '{"name":"UBND phường Dịch Vọng"}')`).run();
      expect(db.prepare('SELECT username, role, disabled FROM users').get()).toEqual({ username: 'hoa.nt', role: 'officer', disabled: 0 });
      expect(() => db.prepare(`INSERT INTO users(username, full_name, role, password_hash, created_at, updated_at) VALUES ('x', 'X', 'guest', 'h', ?, ?)`).run(AT, AT)).toThrow(/CHECK/);
      expect(() => db.prepare(`INSERT INTO sessions(token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('h2', 99, ?, ?, ?)`).run(AT, AT, AT)).toThrow(/FOREIGN KEY/);
    },
  },
  {
    version: 2, // dossiers and what intake writes with them
    seed: (db) => {
      insertUser(db);
      insertAudit(db, 'users.create', '{"role":"officer"}');
    },
    check: (db) => {
      expect(db.prepare('SELECT username FROM users').all()).toEqual([{ username: 'hoa.nt' }]);
      expect(db.prepare('SELECT method FROM audit_log').all()).toEqual([{ method: 'users.create' }]);
      insertDossier(db);
      db.prepare(`INSERT INTO outbox(dossier_id, revision, reason, created_at) VALUES (?, 1, 'created', ?)`).run(DOSSIER, AT);
      db.prepare(`INSERT INTO dossier_search(rowid, folded) VALUES (1, 'tran van binh')`).run();
      expect(db.prepare(`SELECT rowid FROM dossier_search WHERE dossier_search MATCH 'binh*'`).all()).toEqual([{ rowid: 1 }]);
      expect(db.prepare('SELECT code, revision, synced_revision, sync_state FROM dossiers').get()).toEqual({ code: CODE, revision: 1, synced_revision: 0, sync_state: 'pending' });
      expect(() => db.prepare(`INSERT INTO outbox(dossier_id, revision, reason, created_at) VALUES ('nope', 1, 'x', ?)`).run(AT)).toThrow(/FOREIGN KEY/);
    },
  },
  {
    version: 3, // results, conflict copy, issue time on each dossier
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
    },
    check: (db) => {
      expect(db.prepare('SELECT code, applicant_name, results_json, sync_conflict_json, sync_issue_at FROM dossiers').get()).toEqual({
        code: CODE, applicant_name: 'Trần Văn Bình', results_json: null, sync_conflict_json: null, sync_issue_at: null,
      });
    },
  },
  {
    version: 4, // the queue's (received_at, due_at) index
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
    },
    check: (db) => {
      expect(db.prepare(`SELECT name FROM pragma_index_info('dossiers_received_due') ORDER BY seqno`).all()).toEqual([{ name: 'received_at' }, { name: 'due_at' }]);
      expect(db.prepare(`SELECT code FROM dossiers INDEXED BY dossiers_received_due WHERE received_at >= ? ORDER BY due_at`).all('2026-12-03')).toEqual([{ code: CODE }]);
    },
  },
  {
    version: 5, // cash sessions, receipt numbers, payments, movements
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
    },
    check: (db) => {
      expect(db.prepare('SELECT code FROM dossiers').all()).toEqual([{ code: CODE }]);
      const session = insertOpenSession(db);
      insertPayment(db, session);
      db.prepare(`INSERT INTO payment_lines(payment_id, line_no, code, name, amount) VALUES ('pay-1', 1, 'LP', 'Lệ phí', 8000)`).run();
      expect(db.prepare('SELECT amount, change, status FROM payments').get()).toEqual({ amount: 8000, change: 2000, status: 'paid' });
      expect(() => db.prepare(`INSERT INTO cash_sessions(officer_id, officer, counter, opened_at, float) VALUES (7, 'hoa.nt', 1, ?, 0)`).run(AT)).toThrow(/UNIQUE/);
      expect(() => insertPayment(db, session, 'pay-2', 1)).toThrow(/UNIQUE/);
    },
  },
  {
    version: 6, // attachments and their pages
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
    },
    check: (db) => {
      const insert = db.prepare(
        `INSERT INTO attachments(id, dossier_id, component_code, file_name, sha256, pages, bytes, created_at, created_revision) VALUES (?, ?, 'TK01', 'to-khai.pdf', ?, 2, 51200, ?, 1)`,
      );
      insert.run('att-1', DOSSIER, 'a'.repeat(64), AT);
      db.prepare(`INSERT INTO attachment_pages(attachment_id, page_no, thumbnail_png) VALUES ('att-1', 1, x'89504e47')`).run();
      expect(db.prepare('SELECT component_code, pages, uploaded_at FROM attachments').get()).toEqual({ component_code: 'TK01', pages: 2, uploaded_at: null });
      expect(() => insert.run('att-2', DOSSIER, 'b'.repeat(64), AT)).toThrow(/UNIQUE/); // one live file per component
    },
  },
  {
    version: 7, // the HoSo last acknowledged
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
      db.prepare(`UPDATE dossiers SET results_json = '[{"name":"Giấy khai sinh"}]', synced_revision = 1, sync_state = 'synced'`).run();
    },
    check: (db) => {
      expect(db.prepare('SELECT results_json, sync_state, synced_snapshot_json FROM dossiers').get()).toEqual({
        results_json: '[{"name":"Giấy khai sinh"}]', sync_state: 'synced', synced_snapshot_json: null,
      });
    },
  },
  {
    version: 8, // which provider issued each receipt
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
      insertPayment(db, insertOpenSession(db));
    },
    check: (db) => {
      expect(db.prepare('SELECT receipt_number, receipt_provider, provider_ref, provider_pending, provider_error FROM payments').get()).toEqual({
        receipt_number: 1, receipt_provider: 'local', provider_ref: null, provider_pending: null, provider_error: null,
      });
      expect(names(db, 'index')).toContain('payments_provider_pending');
    },
  },
  {
    version: 9, // the supervisor who approved a shortage at close
    seed: (db) => {
      insertUser(db);
      db.prepare(
        `INSERT INTO cash_sessions(officer_id, officer, counter, opened_at, float, closed_at, counted_json, counted, expected, difference)
         VALUES (7, 'hoa.nt', 1, ?, 100000, ?, '{"100000":1}', 100000, 105000, -5000)`,
      ).run(AT, AT);
    },
    check: (db) => {
      expect(db.prepare('SELECT counted, difference, approved_by FROM cash_sessions').get()).toEqual({ counted: 100_000, difference: -5_000, approved_by: null });
    },
  },
  {
    version: 10, // code search by any tail
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
    },
    check: (db) => {
      expect(db.prepare('SELECT code_reversed FROM dossiers').get()).toEqual({ code_reversed: [...CODE].reverse().join('') });
      expect(db.prepare(`SELECT code FROM dossiers WHERE code_reversed >= '2005' AND code_reversed < '2006'`).all()).toEqual([{ code: CODE }]);
      expect(db.prepare(`SELECT code FROM dossiers WHERE code = ? COLLATE NOCASE`).all(CODE.toLowerCase())).toEqual([{ code: CODE }]);
    },
  },
  {
    version: 11, // a password set by the administrator must be changed
    seed: (db) => insertUser(db),
    check: (db) => {
      expect(db.prepare('SELECT username, must_change_password FROM users').get()).toEqual({ username: 'hoa.nt', must_change_password: 0 });
    },
  },
  {
    version: 12, // the audit hash chain and the access log
    seed: (db) => {
      insertUser(db);
      insertAudit(db, 'dossiers.create', '{"status":2}');
      insertAudit(db, 'dossiers.transition', '{"status":3}');
    },
    check: (db) => {
      const rows = db.prepare('SELECT method, prev_hash, hash FROM audit_log ORDER BY id').all() as Array<{ method: string; prev_hash: string; hash: string }>;
      expect(rows.map((r) => r.method)).toEqual(['dossiers.create', 'dossiers.transition']);
      expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
      expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
      expect(() => db.prepare(`UPDATE audit_log SET method = 'x'`).run()).toThrow('Nhật ký hệ thống không được sửa.');
      expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow('Nhật ký hệ thống không được xoá.');
      db.prepare(`INSERT INTO access_log(at, username, method, transport, purpose, dossier_id) VALUES (?, 'hoa.nt', 'dossiers.get', 'http', 'view', ?)`).run(AT, DOSSIER);
      expect(() => db.prepare(`INSERT INTO access_log(at, method, transport, purpose) VALUES (?, 'x', 'http', 'sell')`).run(AT)).toThrow(/CHECK/);
    },
  },
  {
    version: 13, // how a fee was paid: cash or a transfer with its reference
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
      insertPayment(db, insertOpenSession(db));
    },
    check: (db) => {
      expect(db.prepare('SELECT method, transfer_reference FROM payments').get()).toEqual({ method: 'cash', transfer_reference: null });
      expect(() => db.prepare(`UPDATE payments SET method = 'transfer'`).run()).toThrow(/CHECK/); // a transfer carries its reference
      db.prepare(`UPDATE payments SET method = 'transfer', transfer_reference = 'FT26329001'`).run();
      expect(() => db.prepare(`UPDATE payments SET method = 'card'`).run()).toThrow(/CHECK/);
      expect(names(db, 'index')).toContain('payments_transfers');
    },
  },
  {
    version: 14, // each history line keeps the promised time its step left
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
      db.prepare(`INSERT INTO dossier_status_history(dossier_id, status, action, at, user_id, username, full_name, revision) VALUES (?, 2, 'create', ?, 7, 'hoa.nt', 'Nguyễn Thị Hoa', 1)`).run(DOSSIER, AT);
    },
    check: (db) => {
      expect(db.prepare('SELECT action, due_at FROM dossier_status_history').get()).toEqual({ action: 'create', due_at: null });
      db.prepare(`UPDATE dossiers SET due_at = '2026-12-08T10:00:00.000Z' WHERE id = ?`).run(DOSSIER);
      db.prepare(`INSERT INTO dossier_status_history(dossier_id, status, action, at, user_id, username, full_name, reason, revision) VALUES (?, 2, 'reschedule', ?, 7, 'hoa.nt', 'Nguyễn Thị Hoa', 'Chờ xác minh', 2)`).run(DOSSIER, AT);
      expect(db.prepare(`SELECT due_at FROM dossier_status_history WHERE action = 'reschedule'`).get()).toEqual({ due_at: '2026-12-08T10:00:00.000Z' });
      expect(names(db, 'trigger')).toContain('dossier_status_history_due_at');
    },
  },
  {
    version: 15, // whether the portal says the fee was paid online
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
    },
    check: (db) => {
      expect(db.prepare('SELECT paid_online FROM dossiers').get()).toEqual({ paid_online: 0 });
      db.prepare('UPDATE dossiers SET paid_online = 1').run();
      expect(db.prepare('SELECT count(*) AS n FROM dossiers WHERE paid_online = 1').get()).toEqual({ n: 1 });
    },
  },
  {
    version: 16, // the catalogue kept versioned; a dossier notes the version it was received under
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
    },
    check: (db) => {
      expect(names(db, 'table')).toEqual(expect.arrayContaining(['catalog_procedure_versions', 'catalog_procedure_heads']));
      expect(db.prepare('SELECT procedure_version FROM dossiers').get()).toEqual({ procedure_version: null });
      db.prepare(`INSERT INTO catalog_procedure_versions(code, version, procedure_json, content_hash, source, stored_at) VALUES ('2.000815', 1, '{}', 'h', 'portal', ?)`).run(AT);
      db.prepare(`INSERT INTO catalog_procedure_heads(code, version) VALUES ('2.000815', 1)`).run();
      expect(() => db.prepare(`INSERT INTO catalog_procedure_heads(code, version) VALUES ('1.001193', 1)`).run()).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare(`INSERT INTO catalog_procedure_versions(code, version, procedure_json, content_hash, source, stored_at) VALUES ('2.000815', 2, '{}', 'h', 'seed', ?)`).run(AT)).toThrow(/CHECK/);
    },
  },
  {
    version: 17, // the logbook's rows by book and số thứ tự
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
      db.prepare(`UPDATE dossiers SET book_number = '01/2026', row_number = 12`).run();
    },
    check: (db) => {
      expect(names(db, 'index')).toContain('dossiers_logbook');
      expect(db.prepare(`SELECT code, row_number FROM dossiers WHERE book_number = '01/2026' ORDER BY row_number`).all()).toEqual([{ code: CODE, row_number: 12 }]);
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT rowid FROM dossiers WHERE book_number = '01/2026' AND row_number > 0 ORDER BY row_number, rowid`).all() as Array<{ detail: string }>;
      expect(plan.map((p) => p.detail).join(' ')).toContain('dossiers_logbook');
    },
  },
  {
    version: 18, // the case of its procedure a dossier was received under
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
    },
    check: (db) => {
      expect(db.prepare('SELECT procedure_case_code FROM dossiers').get()).toEqual({ procedure_case_code: null });
      db.prepare(`UPDATE dossiers SET procedure_case_code = '1.001193.02'`).run();
      expect(db.prepare('SELECT procedure_case_code FROM dossiers').get()).toEqual({ procedure_case_code: '1.001193.02' });
    },
  },
  {
    version: 19, // display tokens belong to an officer's session; one rating a dossier
    seed: (db) => {
      insertUser(db);
      insertDossier(db);
      db.prepare(`INSERT INTO sessions(token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('t1', 7, ?, ?, ?)`).run(AT, AT, AT);
    },
    check: (db) => {
      expect(db.prepare('SELECT token_hash, display_of FROM sessions').all()).toEqual([{ token_hash: 't1', display_of: null }]);
      const rate = db.prepare(`INSERT INTO ratings(dossier_id, score, officer_id, closed_status, closed_at, recorded_via, recorded_at) VALUES (?, ?, 7, 10, ?, 'display', ?)`);
      rate.run(DOSSIER, 'satisfied', AT, AT);
      expect(() => rate.run(DOSSIER, 'neutral', AT, AT)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => rate.run('no-such-dossier', 'neutral', AT, AT)).toThrow(/FOREIGN KEY/);
      expect(db.prepare('SELECT score, reasons_json FROM ratings').get()).toEqual({ score: 'satisfied', reasons_json: '[]' });
    },
  },
];

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function databaseAt(version: number): Db {
  const t = makeTempDir();
  const db = new Database(path.join(t.dir, 'desk.sqlite3'));
  cleanups.push(() => {
    db.close();
    t.cleanup();
  });
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, version));
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  return db;
}

describe('migrations', () => {
  it('are numbered 1..N in their file order, and each has its case below', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(CASES.map((c) => c.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  for (const migration of MIGRATIONS) {
    const testCase = CASES.find((c) => c.version === migration.version);
    it(`${String(migration.version).padStart(3, '0')}-${migration.name}: rows of version ${migration.version - 1} are kept and the new schema works`, () => {
      const db = databaseAt(migration.version - 1);
      testCase!.seed(db);
      expect(migrate(db, MIGRATIONS.slice(0, migration.version))).toEqual({ from: migration.version - 1, to: migration.version });
      expect(db.pragma('user_version', { simple: true })).toBe(migration.version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      testCase!.check(db);
    });
  }

  it('a database from a newer version is refused before any step runs', () => {
    const db = databaseAt(MIGRATIONS.length);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    const before = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'DB_TOO_NEW', message: expect.stringMatching(/phiên bản mới hơn/) }));
    expect(db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(before);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
  });

  it('a migration out of its place is refused before anything runs', () => {
    const db = databaseAt(0);
    const swapped = [MIGRATIONS[1]!, MIGRATIONS[0]!];
    expect(() => migrate(db, swapped)).toThrow(/version 2, expected 1/);
    expect(names(db, 'table')).toEqual([]);
  });

  it('every pending migration runs in one transaction: from version 0 to the last at once', () => {
    const db = databaseAt(0);
    expect(migrate(db)).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(dossierColumns(db)).toEqual(expect.arrayContaining(['results_json', 'synced_snapshot_json', 'code_reversed']));
  });
});
