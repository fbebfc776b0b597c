// A real host process: a scanned page imported at the counter is nowhere in the content folder or
// the backup, neither as bytes nor under its SHA-256; the portal still gets the plain PDF under
// its plain SHA-256; the recovery key read from backup.recoveryKey (and audited) restores the
// backup into a fresh folder on "another machine" (--db-key-file) and the attachment reads back.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allComponents, buildHostBundle, spawnHost, startDeskProcess, TEST_ADMIN_PASSWORD, productionHostArgs } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { makeTempDir } from '../../support/temp-dir';
import { openDeskDatabase, TEST_DB_KEY_HEX } from '../../support/desk-database';
import { startPortal } from '../../support/training-portal-harness';
import { scannedPage } from '../attachments/test-pages';

const BIRTH = '1.001193';
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Every file under a folder (recursively), with its bytes. */
function filesUnder(root: string): Array<{ file: string; bytes: Buffer }> {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({ file, bytes: fs.readFileSync(file) }));
}

/** What of a document can be recognised in a folder: its bytes (whole, head, a stretch of the page image), its SHA-256 as a name or as text. */
function traces(root: string, plain: Buffer, hashes: string[]): string[] {
  const found: string[] = [];
  const middle = plain.subarray(Math.floor(plain.length / 2), Math.floor(plain.length / 2) + 48);
  for (const { file, bytes } of filesUnder(root)) {
    if (bytes.includes(middle)) found.push(`${file}: a stretch of the PDF`);
    if (bytes.includes(Buffer.from('%PDF-'))) found.push(`${file}: a PDF header`);
    for (const hash of hashes) {
      if (file.includes(hash)) found.push(`${file}: named by ${hash}`);
      if (bytes.includes(Buffer.from(hash))) found.push(`${file}: holds ${hash}`);
    }
  }
  return found;
}

