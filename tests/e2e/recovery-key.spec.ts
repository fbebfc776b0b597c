// The recovery sheet: the frame reminds the admin until it is printed; "In khoá khôi phục" in
// Cài đặt → Sao lưu dữ liệu prints the key in groups of 4 with its QR code, the agency and the
// date; the groups join to the key in the host's desk.key.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { fakeAppBridge, printedText, signInAsAdmin } from './desk-steps';
import { readPdf } from './pdf-text';

test('the admin prints the recovery sheet once: key groups = desk.key, the QR drawn, the reminder gone', async ({ page, desk }, testInfo) => {
  const keyHex = fs.readFileSync(path.join(desk.dataDir, 'desk.key'), 'utf8').trim();
  expect(keyHex).toMatch(/^[0-9a-f]{64}$/);
  await fakeAppBridge(page);
  await signInAsAdmin(page, desk);

  const reminder = page.getByTestId('recovery-key-reminder');
  await expect(reminder).toContainText('Chưa in phiếu khoá khôi phục');
  await reminder.getByRole('button', { name: 'In khoá khôi phục' }).click();
  await expect(page).toHaveURL(/#\/settings\/backup$/);
  const card = page.getByTestId('recovery-key-card');
  await expect(card.getByTestId('recovery-key-not-printed')).toBeVisible();

  await card.getByRole('button', { name: 'In khoá khôi phục' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Phiếu khoá khôi phục đã in ra giấy chưa?' });
  await expect(confirm).toBeVisible();
  const sent = await printedText(page);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.replace(/\s/g, '')).toContain(keyHex);
  await confirm.getByRole('button', { name: 'Đã in, sẽ cất vào két' }).click();
  await expect(card.getByTestId('recovery-key-printed')).toContainText('Đã in phiếu khoá khôi phục lúc');
  await expect(reminder).toHaveCount(0);

  // The sheet alone on its route, as printed.
  await page.goto('/#/print/recovery-key');
  await page.reload(); // a page of its own, as the tests print every form (no toast of the settings left over)
  const sheet = page.getByTestId('recovery-sheet');
  await expect(page.getByTestId('print-ready')).toBeVisible();
  await expect(page.getByTestId('app-frame')).toHaveCount(0);
  const groups = await sheet.getByTestId('recovery-key-group').allTextContents();
  expect(groups).toHaveLength(16);
  for (const group of groups) expect(group).toMatch(/^[0-9a-f]{4}$/);
  expect(groups.join('')).toBe(keyHex);
  const qr = sheet.getByTestId('recovery-key-qr');
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  expect(await qr.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth >= 200)).toBe(true);
  await expect(sheet.getByTestId('recovery-agency-name')).toHaveText('UBND Phường Tập Huấn');
  await expect(sheet.getByTestId('recovery-agency-id')).toHaveText('000.00.00.H56');
  await expect(sheet.getByTestId('recovery-date')).toHaveText(/^ngày \d{2} tháng \d{2} năm \d{4}$/);
  await expect(sheet).toContainText('két sắt');
  await expect(sheet).toContainText('npm run host -- --data-dir THƯ_MỤC_MỚI --restore ĐƯỜNG_DẪN_BẢN_SAO_LƯU --db-key-file khoa.txt');
  await expect(sheet).toContainText('MOTCUA_DB_KEY');

  await page.setViewportSize({ width: 900, height: 1270 });
  await page.screenshot({ path: testInfo.outputPath('recovery-sheet.png'), fullPage: true });
  const pdfFile = testInfo.outputPath('recovery-sheet.pdf');
  await page.pdf({ path: pdfFile, format: 'A4' });
  const { text, pages } = readPdf(pdfFile);
  expect(pages).toBe(1);
  expect(text).toContain('PHIẾU KHOÁ KHÔI PHỤC');
  expect(text.replace(/\s/g, '')).toContain(keyHex.slice(0, 16));
});
