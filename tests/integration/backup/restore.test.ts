import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildHostBundle, spawnHost, startDeskProcess, TEST_ADMIN_PASSWORD, productionHostArgs } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { makeTempDir } from '../../support/temp-dir';
import { TEST_DB_KEY_HEX } from '../../support/desk-database';
import { applyKey, isPlainDatabaseFile, parseDatabaseKey } from '../../../electron/core/db/database-key';
import { plainPdf } from '../attachments/test-pages';

const CERTIFIED_COPY = '2.000815';
const PRODUCTION = productionHostArgs({ url: 'http://127.0.0.1:9', user: 'u' }, 2, 'X');
const PORTAL_ENV = { MOTCUA_PORTAL_PASSWORD: 'p' };

/** Rows of a database file: a desk's or a backup's, encrypted with the tests' key. */
function rows(file: string, sql: string): unknown[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  if (!isPlainDatabaseFile(file)) applyKey(db, parseDatabaseKey(TEST_DB_KEY_HEX, 'the tests'));
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

/** Every file under a folder, relative path -> SHA-256. */
function hashes(root: string): Record<string, string> {
  if (!fs.existsSync(root)) return {};
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    out[path.relative(root, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

describe('restore from a backup: npm run host -- --data-dir NEW --restore PATH', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const fresh = () => {
    const t = makeTempDir('motcua-restore-');
    cleanups.push(t.cleanup);
    return path.join(t.dir, 'du-lieu');
  };

  /** A production desk with dossiers, a payment and a scanned file, backed up once. */
  async function backedUpDesk() {
    const desk = await startDeskProcess(cleanups, { extraArgs: PRODUCTION, env: PORTAL_ENV });
    const { url, token } = desk;
    const components = ((await postApi(url, 'catalog.get', { code: CERTIFIED_COPY }, token)).json().value.components as Array<{ code: string }>).map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const intake = async () =>
      (await postApi(url, 'dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: { fullName: 'Nguyễn Văn An', address: 'Tổ 3, Phường Tân Phong' }, components, feeQuantities: { pages: 3, copies: 1 } }, token)).json().value as { id: string; code: string };
    const dossiers = [await intake(), await intake(), await intake()];
    const pdf = await plainPdf(2);
    expect((await postApi(url, 'attachments.add', { dossierId: dossiers[0]!.id, componentCode: components[0]!.code, fileName: 'ban-sao.pdf', contentBase64: pdf.toString('base64') }, token)).json().ok).toBe(true);
    expect((await postApi(url, 'cash.open', { float: 0 }, token)).json().ok).toBe(true);
    const paid = (await postApi(url, 'payments.collect', { dossierId: dossiers[1]!.id }, token)).json();
    expect(paid.ok, JSON.stringify(paid)).toBe(true);
    const folder = makeTempDir('motcua-backups-');
    cleanups.push(folder.cleanup);
    expect((await postApi(url, 'backup.configure', { folder: folder.dir }, token)).json().ok).toBe(true);
    const backup = (await postApi(url, 'backup.create', {}, token)).json().value as { id: string; path: string };
    return { ...desk, dossiers, backup, intake, paid: paid.value };
  }

  it('round trip: the same dossiers, payments, audit rows and file hashes; numbering continues past the safety gap', async () => {
    const desk = await backedUpDesk();
    // After the backup the lost machine issued more (these never reach the restored desk).
    const lost = await desk.intake();
    desk.host.kill('SIGKILL');
    await desk.host.exited;

    const dataDir = fresh();
    const started = Date.now();
    const host = spawnHost(['--data-dir', dataDir, '--port', '0', '--restore', desk.backup.path], PORTAL_ENV);
    cleanups.push(() => host.kill('SIGKILL'));
    const url = await host.ready;
    console.info(`restore of a small backup to HOST READY: ${Date.now() - started} ms`);
    expect(host.output().stderr).toMatch(/đã khôi phục từ motcua-backup-000\.00\.00\.H29-/);
    const token = (await postApi(url, 'auth.login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).json().value.token as string;

    const backupDb = path.join(desk.backup.path, 'desk.sqlite3');
    const restoredDb = path.join(dataDir, 'desk.sqlite3');
    for (const sql of ['SELECT * FROM dossiers ORDER BY id', 'SELECT * FROM payments ORDER BY id', 'SELECT * FROM attachments ORDER BY id']) {
      expect(rows(restoredDb, sql), sql).toEqual(rows(backupDb, sql));
    }
    const lastAudit = (rows(backupDb, 'SELECT max(id) AS n FROM audit_log')[0] as { n: number }).n;
    expect(rows(restoredDb, `SELECT * FROM audit_log WHERE id <= ${lastAudit} ORDER BY id`)).toEqual(rows(backupDb, 'SELECT * FROM audit_log ORDER BY id'));
    expect(hashes(path.join(dataDir, 'files'))).toEqual(hashes(path.join(desk.backup.path, 'files')));
    expect(Object.keys(hashes(path.join(dataDir, 'files')))).toHaveLength(1);
    // The same production identity and mode (no training portal appears).
    const info = (await postApi(url, 'system.info', undefined, token)).json().value;
    expect(info).toMatchObject({ agencyId: '000.00.00.H29', counter: 2, training: false });
    // Offline, the next code jumps the safety gap of 50 past the backup's last, never re-issuing the lost one.
    const seqOf = (code: string) => Number(code.slice(-4));
    const components = ((await postApi(url, 'catalog.get', { code: CERTIFIED_COPY }, token)).json().value.components as Array<{ code: string }>).map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const next = (await postApi(url, 'dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: { fullName: 'Trần Thị Bình', address: 'Tổ 5' }, components, feeQuantities: { pages: 1, copies: 1 } }, token)).json().value as { id: string; code: string };
    expect(seqOf(next.code)).toBe(seqOf(desk.dossiers[2]!.code) + 51);
    expect(next.code).not.toBe(lost.code);
    // Receipts: past the gap of 100 (the cash session open at the backup is open again).
    expect((await postApi(url, 'cash.current', undefined, token)).json().value).not.toBeNull();
    const receipt = (await postApi(url, 'payments.collect', { dossierId: next.id }, token)).json();
    expect(receipt.ok, JSON.stringify(receipt)).toBe(true);
    const receiptNumber = (r: unknown) => Number(JSON.stringify(r).match(/"number":(\d+)/)?.[1]);
    expect(receiptNumber(receipt.value)).toBe(receiptNumber(desk.paid) + 101);
  }, 120_000);

  it('refuses a non-empty folder, a flipped byte, a newer schema and a half-written backup with exit code 2, writing nothing', async () => {
    const desk = await backedUpDesk();
    desk.host.kill('SIGTERM');
    await desk.host.exited;
    const copyOf = (name: string) => {
      const to = path.join(path.dirname(desk.backup.path), name);
      fs.cpSync(desk.backup.path, to, { recursive: true });
      return to;
    };
    const refuse = async (backup: string, dataDir: string, message: RegExp) => {
      const host = spawnHost(['--data-dir', dataDir, '--port', '0', '--restore', backup], PORTAL_ENV);
      cleanups.push(() => host.kill('SIGKILL'));
      await expect(host.ready).rejects.toThrow(message);
      expect(await host.exited).toBe(2);
      expect(fs.readdirSync(path.dirname(dataDir)).filter((n) => n.includes('.restoring-'))).toEqual([]);
    };
    // A folder that already holds data is left exactly as it was.
    const used = fresh();
    fs.mkdirSync(used);
    fs.writeFileSync(path.join(used, 'ghi-chu.txt'), 'dữ liệu cũ');
    await refuse(desk.backup.path, used, /không trống/);
    expect(fs.readdirSync(used)).toEqual(['ghi-chu.txt']);
    // One flipped byte in the scanned file: named.
    const flipped = copyOf('motcua-backup-000.00.00.H29-20260101-000001');
    const manifest = JSON.parse(fs.readFileSync(path.join(flipped, 'manifest.json'), 'utf8')) as { files: Array<{ path: string }>; schemaVersion: number };
    const scan = manifest.files.find((f) => f.path.startsWith('files/'))!.path;
    const bytes = fs.readFileSync(path.join(flipped, scan));
    bytes[10] = bytes[10]! ^ 0x01;
    fs.writeFileSync(path.join(flipped, scan), bytes);
    const target = fresh();
    await refuse(flipped, target, new RegExp(`${scan}: sai mã SHA-256`));
    expect(fs.existsSync(target)).toBe(false);
    // From a newer version of the software.
    const newer = copyOf('motcua-backup-000.00.00.H29-20260101-000002');
    fs.writeFileSync(path.join(newer, 'manifest.json'), JSON.stringify({ ...manifest, schemaVersion: 999 }));
    await refuse(newer, target, /phiên bản mới hơn/);
    // Half written: no manifest.
    const half = copyOf('motcua-backup-000.00.00.H29-20260101-000003');
    fs.rmSync(path.join(half, 'manifest.json'));
    await refuse(half, target, /manifest\.json: không có/);
    await refuse(path.join(path.dirname(desk.backup.path), 'khong-co'), target, /không có thư mục sao lưu/);
    expect(fs.existsSync(target)).toBe(false);
  }, 120_000);
});
