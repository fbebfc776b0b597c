// A counter PC restored from a backup while the portal is out of reach: Tiếp nhận and Thu phí say
// that the desk has not yet been reconciled with the portal and what it does meanwhile (codes and
// receipt numbers skip ahead), with no red message and no failed request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startHost, stopHost, type DeskHost } from './fixtures';
import { api, login } from './desk-api';
import { signIn } from './desk-steps';
import { watchPageProblems } from './page-problems';

test.use({ viewport: { width: 1366, height: 768 } });

// A portal nobody answers (the discard port): the restored desk stays offline.
const OFFLINE = ['--agency-id', '000.00.00.H29', '--agency-name', 'UBND Phường Tân Phong', '--counter', '1', '--portal-url', 'http://127.0.0.1:9', '--portal-user', 'u', '--dstcode', 'X'];

test('a desk restored offline shows the not-yet-reconciled notice on Tiếp nhận and Thu phí', async ({ page }, testInfo) => {
  process.env.MOTCUA_PORTAL_PASSWORD = 'p';
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-restore-e2e-'));
  const lostDir = path.join(root, 'may-cu');
  const backups = path.join(root, 'usb');
  fs.mkdirSync(backups);
  try {
    const lost = await startHost(lostDir, ADMIN_PASSWORD, OFFLINE);
    const lostDesk: DeskHost = { url: lost.url, dataDir: lostDir, admin: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD }, log: lost.log, setupCode: null };
    const token = await login(lostDesk);
    await api(lostDesk, 'backup.configure', { folder: backups }, token);
    const backup = await api<{ path: string }>(lostDesk, 'backup.create', {}, token);
    expect(await stopHost(lost.child)).toBe(0);

    const restored = await startHost(path.join(root, 'may-moi'), null, [...OFFLINE, '--restore', backup.path]);
    try {
      const problems = watchPageProblems(page);
      await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, restored.url);
      await page.goto(`${restored.url}/#/intake`);
      const notice = page.getByTestId('restore-pending-notice');
      await expect(notice).toContainText('Máy vừa được khôi phục từ bản sao lưu');
      await expect(notice).toContainText('mã hồ sơ mới bỏ qua 50 số mỗi ngày và số biên lai bỏ qua 100 số');
      await page.screenshot({ path: testInfo.outputPath('1-intake-restored.png') });
      await page.goto(`${restored.url}/#/cash`);
      await expect(page.getByTestId('cash-screen').getByTestId('restore-pending-notice')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('2-cash-restored.png') });
      expect(problems.list()).toEqual([]);
    } finally {
      expect(await stopHost(restored.child)).toBe(0);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
