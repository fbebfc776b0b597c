// Cài đặt → Sao lưu dữ liệu → "Khôi phục…" on a running production desk: a wrong recovery key is
// refused in the dialog, the right one (typed as the sheet prints it) makes the backup ready, the
// desk keeps working until it is started again, and then it serves the backup: the dossier received
// after the backup is gone from the queue, the not-yet-reconciled notice shows, the old folder kept.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startHost, stopHost } from './fixtures';
import { api, receiveCertifiedCopy } from './desk-api';
import { signIn } from './desk-steps';
import { watchPageProblems } from './page-problems';
import { inTempRoot, OFFLINE_PRODUCTION, startOfflineDesk } from './offline-production';
import { TEST_DB_KEY_HEX } from '../support/desk-database';

test.use({ viewport: { width: 1366, height: 768 } });

test('an admin restores a backup from Cài đặt: a wrong key is refused, the right one stages it, and the next start serves it', async ({ page }, testInfo) => {
  await inTempRoot('motcua-restore-app-', async (root) => {
    const dataDir = path.join(root, 'du-lieu');
    const { started: first, desk, token } = await startOfflineDesk(dataDir, path.join(root, 'usb'));
    const kept = await receiveCertifiedCopy(desk, token, 'Nguyễn Văn An');
    const backup = await api<{ id: string; path: string }>(desk, 'backup.create', {}, token);
    const later = await receiveCertifiedCopy(desk, token, 'Lê Văn Cường');

    const problems = watchPageProblems(page);
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, first.url);
    await page.goto(`${first.url}/#/settings/backup`);
    const card = page.getByTestId('backup-settings');
    const row = card.getByTestId('backup-list').locator('tbody tr').first();
    await expect(row).toContainText('Nguyên vẹn');
    await row.getByRole('button', { name: 'Khôi phục…' }).click();
    const dialog = page.getByTestId('restore-dialog');
    await expect(dialog.getByLabel('Thư mục bản sao lưu')).toHaveValue(backup.path);

    // Another machine's key: refused in the dialog, naming the key; nothing staged.
    await dialog.getByLabel('Khoá khôi phục (khi bản sao lưu từ máy khác)').fill('ab12 '.repeat(16).trim());
    await dialog.getByRole('button', { name: 'Kiểm tra và khôi phục' }).click();
    await expect(dialog.getByTestId('restore-problem')).toContainText('khoá không mở được bản sao lưu này', { timeout: 20_000 });
    expect(fs.readdirSync(root).sort()).toEqual(['du-lieu', 'usb']);
    await page.waitForTimeout(300);
    await testInfo.attach('restore-wrong-key', { body: await page.screenshot({ path: testInfo.outputPath('1-restore-wrong-key.png') }), contentType: 'image/png' });
    problems.clear(); // the refusal is a 400 the dialog explains

    // The sheet's key, in its groups: verified and made ready; the running desk is unchanged.
    await dialog.getByLabel('Khoá khôi phục (khi bản sao lưu từ máy khác)').fill(TEST_DB_KEY_HEX.match(/.{4}/g)!.join(' '));
    await dialog.getByRole('button', { name: 'Kiểm tra và khôi phục' }).click();
    const staged = dialog.getByTestId('restore-staged');
    await expect(staged).toContainText('đã kiểm tra nguyên vẹn và sẵn sàng khôi phục', { timeout: 20_000 });
    await expect(staged).toContainText(`Dừng máy chủ và chạy lại npm run host với cùng thư mục dữ liệu (${dataDir})`);
    await expect(dialog.getByTestId('restore-problem')).toHaveCount(0);
    await testInfo.attach('restore-staged', { body: await page.screenshot({ path: testInfo.outputPath('2-restore-staged.png') }), contentType: 'image/png' });
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await expect(dialog).toBeHidden();
    expect(await api<{ items: unknown[] }>(desk, 'dossiers.list', { limit: 10 }, token).then((r) => r.items.length)).toBe(2);
    expect(problems.list()).toEqual([]);
    await page.goto('about:blank'); // the page would ping the host while it is stopped
    problems.clear(); // leaving the page aborts its event stream
    expect(await stopHost(first.child)).toBe(0);

    // The next start: the backup's dossier, not the later one; the restored notice; the old folder beside it.
    const second = await startHost(dataDir, null, OFFLINE_PRODUCTION);
    try {
      expect(second.log()).toContain(`đã dùng bản khôi phục ${backup.id}`);
      expect(fs.readdirSync(root).filter((n) => n.startsWith('du-lieu.before-restore-'))).toHaveLength(1);
      await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, second.url);
      await page.goto(`${second.url}/#/intake`);
      await expect(page.getByTestId('restore-pending-notice')).toContainText('Máy vừa được khôi phục từ bản sao lưu');
      await page.goto(`${second.url}/#/queue`);
      await expect(page.getByText(kept.code)).toBeVisible();
      await expect(page.getByText(later.code)).toHaveCount(0);
      await page.waitForTimeout(300);
      await testInfo.attach('restored-queue', { body: await page.screenshot({ path: testInfo.outputPath('3-restored-queue.png') }), contentType: 'image/png' });
      await expect(page.locator('.ant-alert-error')).toHaveCount(0);
      expect(problems.list()).toEqual([]);
    } finally {
      await stopHost(second.child);
    }
  });
});
