// Cài đặt → Sao lưu dữ liệu: the frame warns an admin while the desk has no verified backup; a
// folder inside the data folder is refused under its field; a real folder is saved, "Sao lưu
// ngay" writes a backup that lists as whole and verifies, and the warning goes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { signInAsAdmin } from './desk-steps';
import { watchPageProblems } from './page-problems';

test.use({ viewport: { width: 1366, height: 768 } });

test('an admin sets the backup folder, backs up now, checks the backup, and the frame stops warning', async ({ page, desk }, testInfo) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-usb-'));
  try {
    await signInAsAdmin(page, desk);
    const problems = watchPageProblems(page);
    const reminder = page.getByTestId('backup-reminder');
    await expect(reminder).toContainText('Chưa chọn thư mục sao lưu');
    await reminder.getByRole('button', { name: 'Sao lưu dữ liệu' }).click();
    await expect(page).toHaveURL(/#\/settings\/backup$/);
    const card = page.getByTestId('backup-settings');
    await expect(card.getByRole('button', { name: 'Sao lưu ngay' })).toBeDisabled();

    // Inside the data folder: refused under the field, nothing saved.
    const field = card.getByLabel('Thư mục sao lưu', { exact: true });
    const inside = path.join(desk.dataDir, 'saoluu');
    fs.mkdirSync(inside);
    await field.fill(inside);
    await card.getByRole('button', { name: 'Lưu thiết lập sao lưu' }).click();
    await expect(card.locator('.ant-form-item-explain-error')).toContainText('thư mục dữ liệu');
    problems.clear(); // the refusal is a 400 the screen explains

    await field.fill(folder);
    await card.getByRole('button', { name: 'Lưu thiết lập sao lưu' }).click();
    await expect(page.getByText('Đã lưu thiết lập sao lưu.')).toBeVisible();
    await card.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(page.getByText(/Đã sao lưu \d+ hồ sơ, \d+ tệp vào/)).toBeVisible({ timeout: 20_000 });
    const rows = card.getByTestId('backup-list').locator('tbody tr');
    // After 12:00 in Vietnam the day's scheduled backup may run too, as soon as the folder is set:
    // the button then waits for it and takes its own, so one or two backups, each whole.
    const written = () => fs.readdirSync(folder).filter((name) => name.startsWith('motcua-backup-'));
    await expect(rows.first()).toContainText('Nguyên vẹn');
    const count = written().length;
    expect(count === 1 || count === 2).toBe(true);
    await expect(rows).toHaveCount(count);
    for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('Nguyên vẹn');
    await expect(card.getByTestId('backup-last')).toContainText('thành công');
    await expect(reminder).toHaveCount(0); // the frame asks again after the backup

    await rows.first().getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(page.getByText(/Bản sao lưu motcua-backup-.* nguyên vẹn\./)).toBeVisible({ timeout: 20_000 });
    await expect(card.getByTestId('backup-problem')).toHaveCount(0);
    await testInfo.attach('backup-tab', { body: await page.screenshot({ path: testInfo.outputPath('backup-tab.png'), fullPage: true }), contentType: 'image/png' });

    // Another screen asks again: still no warning.
    await page.keyboard.press('Alt+1');
    await expect(page.getByTestId('intake-screen')).toBeVisible();
    await expect(reminder).toHaveCount(0);
    expect(problems.list()).toEqual([]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
