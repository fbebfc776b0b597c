// The audit chain checked at start against the anchors kept in the backups' manifests
// (manifest.json `auditHead`), over a real encrypted SQLite file tampered with from outside: rows
// cut off the end, or the chain rewritten with fresh hashes, pass the walk alone but not the
// anchors; the break shows in audit.status (the frame's red warning) with the backup named, and
// the process log says so without a row's content or anyone's personal data.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, ADMIN_PASSWORD } from '../../support/core-harness';
import { makeTempDir } from '../../support/temp-dir';
import { openDeskDatabase, TEST_DB_KEY_HEX } from '../../support/desk-database';
import { parseDatabaseKey } from '../../../electron/core/db/database-key';
import { auditRowHash, verifyAuditChain, type AuditRowFields } from '../../../electron/core/audit/audit-chain';
import { createCore } from '../../../electron/core/create-core';
import { ManualClock } from '../../../electron/core/clock';
import { CERTIFIED_COPY } from '../cash/cash-fixtures';
import type { AuditStatus } from '../../../shared/api';

const key = parseDatabaseKey(TEST_DB_KEY_HEX, 'the tests');
const NAME = 'Vũ Thị Minh Khuê';
const ID_NUMBER = '036192004567';

/** A desk with two backups, each holding the chain's head of its moment, and rows after both. */
async function deskWithBackups() {
  const h = await startCore({ databaseKey: key });
  const backups = makeTempDir('motcua-backups-');
  const admin = await h.adminToken();
  const officer = await h.userWithRole('officer', 'quay1');
  const components = (await h.ok('catalog.get', { code: CERTIFIED_COPY }, officer)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  const receive = () => h.ok('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: { fullName: NAME, idNumber: ID_NUMBER, address: 'Tổ 4' }, components, feeQuantities: { pages: 1, copies: 1 } }, officer);
  await h.ok('backup.configure', { folder: backups.dir }, admin);
  await receive();
  const first = await h.ok('backup.create', {}, admin);
  h.clock.advance(20 * 60_000);
  await receive();
  const second = await h.ok('backup.create', {}, admin);
  h.clock.advance(20 * 60_000);
  await receive();
  await h.core.close();
  const anchorOf = (id: string) => (JSON.parse(fs.readFileSync(path.join(backups.dir, id, 'manifest.json'), 'utf8')) as { auditHead: { id: number; hash: string } }).auditHead;
  return { h, backups, first: { ...first, head: anchorOf(first.id) }, second: { ...second, head: anchorOf(second.id) } };
}

function copyFolder(from: string): string {
  const to = makeTempDir();
  fs.cpSync(from, to.dir, { recursive: true });
  return to.dir;
}

/** Starts the desk on the folder, waits for the start-up check, answers audit.status and what the desk logged. */
async function startAndCheck(dir: string): Promise<{ status: AuditStatus; log: string[] }> {
  const log: string[] = [];
  const core = await createCore({ dataDir: dir, databaseKey: key, clock: new ManualClock('2026-11-26T02:00:00.000Z'), log: (m) => log.push(m) });
  try {
    const login = await core.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, null, { transport: 'http' });
    const token = login.ok ? (login.value as { token: string }).token : null;
    const status = async () => {
      const r = await core.call('audit.status', {}, token, { transport: 'http' });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as AuditStatus;
    };
    const deadline = Date.now() + 15_000;
    while ((await status()).state === 'pending' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    return { status: await status(), log };
  } finally {
    await core.close();
  }
}

/** With the key and a SQLite tool: the triggers dropped, then the change. */
function tamper(dir: string, change: (db: ReturnType<typeof openDeskDatabase>) => void): void {
  const db = openDeskDatabase(dir);
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    change(db);
  } finally {
    db.close();
  }
}

async function chainAloneHolds(dir: string): Promise<boolean> {
  const db = openDeskDatabase(dir, { readonly: true });
  try {
    return (await verifyAuditChain(db)).ok;
  } finally {
    db.close();
  }
}

describe('the audit chain against the anchors in the backups', () => {
  it('an untouched desk with backups checks out at start, rows written since included', async () => {
    const { h, first, second } = await deskWithBackups();
    expect(second.head.id).toBeGreaterThan(first.head.id);
    const { status, log } = await startAndCheck(h.dir);
    expect(status).toMatchObject({ state: 'ok' });
    expect(log.filter((l) => l.includes('Nhật ký hệ thống'))).toEqual([]);
  });

  it('rows cut off the end pass the walk alone but not the anchor of the later backup, which is named', async () => {
    const { h, first, second } = await deskWithBackups();
    const dir = copyFolder(h.dir);
    // Everything after the first backup's head goes: the second backup's head with it.
    tamper(dir, (db) => db.prepare('DELETE FROM audit_log WHERE id > ?').run(first.head.id));
    expect(await chainAloneHolds(dir)).toBe(true);
    const { status, log } = await startAndCheck(dir);
    expect(status.state).toBe('broken');
    expect(status.firstBroken).toMatchObject({ id: second.head.id, at: second.createdAt });
    expect(status.firstBroken?.reason).toBe(`không khớp với mốc lưu ở bản sao lưu ${second.id} (có dòng bị cắt bỏ hoặc viết lại)`);
    const warning = log.filter((l) => l.startsWith('Nhật ký hệ thống bị thay đổi'));
    expect(warning).toEqual([`Nhật ký hệ thống bị thay đổi: chuỗi băm gãy từ dòng ${second.head.id} (${second.createdAt}): ${status.firstBroken?.reason}.`]);
    for (const line of log) for (const secret of [NAME, ID_NUMBER, 'Khuê']) expect(line).not.toContain(secret);
  });

  it('a chain rewritten with fresh hashes from an old row on does not match the anchors it passed', async () => {
    const { h, first } = await deskWithBackups();
    const dir = copyFolder(h.dir);
    const target = first.head.id - 1;
    tamper(dir, (db) => {
      const rows = db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(target) as Array<AuditRowFields & { prev_hash: string }>;
      const update = db.prepare('UPDATE audit_log SET username = ?, prev_hash = ?, hash = ? WHERE id = ?');
      let prev = rows[0]!.prev_hash;
      for (const row of rows) {
        const edited = row.id === target ? { ...row, username: 'nguoi-khac' } : row;
        const hash = auditRowHash(edited, prev);
        update.run(edited.username, prev, hash, row.id);
        prev = hash;
      }
    });
    expect(await chainAloneHolds(dir)).toBe(true);
    const { status } = await startAndCheck(dir);
    expect(status).toMatchObject({ state: 'broken', firstBroken: { id: first.head.id, reason: expect.stringContaining(`bản sao lưu ${first.id}`) } });
  });

  it("another desk's backups in the same folder are not this desk's anchors", async () => {
    const { h, backups, second } = await deskWithBackups();
    const dir = copyFolder(h.dir);
    // The manifest of a counter 2 backup in the folder: its head is not on counter 1's chain.
    const foreign = path.join(backups.dir, `${second.id}-2`);
    fs.cpSync(path.join(backups.dir, second.id), foreign, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(foreign, 'manifest.json'), 'utf8')) as { counter: number; auditHead: { id: number; hash: string } };
    fs.writeFileSync(path.join(foreign, 'manifest.json'), JSON.stringify({ ...manifest, counter: 2, auditHead: { id: 3, hash: 'f'.repeat(64) } }));
    expect((await startAndCheck(dir)).status.state).toBe('ok');
  });
});
