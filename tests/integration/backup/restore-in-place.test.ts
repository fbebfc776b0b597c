// "Khôi phục từ bản sao lưu…" on a running desk (backup.restore): the backup is verified and made
// ready beside the data folder, nothing changes until the next start, which swaps it in and keeps
// the replaced folder whole. Real host processes on real encrypted SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildHostBundle, spawnHost, startDeskProcess, TEST_ADMIN_PASSWORD, productionHostArgs } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { makeTempDir } from '../../support/temp-dir';
import { TEST_DB_KEY_HEX } from '../../support/desk-database';

const CERTIFIED_COPY = '2.000815';
const PRODUCTION = productionHostArgs({ url: 'http://127.0.0.1:9', user: 'u' }, 2, 'X');
const PORTAL_ENV = { MOTCUA_PORTAL_PASSWORD: 'p' };

/** The folders a restore leaves beside a data folder (kept copies, staged copies, the marker). */
function siblingsOf(dataDir: string): string[] {
  const base = path.basename(dataDir);
  return fs.readdirSync(path.dirname(dataDir)).filter((n) => n !== base && n.startsWith(`${base}.`)).sort();
}

describe('backup.restore: a backup made ready in Cài đặt replaces the data folder at the next start', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('verifies, stages, changes nothing until restart, then serves the backup and keeps the replaced folder', async () => {
    const desk = await startDeskProcess(cleanups, { extraArgs: PRODUCTION, env: PORTAL_ENV });
    cleanups.push(() => siblingsOf(desk.dataDir).forEach((n) => fs.rmSync(path.join(path.dirname(desk.dataDir), n), { recursive: true, force: true })));
    const { url, token } = desk;
    const components = ((await postApi(url, 'catalog.get', { code: CERTIFIED_COPY }, token)).json().value.components as Array<{ code: string }>).map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const intake = async (fullName: string) =>
      (await postApi(url, 'dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: { fullName, address: 'Tổ 3, Phường Tân Phong' }, components, feeQuantities: { pages: 3, copies: 1 } }, token)).json().value as { id: string; code: string };
    await intake('Nguyễn Văn An');
    await intake('Trần Thị Bình');
    const folder = makeTempDir('motcua-backups-');
    cleanups.push(folder.cleanup);
    expect((await postApi(url, 'backup.configure', { folder: folder.dir }, token)).json().ok).toBe(true);
    const backup = (await postApi(url, 'backup.create', {}, token)).json().value as { id: string; path: string };
    // After the backup: a third dossier, which the restored desk will not have (the replaced folder keeps it).
    const after = await intake('Lê Văn Cường');
    const count = async (u: string, t: string) => ((await postApi(u, 'dossiers.list', { limit: 50 }, t)).json().value.items as unknown[]).length;
    expect(await count(url, token)).toBe(3);

    // Refused, nothing staged: an officer; a relative path; a folder that is no backup; a wrong recovery key.
    expect((await postApi(url, 'users.create', { username: 'canbo1', fullName: 'Lê Thị Thu', password: 'canbo1-mat-khau', role: 'officer' }, token)).json().ok).toBe(true);
    const officer = (await postApi(url, 'auth.login', { username: 'canbo1', password: 'canbo1-mat-khau' })).json().value.token as string;
    expect((await postApi(url, 'backup.restore', { path: backup.path }, officer)).json().error.code).toBe('FORBIDDEN');
    const relative = (await postApi(url, 'backup.restore', { path: 'motcua-backup' }, token)).json();
    expect(relative.error.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(relative.error)).toContain('cần đường dẫn đầy đủ');
    const notBackup = (await postApi(url, 'backup.restore', { path: folder.dir }, token)).json();
    expect(notBackup.error.code).toBe('INVALID_INPUT');
    expect(notBackup.error.message).toContain('manifest.json: không có');
    const wrongKey = (await postApi(url, 'backup.restore', { path: backup.path, recoveryKey: 'ab'.repeat(32) }, token)).json();
    expect(wrongKey.error.code).toBe('INVALID_INPUT');
    expect(wrongKey.error.message).toContain('desk.sqlite3: khoá không mở được bản sao lưu này');
    expect(siblingsOf(desk.dataDir)).toEqual([]);

    // With the recovery sheet's key as printed (groups with spaces): made ready beside the folder.
    const groups = TEST_DB_KEY_HEX.match(/.{4}/g)!.join(' ');
    const staged = (await postApi(url, 'backup.restore', { path: backup.path, recoveryKey: groups }, token)).json();
    expect(staged.ok, JSON.stringify(staged)).toBe(true);
    expect(staged.value).toMatchObject({ backupId: backup.id, target: desk.dataDir, restart: 'host' });
    const base = path.basename(desk.dataDir);
    expect(siblingsOf(desk.dataDir)).toEqual([`${base}.restore-pending.json`, `${base}.restored`]);
    // The running desk is untouched and keeps working; the staging is in the audit.
    expect(await count(url, token)).toBe(3);
    const audit = (await postApi(url, 'audit.list', { method: 'backup.restore', entityId: backup.id }, token)).json();
    expect(audit.ok, JSON.stringify(audit)).toBe(true);
    expect(JSON.stringify(audit.value.items)).toContain('restoreStaged');

    // The next start swaps it in: the backup's two dossiers, the restored notice; the replaced folder kept whole.
    desk.host.kill('SIGTERM');
    expect(await desk.host.exited).toBe(0);
    const again = spawnHost(desk.args, PORTAL_ENV);
    cleanups.push(() => again.kill('SIGKILL'));
    const url2 = await again.ready;
    expect(again.output().stderr).toContain(`đã dùng bản khôi phục ${backup.id}; dữ liệu trước đó giữ ở ${desk.dataDir}.before-restore-`);
    const token2 = (await postApi(url2, 'auth.login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).json().value.token as string;
    expect(await count(url2, token2)).toBe(2);
    expect((await postApi(url2, 'dossiers.get', { id: after.id }, token2)).json().error.code).toBe('NOT_FOUND');
    expect((await postApi(url2, 'sync.status', undefined, token2)).json().value.restorePending).toBe(true);
    const kept = siblingsOf(desk.dataDir);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(new RegExp(`^${base}\\.before-restore-\\d{8}-\\d{6}$`));
    expect(fs.existsSync(path.join(path.dirname(desk.dataDir), kept[0]!, 'desk.sqlite3'))).toBe(true);

    // A third start opens the folder as it is: the swap happens once.
    again.kill('SIGTERM');
    await again.exited;
    const third = spawnHost(desk.args, PORTAL_ENV);
    cleanups.push(() => third.kill('SIGKILL'));
    const url3 = await third.ready;
    expect(third.output().stderr).not.toContain('đã dùng bản khôi phục');
    const token3 = (await postApi(url3, 'auth.login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).json().value.token as string;
    expect(await count(url3, token3)).toBe(2);
    expect(siblingsOf(desk.dataDir)).toHaveLength(1);
  }, 120_000);
});
