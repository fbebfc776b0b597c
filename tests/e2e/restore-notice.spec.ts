// A counter PC restored from a backup while the portal is out of reach: Tiếp nhận and Thu phí say
// that the desk has not yet been reconciled with the portal and what it does meanwhile (codes and
// receipt numbers skip ahead), with no red message and no failed request.
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startHost, stopHost } from './fixtures';
import { api } from './desk-api';
import { signIn } from './desk-steps';
import { watchPageProblems } from './page-problems';
import { inTempRoot, OFFLINE_PRODUCTION, startOfflineDesk } from './offline-production';

test.use({ viewport: { width: 1366, height: 768 } });

test('a desk restored offline shows the not-yet-reconciled notice on Tiếp nhận and Thu phí', async ({ page }, testInfo) => {
  await inTempRoot('motcua-restore-e2e-', async (root, usb) => {
    const lost = await startOfflineDesk(path.join(root, 'may-cu'), usb);
    const backup = await api<{ path: string }>(lost.desk, 'backup.create', {}, lost.token);
    expect(await stopHost(lost.started.child)).toBe(0);

    const restored = await startHost(path.join(root, 'may-moi'), null, [...OFFLINE_PRODUCTION, '--restore', backup.path]);
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
  });
});
