// Originals a scan-to-folder printer left, once taken into a dossier, wait in "đã nhận" for the
// days the admin set (default 30) and are then deleted: the dossier holds their pages encrypted.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HotFolderWatcher, IMPORTED_SUBFOLDER } from '../../../electron/core/attachments/hot-folder-watcher';
import { makeTempDir } from '../../support/temp-dir';
import { deskWithDossier } from './attachments-desk';

const DAY = 24 * 60 * 60_000;
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('"đã nhận" keeps the originals for a number of days', () => {
  it('deletes only files moved there longer ago than the setting, files only', () => {
    const t = makeTempDir('motcua-hot-');
    cleanups.push(t.cleanup);
    const done = path.join(t.dir, IMPORTED_SUBFOLDER);
    fs.mkdirSync(path.join(done, 'thu-muc-con'), { recursive: true });
    const at = (name: string, daysAgo: number) => {
      const file = path.join(done, name);
      fs.writeFileSync(file, 'ảnh quét');
      const when = new Date(Date.now() - daysAgo * DAY);
      fs.utimesSync(file, when, when);
      return file;
    };
    const old = at('cmnd-cu.jpg', 31);
    const recent = at('giay-khai-sinh.jpg', 29);
    let days = 30;
    const watcher = new HotFolderWatcher({ keepImportedDays: () => days, rescanMs: 60_000 });
    cleanups.push(() => watcher.stop());
    watcher.watch(t.dir); // the first scan purges at once
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(path.join(done, 'thu-muc-con'))).toBe(true);
    days = 7;
    expect(watcher.purgeImported()).toBe(1);
    expect(fs.existsSync(recent)).toBe(false);
  });

  it('is a setting (attachments.setLimits keepImportedDays, 1-365, admin), 30 by default', async () => {
    const { h, token } = await deskWithDossier();
    const admin = await h.adminToken();
    expect((await h.ok('attachments.limits', {}, token)).keepImportedDays).toBe(30);
    for (const bad of [0, 366, 2.5, '30']) {
      const answer = await h.raw('attachments.setLimits', { maxFileBytes: 6 * 1024 * 1024, keepImportedDays: bad }, admin);
      expect(answer, String(bad)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Số ngày giữ tệp gốc đã nhận/) } });
    }
    expect(await h.raw('attachments.setLimits', { maxFileBytes: 6 * 1024 * 1024, keepImportedDays: 10 }, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.ok('attachments.setLimits', { maxFileBytes: 6 * 1024 * 1024, keepImportedDays: 10 }, admin)).toEqual({ maxFileBytes: 6 * 1024 * 1024, keepImportedDays: 10 });
    // Saving the size alone keeps the days.
    expect(await h.ok('attachments.setLimits', { maxFileBytes: 8 * 1024 * 1024 }, admin)).toEqual({ maxFileBytes: 8 * 1024 * 1024, keepImportedDays: 10 });
  });
});
