// The intake screen as a new officer meets it at 1366x768: the live fee and return date follow
// every change of the form, a scan into a field that already holds text fills the applicant and
// leaves that field as it was, a scan in Thủ tục never opens or picks from the list, the checklist
// is ticked from the keyboard, and the save bar stays on screen. After each step: no red message,
// no console error, no failed request.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { scanWithScanner } from './barcode-scanner';
import { signIn } from './desk-steps';
import { watchPageProblems } from './page-problems';

const QR = '012090001234|123456789|Nguyễn Văn Đức|15031990|Nam|Bản Lang, Phường Tân Phong, Lai Châu|01012021';

test.use({ viewport: { width: 1366, height: 768 } });

const scan = scanWithScanner;

async function pick(page: Page, typed: string, option: string) {
  const picker = page.getByLabel('Thủ tục', { exact: true });
  await picker.click();
  await picker.fill(typed);
  await expect(page.getByRole('option', { name: option, exact: true })).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Thành phần hồ sơ' })).toBeVisible();
}

async function expectInView(page: Page, testId: string) {
  const box = (await page.getByTestId(testId).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  expect(box.y).toBeGreaterThanOrEqual(0);
}

test('the fee and return date follow every tick, quantity, set and exemption of a certified copy', async ({ page, desk }, testInfo) => {
  const problems = watchPageProblems(page);
  await signIn(page, desk.admin.username, desk.admin.password);
  await page.goto('/#/intake');
  await pick(page, '2.000815', '2.000815 · Chứng thực bản sao từ bản chính giấy tờ, văn bản');
  const fee = page.getByTestId('intake-preview-fee');
  const due = page.getByTestId('intake-preview-due');
  await expect(due).toContainText(/\d{1,2} giờ \d{2} phút, ngày \d{2}\/\d{2}\/\d{4}/);
  await expect(fee).toContainText('cần nhập số trang');

  const boxes = page.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
  await boxes.nth(0).check();
  await page.getByLabel('Số trang', { exact: true }).fill('3');
  await page.getByLabel('Số bản', { exact: true }).fill('2');
  // 2.000 đ a page for pages 1-2, 1.000 đ from the 3rd: 5.000 đ a copy, two copies.
  await expect(fee).toHaveText('10.000 đ');
  await boxes.nth(0).uncheck();
  await expect(fee).toHaveText('10.000 đ');
  await page.getByLabel('Số bản', { exact: true }).fill('3');
  await expect(fee).toHaveText('15.000 đ');
  // The copies to certify in the checklist follow "Số bản" (Mẫu 01 then agrees with the fee); the original shown stays 1.
  await expect(page.getByLabel('Số bản sao: Bản sao cần chứng thực')).toHaveValue('3');
  await expect(page.getByLabel('Số bản chính: Bản chính giấy tờ, văn bản làm cơ sở chứng thực (xuất trình)')).toHaveValue('1');
  await page.getByLabel('Số trang', { exact: true }).fill('1');
  await expect(fee).toHaveText('6.000 đ');
  await expectInView(page, 'intake-preview-fee');
  await expect(page.getByTestId('intake-screen').locator('.intake-summary-error')).toHaveCount(0);
  await expect(page.getByTestId('intake-error')).toHaveCount(0);
  await testInfo.attach('certified-copy-fee', { body: await page.screenshot({ path: testInfo.outputPath('certified-copy-fee.png') }), contentType: 'image/png' });
  expect(problems.list()).toEqual([]);
});

test('a birth registration: the checklist by keyboard, the bar in view, exemptions, and a scan into filled fields', async ({ page, desk }, testInfo) => {
  const problems = watchPageProblems(page);
  await signIn(page, desk.admin.username, desk.admin.password);
  await page.goto('/#/intake');

  // A scan with the cursor in Thủ tục fills the applicant; the list stays shut and nothing is picked.
  await page.getByLabel('Thủ tục', { exact: true }).focus();
  await scan(page, QR);
  await expect(page.getByTestId('intake-scan-notice')).toContainText('Đã đọc CCCD: Nguyễn Văn Đức');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.keyboard.press('Enter'); // a second Enter (the officer's) must not pick the first option
  await expect(page.getByRole('table', { name: 'Thành phần hồ sơ' })).toHaveCount(0);

  await pick(page, 'dang ky khai sinh', '1.001193 · Đăng ký khai sinh');
  await expectInView(page, 'intake-preview-due');
  const save = page.getByRole('button', { name: 'Tiếp nhận (Ctrl+Enter)' });
  await expect(save).toBeInViewport();

  // Phone, address and note hold text; a scan in each fills the card's fields and leaves the rest.
  for (const [label, text] of [
    ['Số điện thoại', '0912345678'],
    ['Ghi chú', 'Người nộp mang theo bản gốc'],
  ] as const) {
    const field = page.getByLabel(label, { exact: true });
    await field.fill(text);
    await field.click();
    await scan(page, QR);
    await expect(page.getByTestId('intake-scan-notice')).toContainText('Đã đọc CCCD: Nguyễn Văn Đức');
    await expect(field).toHaveValue(text);
    await expect(page.getByLabel('Số giấy tờ', { exact: true })).toHaveValue('012090001234');
  }
  const address = page.getByLabel('Địa chỉ', { exact: true });
  await address.fill('Tổ 5');
  await address.click();
  await scan(page, QR);
  await expect(page.getByTestId('intake-scan-notice')).toContainText('Đã đọc CCCD');
  await expect(address).toHaveValue('Bản Lang, Phường Tân Phong, Lai Châu'); // the card's address, not a mix

  // The checklist: Alt+G goes in, a row's number ticks it, Alt+D ticks every required one.
  const table = page.getByRole('table', { name: 'Thành phần hồ sơ' });
  const boxes = table.getByRole('checkbox');
  await page.keyboard.press('Alt+G');
  await expect(boxes.nth(0)).toBeFocused();
  await page.keyboard.press('2');
  await expect(boxes.nth(1)).toBeChecked();
  await page.keyboard.press('2');
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(boxes.nth(0)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(boxes.nth(0)).toBeChecked();
  await page.keyboard.press('Alt+D');
  const required = await table.locator('tbody tr').allInnerTexts().then((rows) => rows.map((r) => r.includes('Bắt buộc')));
  for (const [i, isRequired] of required.entries()) if (isRequired) await expect(boxes.nth(i)).toBeChecked();
  await expect(page.getByTestId('intake-preview-fee')).toHaveText('Miễn phí');
  await expect(page.getByTestId('intake-screen').locator('.intake-summary-error')).toHaveCount(0);
  await testInfo.attach('birth-keyboard', { body: await page.screenshot({ path: testInfo.outputPath('birth-keyboard.png') }), contentType: 'image/png' });

  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-result')).toBeVisible();
  await expect(page.getByTestId('intake-error')).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});
