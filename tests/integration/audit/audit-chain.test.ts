// The audit log as a hash chain over a real (encrypted) SQLite file: rows edited, deleted or
// inserted with the cipher library and the key are named by audit.verify; the chain's head; the
// migration that chains the rows of an earlier version; the start-up check the frame shows.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startCore, type Harness } from '../../support/core-harness';
import { makeTempDir } from '../../support/temp-dir';
import { openDeskDatabase, TEST_DB_KEY_HEX } from '../../support/desk-database';
import { parseDatabaseKey } from '../../../electron/core/db/database-key';
import { openDatabase, closeDatabase } from '../../../electron/core/db/open-database';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { auditChainHead, auditRowHash, GENESIS_HASH, verifyAuditChain } from '../../../electron/core/audit/audit-chain';
import { AuditLog } from '../../../electron/core/audit/audit-log';
import { createCore } from '../../../electron/core/create-core';
import { ManualClock } from '../../../electron/core/clock';

const key = parseDatabaseKey(TEST_DB_KEY_HEX, 'the tests');

/** A desk with some history: accounts, sign-ins, a setting. */
async function deskWithHistory(): Promise<{ h: Harness; admin: string }> {
  const h = await startCore({ databaseKey: key });
  const admin = await h.adminToken();
  for (let i = 1; i <= 4; i++) await h.userWithRole('officer', `canbo${i}`);
  await h.ok('privacy.configure', { accessLogRetentionMonths: 36 }, admin);
  return { h, admin };
}

function auditIds(dir: string): Array<{ id: number; at: string }> {
  const db = openDeskDatabase(dir, { readonly: true });
  try {
    return db.prepare('SELECT id, at FROM audit_log ORDER BY id').all() as Array<{ id: number; at: string }>;
  } finally {
    db.close();
  }
}

