import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { CoreOptions } from '../../../electron/core/core-types';
import { makeTempDir } from '../../support/temp-dir';
import { ADMIN_PASSWORD } from '../../support/core-harness';
import { b64, deskWithDossier } from '../attachments/attachments-desk';
import { plainPdf } from '../attachments/test-pages';
import { openDeskDatabase } from '../../support/desk-database';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function backupFolder(): string {
  const t = makeTempDir('motcua-backups-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A desk with a dossier, one attached PDF and a backup folder chosen by the admin. */
async function deskWithBackups(options: Partial<CoreOptions> = {}) {
  const desk = await deskWithDossier(options);
  const admin = await desk.h.adminToken();
  await desk.h.ok('attachments.add', { dossierId: desk.dossier.id, componentCode: desk.componentCode, fileName: 'giay-chung-sinh.pdf', contentBase64: b64(await plainPdf(2)) }, desk.token);
  const folder = backupFolder();
  await desk.h.ok('backup.configure', { folder }, admin);
  return { ...desk, admin, folder };
}

describe('backups of the data folder', () => {
  it('the folder must be absolute, existing, writable and outside the data folder; a refusal changes nothing', async () => {
    const desk = await deskWithDossier();
    const admin = await desk.h.adminToken();
    const before = await desk.h.ok('backup.settings', {}, admin);
    expect(before).toEqual({ folder: null, keepDaily: 14, keepMonthly: 12, dailyAt: '12:00' });
    const refusals: Array<[unknown, RegExp]> = [
      [{ folder: 'saoluu' }, /đường dẫn đầy đủ/],
      [{ folder: '/khong/co/thu-muc-nay' }, /Không tìm thấy thư mục/],
      [{ folder: desk.h.dir }, /không được nằm trong thư mục dữ liệu/],
      [{ folder: path.join(desk.h.dir, 'files') }, /Không tìm thấy|không được nằm trong/],
      [{ folder: path.dirname(desk.h.dir) }, /không được chứa thư mục dữ liệu/],
      [{ folder: backupFolder(), dailyAt: '25:00' }, /HH:mm/],
      [{ folder: backupFolder(), keepDaily: 0 }, /ít nhất 1/],
      [{ folder: backupFolder(), extra: true }, /.+/],
      [{}, /Thư mục sao lưu/],
    ];
    for (const [input, message] of refusals) {
      const r = await desk.h.raw('backup.configure', input, admin);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_INPUT');
        expect(r.error.message + JSON.stringify(r.error.fields ?? {}), JSON.stringify(input)).toMatch(message);
      }
    }
    expect(await desk.h.ok('backup.settings', {}, admin)).toEqual(before);
    // Only the admin: an officer may not read or change where the records go.
    expect((await desk.h.raw('backup.create', {}, desk.token)).ok).toBe(false);
    const unset = await desk.h.raw('backup.create', {}, admin);
    expect(!unset.ok && unset.error.message).toMatch(/Chưa chọn thư mục sao lưu/);
  });

  it('copies the database while intake goes on, every referenced file, and a manifest with the hash of each', async () => {
    const desk = await deskWithBackups();
    // Intake continues during the backup: the copy is consistent whatever lands in it.
    const intake = Promise.all(Array.from({ length: 20 }, () => desk.create()));
    const created = await desk.h.ok('backup.create', {}, desk.admin);
    await intake;
    expect(created.id).toMatch(/^motcua-backup-000\.00\.00\.H56-\d{8}-\d{6}$/);
    // 2026-11-25T02:00Z is 09:00 in Vietnam.
    expect(created.id).toContain('-20261125-0900');
    expect(created.path).toBe(path.join(fs.realpathSync(desk.folder), created.id));
    expect(created.files).toBe(1);
    expect(created.dossiers).toBeGreaterThanOrEqual(1);
    const manifest = JSON.parse(fs.readFileSync(path.join(created.path, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'motcua-backup',
      schemaVersion: MIGRATIONS.length,
      agencyId: '000.00.00.H56',
      counter: 1,
      createdAt: '2026-11-25T02:00:00.000Z',
      counts: { dossiers: created.dossiers, payments: 0, files: 1 },
    });
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['desk.sqlite3', expect.stringMatching(/^files\/[0-9a-f]{2}\/[0-9a-f]{64}$/)]);
    for (const f of manifest.files) expect(sha256(path.join(created.path, f.path)), f.path).toBe(f.sha256);
    // The copy is one self-contained file (no WAL beside it) and holds what its manifest counts.
    expect(fs.readdirSync(created.path).sort()).toEqual(['desk.sqlite3', 'files', 'manifest.json']);
    const copy = openDeskDatabase(created.path, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n).toBe(created.dossiers);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    // The manifest anchors the audit chain: the head of the copy's chain, id and hash.
    expect(manifest.auditHead).toEqual(copy.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get());
    copy.close();
    expect(await desk.h.ok('backup.verify', { id: created.id }, desk.admin)).toEqual({ ok: true, problems: [] });
    expect(await desk.h.ok('backup.list', {}, desk.admin)).toEqual([{ id: created.id, path: created.path, createdAt: created.createdAt, bytes: expect.any(Number), ok: true }]);
    expect((await desk.h.ok('backup.settings', {}, desk.admin)).lastBackup).toEqual({ at: '2026-11-25T02:00:00.000Z', ok: true, id: created.id, problem: null });
  });

  it('a flipped byte, a missing file or a missing manifest is found and named', async () => {
    const desk = await deskWithBackups();
    const a = await desk.h.ok('backup.create', {}, desk.admin);
    desk.h.clock.advance(1000);
    const b = await desk.h.ok('backup.create', {}, desk.admin);
    desk.h.clock.advance(1000);
    const c = await desk.h.ok('backup.create', {}, desk.admin);
    // a: one byte of the database flipped.
    const dbFile = path.join(a.path, 'desk.sqlite3');
    const bytes = fs.readFileSync(dbFile);
    const at = bytes.length - 100;
    bytes[at] = bytes[at]! ^ 0xff;
    fs.writeFileSync(dbFile, bytes);
    const flipped = await desk.h.ok('backup.verify', { id: a.id }, desk.admin);
    expect(flipped.ok).toBe(false);
    expect(flipped.problems).toEqual([expect.stringMatching(/^desk\.sqlite3: sai mã SHA-256/)]);
    // b: its scanned file removed.
    const manifest = JSON.parse(fs.readFileSync(path.join(b.path, 'manifest.json'), 'utf8'));
    fs.rmSync(path.join(b.path, manifest.files[1].path));
    expect((await desk.h.ok('backup.verify', { id: b.id }, desk.admin)).problems).toEqual([`${manifest.files[1].path}: thiếu tệp.`]);
    // c: half written (no manifest).
    fs.rmSync(path.join(c.path, 'manifest.json'));
    expect((await desk.h.ok('backup.verify', { id: c.id }, desk.admin)).problems).toEqual([expect.stringMatching(/^manifest\.json: không có/)]);
    expect((await desk.h.ok('backup.list', {}, desk.admin)).map((x) => x.ok)).toEqual([false, false, false]);
    const unknown = await desk.h.raw('backup.verify', { id: '../../etc' }, desk.admin);
    expect(!unknown.ok && unknown.error.code).toBe('INVALID_INPUT');
  });

  it('rotation keeps the newest backup of each of the last keepDaily days and keepMonthly months, and deletes only backups that verify', async () => {
    const desk = await deskWithBackups();
    await desk.h.ok('backup.configure', { folder: desk.folder, keepDaily: 2, keepMonthly: 2 }, desk.admin);
    const backupAt = async (at: string) => {
      desk.h.clock.set(at);
      return (await desk.h.ok('backup.create', {}, await desk.h.login('admin', ADMIN_PASSWORD))).id;
    };
    const oct1 = await backupAt('2026-10-01T05:00:00Z');
    await backupAt('2026-10-02T05:00:00Z');
    // Oct 1 breaks before rotation would delete it: it stays for a person to look at.
    fs.rmSync(path.join(desk.folder, oct1, 'manifest.json'));
    await backupAt('2026-10-03T05:00:00Z');
    await backupAt('2026-10-04T05:00:00Z');
    const oct4late = await backupAt('2026-10-04T09:00:00Z');
    // Every backup of the newest day is kept.
    expect((await desk.h.ok('backup.list', {}, await desk.h.login('admin', ADMIN_PASSWORD))).map((b) => b.createdAt)).toEqual([
      '2026-10-04T09:00:00.000Z',
      '2026-10-04T05:00:00.000Z',
      '2026-10-03T05:00:00.000Z',
      // Its manifest gone, its date is read from its name.
      '2026-10-01T05:00:00.000Z',
    ]);
    const nov2 = await backupAt('2026-11-02T05:00:00Z');
    const left = (await desk.h.ok('backup.list', {}, await desk.h.login('admin', ADMIN_PASSWORD))).map((b) => b.id);
    // Kept: Nov 2 (day and month), Oct 4 09:00 (a day, and October's newest), Oct 1 (does not verify). Deleted: Oct 2, Oct 3, Oct 4 05:00.
    expect(left.sort()).toEqual([nov2, oct4late, oct1].sort());
  });

  it('backs up daily at dailyAt (once a day, catching up after a late start) and when the last cash session of the day closes', async () => {
    const desk = await deskWithBackups({ backupCheckMs: 20 });
    await desk.h.userWithRole('officer', 'quay2');
    const backups = () => fs.readdirSync(desk.folder).filter((n) => n.startsWith('motcua-backup-'));
    // The schedule is checked every 20 ms here (every minute in use).
    const tick = () => new Promise((r) => setTimeout(r, 400));
    desk.h.clock.set('2026-11-25T04:59:00Z'); // 11:59 in Vietnam
    await tick();
    expect(backups()).toHaveLength(0);
    desk.h.clock.set('2026-11-25T05:00:00Z'); // 12:00
    await tick();
    expect(backups()).toHaveLength(1);
    desk.h.clock.set('2026-11-25T08:00:00Z');
    await tick();
    expect(backups()).toHaveLength(1);
    // The next day the desk starts at 15:00: the day's backup is taken at once.
    desk.h.clock.set('2026-11-26T08:00:00Z');
    await tick();
    expect(backups()).toHaveLength(2);
    // Two officers' cash sessions: the backup follows the close of the last one only.
    const mine = await desk.h.login('quay1', 'quay1-pass-1');
    const other = await desk.h.login('quay2', 'quay2-pass-1');
    await desk.h.ok('cash.open', { float: 0 }, mine);
    await desk.h.ok('cash.open', { float: 0 }, other);
    desk.h.clock.advance(60_000);
    await desk.h.ok('cash.close', { counted: {} }, mine);
    await new Promise((r) => setTimeout(r, 300));
    expect(backups()).toHaveLength(2);
    desk.h.clock.advance(60_000);
    await desk.h.ok('cash.close', { counted: {} }, other);
    await expect.poll(() => backups().length, { timeout: 5_000 }).toBe(3);
  });
  it('"Sao lưu ngay" while another backup runs waits for it and takes its own; a backup after dailyAt is the day\'s', async () => {
    const desk = await deskWithBackups({ backupCheckMs: 20 });
    const backups = () => fs.readdirSync(desk.folder).filter((n) => n.startsWith('motcua-backup-'));
    desk.h.clock.set('2026-11-25T03:00:00Z'); // 10:00 in Vietnam, before the daily 12:00
    let admin = await desk.h.login('admin', ADMIN_PASSWORD);
    // Two at once (the daily and the button, in use): neither is refused, each is a whole backup.
    const [first, second] = await Promise.all([desk.h.raw('backup.create', {}, admin), desk.h.raw('backup.create', {}, admin)]);
    expect([first, second].map((r) => (r.ok ? 'ok' : r.error.message))).toEqual(['ok', 'ok']);
    expect(backups()).toHaveLength(2);
    // 12:30, the daily time set to 13:00: the officer backs up by hand. Moved to 12:00 afterwards,
    // the schedule finds the day's backup already taken after it and takes no other.
    await desk.h.ok('backup.configure', { folder: desk.folder, dailyAt: '13:00' }, admin);
    desk.h.clock.set('2026-11-25T05:30:00Z');
    admin = await desk.h.login('admin', ADMIN_PASSWORD);
    await desk.h.ok('backup.create', {}, admin);
    expect(backups()).toHaveLength(3);
    await desk.h.ok('backup.configure', { folder: desk.folder, dailyAt: '12:00' }, admin);
    await new Promise((r) => setTimeout(r, 400));
    expect(backups()).toHaveLength(3);
    // The next day, nothing by hand: the daily backup runs.
    desk.h.clock.set('2026-11-26T06:00:00Z');
    await expect.poll(() => backups().length, { timeout: 5_000 }).toBe(4);
  });
});