describe('content files encrypted at rest, the portal still gets the plain file, the recovery key restores', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('import, upload, backup, read the recovery key, restore elsewhere with --db-key-file, read the attachment back', async () => {
    const p = await startPortal();
    const env = { MOTCUA_PORTAL_PASSWORD: p.settings.password };
    const production = productionHostArgs(p.settings, 2);
    const { dataDir, host, url, token } = await startDeskProcess(cleanups, { extraArgs: production, env });
    const components = await allComponents(url, token, BIRTH);
    const dossier = (await postApi(url, 'dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Hoàng Thị Lan', address: 'Bản Lang, Phường Tân Phong' }, components }, token)).json().value as { id: string; code: string };
    const page = await scannedPage('Giấy chứng sinh của cháu Lan');
    const added = (await postApi(url, 'attachments.add', { dossierId: dossier.id, componentCode: components[0]!.code, fileName: 'giay-chung-sinh.jpg', contentBase64: page.toString('base64') }, token)).json();
    expect(added.ok, JSON.stringify(added)).toBe(true);
    const attachment = added.value as { id: string; sha256: string };
    const pdf = Buffer.from((await postApi(url, 'attachments.content', { id: attachment.id }, token)).json().value.pdfBase64 as string, 'base64');
    expect(sha256(pdf)).toBe(attachment.sha256);

    // The search itself finds the plain file where it is (a control).
    const control = makeTempDir('motcua-control-');
    cleanups.push(control.cleanup);
    fs.writeFileSync(path.join(control.dir, attachment.sha256), pdf);
    expect(traces(control.dir, pdf, [attachment.sha256])).toHaveLength(3);
    // The content folder: nothing of the page, neither its bytes nor its SHA-256 (nor the photo's).
    const contentDir = path.join(dataDir, 'files');
    expect(filesUnder(contentDir)).toHaveLength(1);
    expect(traces(contentDir, pdf, [attachment.sha256, sha256(page)])).toEqual([]);
    expect(filesUnder(contentDir).some(({ bytes }) => bytes.includes(page.subarray(page.length / 2, page.length / 2 + 48)))).toBe(false);

    // The portal gets the plain PDF, under the SHA-256 of its plain bytes.
    expect((await postApi(url, 'sync.run', {}, token)).json().ok).toBe(true);
    const state = (await p.state()) as unknown as { files: number; byMaHoSo: Record<string, { TaiLieuNop?: Array<{ DuongDanTaiTepTin: string }> }> };
    expect(state.files).toBe(1);
    const received = Buffer.from(await (await fetch(`${p.portal.url}/files/${attachment.sha256}`)).arrayBuffer());
    expect(received.equals(pdf)).toBe(true);
    expect(((await postApi(url, 'attachments.list', { dossierId: dossier.id }, token)).json().value as Array<{ sha256: string }>)[0]!.sha256).toBe(attachment.sha256);

    // A backup: the file copied as stored; nothing of the page in it either.
    const backups = makeTempDir('motcua-backups-');
    cleanups.push(backups.cleanup);
    expect((await postApi(url, 'backup.configure', { folder: backups.dir }, token)).json().ok).toBe(true);
    const backup = (await postApi(url, 'backup.create', {}, token)).json().value as { id: string; path: string; files: number };
    expect(backup.files).toBe(1);
    expect(traces(backup.path, pdf, [attachment.sha256])).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(backup.path, 'manifest.json'), 'utf8')) as { files: Array<{ path: string; sha256: string }> };
    const inBackup = manifest.files.find((f) => f.path.startsWith('files/'))!;
    expect(inBackup.sha256).toBe(sha256(fs.readFileSync(path.join(backup.path, inBackup.path)))); // the stored bytes' hash
    expect(fs.readFileSync(path.join(backup.path, inBackup.path)).equals(fs.readFileSync(path.join(dataDir, inBackup.path)))).toBe(true);

    // The recovery key: admin only, 16 groups of 4 hex = the database key; the reading is audited.
    const officer = await postApi(url, 'users.create', { username: 'quay2', fullName: 'Cán bộ Quầy Hai', role: 'officer', password: 'mat-khau-123' }, token);
    expect(officer.json().ok, JSON.stringify(officer.json())).toBe(true);
    const officerLogin = (await postApi(url, 'auth.login', { username: 'quay2', password: 'mat-khau-123' })).json().value.token as string;
    expect((await postApi(url, 'backup.recoveryKey', {}, officerLogin)).json().error.code).toBe('FORBIDDEN');
    expect((await postApi(url, 'backup.recoveryKeyStatus', {}, token)).json().value).toEqual({ available: true, printedAt: null });
    const recovery = (await postApi(url, 'backup.recoveryKey', {}, token)).json().value as { keyGroups: string[]; printedAt?: string };
    expect(recovery.keyGroups).toHaveLength(16);
    for (const group of recovery.keyGroups) expect(group).toMatch(/^[0-9a-f]{4}$/);
    expect(recovery.keyGroups.join('')).toBe(TEST_DB_KEY_HEX);
    expect(recovery.printedAt).toBeUndefined();
    const printed = (await postApi(url, 'backup.recoveryKeyPrinted', {}, token)).json().value as { printedAt: string };
    expect((await postApi(url, 'backup.recoveryKeyStatus', {}, token)).json().value).toEqual({ available: true, printedAt: printed.printedAt });
    host.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    const db = openDeskDatabase(dataDir, { readonly: true });
    try {
      const audited = db.prepare(`SELECT method, username, entity, after_json FROM audit_log WHERE method LIKE 'backup.recoveryKey%' ORDER BY id`).all();
      expect(audited).toEqual([
        { method: 'backup.recoveryKey', username: 'admin', entity: 'recoveryKey', after_json: '{"read":true}' },
        { method: 'backup.recoveryKeyPrinted', username: 'admin', entity: 'setting', after_json: JSON.stringify({ printedAt: printed.printedAt }) },
      ]);
      // The key itself is in no audit row.
      expect(JSON.stringify(db.prepare('SELECT * FROM audit_log').all())).not.toContain(TEST_DB_KEY_HEX.slice(12, 40));
    } finally {
      db.close();
    }

    // Another machine: an empty folder, no key in the environment, the key typed from the sheet.
    const elsewhere = makeTempDir('motcua-new-pc-');
    cleanups.push(elsewhere.cleanup);
    const keyFile = path.join(elsewhere.dir, 'khoa.txt');
    fs.writeFileSync(keyFile, `${recovery.keyGroups.join(' ')}\n`, { mode: 0o600 });
    const newData = path.join(elsewhere.dir, 'du-lieu');
    const noKey = spawnHost(['--data-dir', newData, '--port', '0', '--restore', backup.path], { ...env, MOTCUA_DB_KEY: '' });
    cleanups.push(() => noKey.kill('SIGKILL'));
    expect(await noKey.exited).toBe(2); // refused without the key, nothing written
    expect(fs.existsSync(newData)).toBe(false);
    const restored = spawnHost(['--data-dir', newData, '--port', '0', '--restore', backup.path, '--db-key-file', keyFile], { ...env, MOTCUA_DB_KEY: '' });
    cleanups.push(() => restored.kill('SIGKILL'));
    const url2 = await restored.ready;
    const token2 = (await postApi(url2, 'auth.login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).json().value.token as string;
    const back = (await postApi(url2, 'attachments.content', { id: attachment.id }, token2)).json();
    expect(back.ok, JSON.stringify(back)).toBe(true);
    expect(Buffer.from(back.value.pdfBase64 as string, 'base64').equals(pdf)).toBe(true);
    expect(traces(path.join(newData, 'files'), pdf, [attachment.sha256])).toEqual([]);
    restored.kill('SIGTERM');
    expect(await restored.exited).toBe(0);
  }, 120_000);
});