/** Tampers with the closed desk's file from outside, as someone with the key and a SQLite tool would. */
function tamper(dir: string, sql: string, ...params: unknown[]): void {
  const db = openDeskDatabase(dir);
  try {
    // The triggers refuse UPDATE and DELETE; a tool drops them first.
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** Copies a closed data folder (desk.sqlite3 without WAL after a clean close). */
function copyFolder(from: string): { dir: string; cleanup: () => void } {
  const to = makeTempDir();
  fs.cpSync(from, to.dir, { recursive: true });
  return to;
}

async function verifyIn(dir: string) {
  const core = await createCore({ dataDir: dir, databaseKey: key, clock: new ManualClock('2026-11-26T02:00:00.000Z') });
  try {
    const login = await core.call('auth.login', { username: 'admin', password: 'quan-tri-123' }, null, { transport: 'http' });
    if (!login.ok) throw new Error(JSON.stringify(login.error));
    const token = (login.value as { token: string }).token;
    const r = await core.call('audit.verify', {}, token, { transport: 'http' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { ok: boolean; checked: number; firstBroken?: { id: number; at: string; reason: string } };
  } finally {
    await core.close();
  }
}

describe('the audit hash chain', () => {
  it('holds on an untouched desk, and names the first broken row after an edit, a delete and an insert', async () => {
    const { h, admin } = await deskWithHistory();
    const intact = await h.ok('audit.verify', {}, admin);
    expect(intact.ok).toBe(true);
    const head = await h.ok('audit.head', {}, admin);
    expect(intact.checked).toBe(head.id);
    await h.core.close();
    const rows = auditIds(h.dir);
    expect(rows.length).toBeGreaterThan(10);
    const victim = rows[5]!;

    // Edited: the row's own hash no longer matches its content.
    const edited = copyFolder(h.dir);
    tamper(edited.dir, `UPDATE audit_log SET username = 'ke-gian' WHERE id = ?`, victim.id);
    const e = await verifyIn(edited.dir);
    expect(e.ok).toBe(false);
    expect(e.firstBroken).toMatchObject({ id: victim.id, at: victim.at });
    expect(e.firstBroken!.reason).toContain('nội dung');
    expect(e.checked).toBe(6);

    // Edited and re-hashed by someone who knows the encoding: the next row's link breaks.
    const rehashed = copyFolder(h.dir);
    {
      const db = openDeskDatabase(rehashed.dir);
      db.exec('DROP TRIGGER audit_log_no_update;');
      const row = db.prepare('SELECT * FROM audit_log WHERE id = ?').get(victim.id) as Parameters<typeof auditRowHash>[0] & { prev_hash: string };
      const forged = { ...row, after_json: '{"forged":true}' };
      db.prepare('UPDATE audit_log SET after_json = ?, hash = ? WHERE id = ?').run(forged.after_json, auditRowHash(forged, row.prev_hash), victim.id);
      db.close();
    }
    expect((await verifyIn(rehashed.dir)).firstBroken).toMatchObject({ id: rows[6]!.id, at: rows[6]!.at });

    // Deleted: the row after it no longer links to its predecessor.
    const deleted = copyFolder(h.dir);
    tamper(deleted.dir, 'DELETE FROM audit_log WHERE id = ?', victim.id);
    const d = await verifyIn(deleted.dir);
    expect(d.firstBroken).toMatchObject({ id: rows[6]!.id, at: rows[6]!.at });
    expect(d.firstBroken!.reason).toContain('liền trước');

    // Inserted (after the last row, with a made-up hash): the inserted row is named.
    const inserted = copyFolder(h.dir);
    const lastId = rows[rows.length - 1]!.id;
    tamper(
      inserted.dir,
      `INSERT INTO audit_log(id, at, username, method, transport, entity, entity_id, after_json, prev_hash, hash) VALUES (?, '2026-11-25T03:00:00.000Z', 'admin', 'users.create', 'http', 'user', 'ma', '{}', ?, ?)`,
      lastId + 1,
      'f'.repeat(64),
      'e'.repeat(64),
    );
    const i = await verifyIn(inserted.dir);
    expect(i.firstBroken).toMatchObject({ id: lastId + 1, at: '2026-11-25T03:00:00.000Z' });

    // Inserted in the middle (the row moved away and a forged one put in its place, no hash): named there.
    const middle = copyFolder(h.dir);
    tamper(middle.dir, `UPDATE audit_log SET id = ? WHERE id = ?`, lastId + 100, rows[3]!.id);
    tamper(middle.dir, `INSERT INTO audit_log(id, at, method, transport) VALUES (?, ?, 'auth.login', 'http')`, rows[3]!.id, rows[3]!.at);
    expect((await verifyIn(middle.dir)).firstBroken).toMatchObject({ id: rows[3]!.id });

    // The untouched folder still verifies after each of those ran on its copies.
    expect((await verifyIn(h.dir)).ok).toBe(true);
    for (const c of [edited, rehashed, deleted, inserted, middle]) c.cleanup();
  });

  it('the app itself cannot change or delete an audit row (triggers), and a new row links to the head', async () => {
    const { h } = await deskWithHistory();
    await h.core.close();
    const db = openDeskDatabase(h.dir);
    try {
      expect(() => db.prepare(`UPDATE audit_log SET username = 'x' WHERE id = 1`).run()).toThrow('Nhật ký hệ thống không được sửa.');
      expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow('Nhật ký hệ thống không được xoá.');
      const before = auditChainHead(db);
      new AuditLog(db).record(new Date('2026-11-25T04:00:00Z'), { userId: null, username: 'admin' }, 'test.write', 'http', { entity: 'probe', after: { a: 1 } });
      const after = db.prepare('SELECT id, prev_hash, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; prev_hash: string; hash: string };
      expect(after).toMatchObject({ id: before.id + 1, prev_hash: before.hash });
      expect(auditChainHead(db)).toMatchObject({ id: after.id, hash: after.hash, at: '2026-11-25T04:00:00.000Z' });
      expect(await verifyAuditChain(db, { chunk: 3 })).toEqual({ ok: true, checked: after.id });
      // An anchor kept elsewhere (a backup manifest) catches rows cut off the end.
      expect((await verifyAuditChain(db, { anchors: [{ id: after.id, hash: after.hash, source: 'bản sao lưu' }] })).ok).toBe(true);
      db.exec('DROP TRIGGER audit_log_no_delete;');
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(after.id);
      const cut = await verifyAuditChain(db, { anchors: [{ id: after.id, hash: after.hash, source: 'bản sao lưu' }] });
      expect(cut).toMatchObject({ ok: false, firstBroken: { id: after.id } });
      expect(cut.firstBroken!.reason).toContain('bản sao lưu');
    } finally {
      db.close();
    }
  });

  it('shows a broken chain in audit.status after the background check at start, for every role', async () => {
    const { h } = await deskWithHistory();
    await h.core.close();
    tamper(h.dir, `UPDATE audit_log SET method = 'auth.logout' WHERE id = 2`);
    const core = await createCore({ dataDir: h.dir, databaseKey: key });
    try {
      const login = await core.call('auth.login', { username: 'canbo1', password: 'canbo1-pass-1' }, null, { transport: 'http' });
      const token = login.ok ? (login.value as { token: string }).token : null;
      const status = async () => {
        const r = await core.call('audit.status', {}, token, { transport: 'http' });
        return r.ok ? (r.value as { state: string; firstBroken?: { id: number } }) : null;
      };
      const deadline = Date.now() + 10_000;
      while ((await status())?.state === 'pending' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await status()).toMatchObject({ state: 'broken', firstBroken: { id: 2 } });
      // An officer may see the warning but not walk the chain.
      const verify = await core.call('audit.verify', {}, token, { transport: 'http' });
      expect(!verify.ok && verify.error.code).toBe('FORBIDDEN');
    } finally {
      await core.close();
    }
  });

  it('the migration chains the audit rows of a version-11 database in id order', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const v11 = openDatabase(dir, MIGRATIONS.slice(0, 11), key).db;
      const insert = v11.prepare(`INSERT INTO audit_log(at, user_id, username, method, transport, entity, entity_id, before_json, after_json) VALUES (?, NULL, ?, ?, 'http', ?, ?, ?, ?)`);
      const old = [
        ['2026-01-02T01:00:00.000Z', null, 'core.firstRun', 'user', 'admin', null, '{"role":"admin"}'],
        ['2026-01-02T01:05:00.000Z', 'admin', 'auth.login', null, null, null, '{"username":"admin","password":"***"}'],
        ['2026-01-02T01:06:00.000Z', 'admin', 'users.create', 'user', 'canbo', null, '{"role":"officer","fullName":"Đặng Thị Hoa"}'],
        ['2026-01-02T01:07:00.000Z', 'canbo', 'dossiers.create', 'dossier', '9c3f0000-0000-4000-8000-000000000001', '{"a":1}', '{"a":2}'],
      ];
      for (const row of old) insert.run(...row);
      closeDatabase(v11);
      const before = openDeskDatabase(dir, { readonly: true });
      const rowsBefore = before.prepare('SELECT id, at, username, method, after_json FROM audit_log ORDER BY id').all();
      before.close();

      const migrated = openDatabase(dir, MIGRATIONS, key).db;
      try {
        expect(migrated.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
        const rows = migrated.prepare('SELECT * FROM audit_log ORDER BY id').all() as Array<Parameters<typeof auditRowHash>[0] & { prev_hash: string; hash: string }>;
        // Every field kept; each row links to the one before, from the genesis.
        expect(rows.map(({ id, at, username, method, after_json }) => ({ id, at, username, method, after_json }))).toEqual(rowsBefore);
        let prev = GENESIS_HASH;
        for (const row of rows) {
          expect(row.prev_hash).toBe(prev);
          expect(row.hash).toBe(auditRowHash(row, prev));
          prev = row.hash;
        }
        expect(await verifyAuditChain(migrated)).toEqual({ ok: true, checked: 4 });
        expect(migrated.prepare(`SELECT count(*) AS n FROM access_log`).get()).toEqual({ n: 0 });
      } finally {
        closeDatabase(migrated);
      }
    } finally {
      cleanup();
    }
  });
});
