// Đóng ca at 1366x768 as an officer meets it: a slip onto the wrong note is shown note by note and
// Ctrl+Enter does not close; a real shortage needs its reason and the supervisor's approval at the
// counter; a shortage within the admin's threshold closes on the reason alone. The report and its
// Excel name the officer by full name. After each step: the figures shown, no unexpected red
// message, no console error, no failed request.
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type DeskHost } from './fixtures';
import { api, login, receiveCertifiedCopy } from './desk-api';
import { signIn } from './desk-steps';
import { watchPageProblems } from './page-problems';

test.use({ viewport: { width: 1366, height: 768 } });
// Several sign-ins and first-password changes at scrypt N = 2^17 per test.
test.describe.configure({ timeout: 90_000 });

/** Lê Thị Thu (canbo1) with 14.000 đ collected on a float of 0, signed in on Thu phí; giamsat is a supervisor. */
async function drawerOf14000(page: Page, desk: DeskHost) {
  const admin = await login(desk);
  await api(desk, 'users.create', { username: 'canbo1', fullName: 'Lê Thị Thu', password: 'canbo1-mat-khau', role: 'officer' }, admin);
  await api(desk, 'users.create', { username: 'giamsat', fullName: 'Phạm Văn Giám', password: 'giamsat-mat-khau', role: 'supervisor' }, admin);
  await login(desk, 'giamsat', 'giamsat-mat-khau'); // the supervisor's first sign-in: an approver must have chosen a password
  const officer = await login(desk, 'canbo1', 'canbo1-mat-khau');
  const dossier = await receiveCertifiedCopy(desk, officer, 'Nguyễn Thị Hoa');
  await api(desk, 'cash.open', { float: 0 }, officer);
  await api(desk, 'payments.collect', { dossierId: dossier.id }, officer);
  await signIn(page, 'canbo1', 'canbo1-mat-khau');
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('cash-expected')).toHaveText('14.000 đ');
  return { admin, officer, dossier };
}

async function openClose(page: Page): Promise<Locator> {
  await page.getByTestId('cash-session').getByRole('button', { name: 'Đóng ca' }).click();
  const close = page.getByRole('dialog', { name: 'Đóng ca thu tiền' });
  await expect(close.getByLabel('500.000 đ')).toBeFocused();
  return close;
}

/** Types counts from the first denomination on, moving with Enter as the officer does ('' skips a note). */
async function countByKeyboard(page: Page, counts: string[]) {
  for (const n of counts) {
    if (n) await page.keyboard.type(n);
    await page.keyboard.press('Enter');
  }
}

/** Each review row as "mệnh giá | số tờ | thành tiền". */
async function breakdown(close: Locator): Promise<string[]> {
  const rows = await close.getByTestId('cash-breakdown-row').allInnerTexts();
  return rows.map((row) => row.split('\t').map((cell) => cell.trim()).join(' | '));
}

async function expectInView(locator: Locator) {
  const box = (await locator.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

test('a slip onto the wrong note is shown note by note, Ctrl+Enter does not close, and "Đếm lại" fixes it', async ({ page, desk }, testInfo) => {
  const { officer } = await drawerOf14000(page, desk);
  const problems = watchPageProblems(page);
  const close = await openClose(page);

  // 1 × 10.000, then one Enter too many: the two 2.000 đ notes land on 1.000 đ.
  await countByKeyboard(page, ['', '', '', '', '', '1', '', '', '2']);
  await expect(close.getByTestId('cash-counted')).toHaveText('12.000 đ');
  await expect(close.getByTestId('cash-difference')).toHaveText('−2.000 đ (thiếu)');
  await close.getByLabel('Ghi chú bàn giao').fill('Bàn giao đủ tiền mặt.');
  await page.keyboard.press('Control+Enter');

  // Not closed: the review shows what was counted per note against the expected total.
  const review = close.getByTestId('cash-close-review');
  await expect(review).toBeVisible();
  expect(await breakdown(close)).toEqual(['10.000 đ | 1 | 10.000 đ', '1.000 đ | 2 | 2.000 đ']);
  await expect(close.getByTestId('review-counted')).toHaveText('12.000 đ');
  await expect(close.getByTestId('review-expected')).toHaveText('14.000 đ');
  await expect(close.getByTestId('review-difference')).toHaveText('−2.000 đ (thiếu)');
  await expect(review).toContainText('Tiền đếm được thiếu 2.000 đ so với tiền mặt phải có.');
  await expect(close.getByTestId('cash-close-approval')).toBeVisible(); // threshold 0 đ: any shortage
  await expect(close.getByLabel('Lý do chênh lệch (bắt buộc)')).toBeFocused();
  await expect(close.getByLabel('Lý do chênh lệch (bắt buộc)')).toHaveValue('Bàn giao đủ tiền mặt.');
  const confirm = close.getByRole('button', { name: 'Duyệt và đóng ca (thiếu 2.000 đ)' });
  await expectInView(confirm);
  await page.waitForTimeout(300); // the modal's animation
  await testInfo.attach('close-review', { body: await page.screenshot({ path: testInfo.outputPath('close-review.png') }), contentType: 'image/png' });
  // A second Ctrl+Enter, held or not, closes nothing either.
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Control+Enter');
  await expect(review).toBeVisible();
  expect(await api(desk, 'cash.current', undefined, officer)).not.toBeNull();

  // Đếm lại: the counts are kept; the officer moves the 2 onto 2.000 đ.
  await close.getByRole('button', { name: 'Đếm lại' }).click();
  await expect(close.getByLabel('1.000 đ', { exact: true })).toHaveValue('2');
  await close.getByLabel('1.000 đ', { exact: true }).fill('');
  await close.getByLabel('2.000 đ', { exact: true }).fill('2');
  await expect(close.getByTestId('cash-difference')).toHaveText('0 đ (khớp)');
  await close.getByRole('button', { name: 'Đóng ca', exact: true }).click();
  await expect(page.getByTestId('cash-close-result')).toContainText('chênh lệch 0 đ (khớp)');
  await expect(page.getByTestId('cash-session')).toHaveAttribute('data-state', 'closed');
  await expect(page.locator('.ant-alert-error')).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});

test('a real shortage needs its reason and a supervisor at the counter; the report and its Excel name the officer in full', async ({ page, desk }, testInfo) => {
  const { admin } = await drawerOf14000(page, desk);
  const problems = watchPageProblems(page);
  const close = await openClose(page);
  await close.getByLabel('10.000 đ', { exact: true }).fill('1');
  await expect(close.getByTestId('cash-difference')).toHaveText('−4.000 đ (thiếu)');
  await close.getByRole('button', { name: 'Xem lại chênh lệch' }).click();
  expect(await breakdown(close)).toEqual(['10.000 đ | 1 | 10.000 đ']);

  // Without a reason or the approval nothing is sent; each field says what it needs.
  const confirm = close.getByRole('button', { name: 'Duyệt và đóng ca (thiếu 4.000 đ)' });
  await confirm.click();
  await expect(close.getByText('Lý do chênh lệch: bắt buộc nhập.')).toBeVisible();
  await expect(close.getByText('Mật khẩu của lãnh đạo: bắt buộc nhập.')).toBeVisible();
  expect(problems.list()).toEqual([]);

  // With the default threshold of 0 the hint says a shortage needs a supervisor, not "more than 0 đ".
  await expect(close.getByText('Thiếu tiền: cần lãnh đạo bộ phận (không phải người đóng ca) nhập tài khoản của mình.')).toBeVisible();
  await close.getByLabel('Lý do chênh lệch (bắt buộc)').fill('Trả thừa tiền cho khách lúc 10 giờ.');
  await close.getByLabel('Tên đăng nhập').fill('giamsat');
  await close.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await confirm.click();
  await expect(close.getByText('Tài khoản hoặc mật khẩu người duyệt không đúng.')).toBeVisible();
  await expect(close.getByLabel('Mật khẩu')).toHaveValue('');
  problems.clear(); // the refused password is a 403 the officer was meant to see

  await close.getByLabel('Mật khẩu').fill('giamsat-mat-khau');
  await page.waitForTimeout(300);
  await testInfo.attach('close-approval', { body: await page.screenshot({ path: testInfo.outputPath('close-approval.png') }), contentType: 'image/png' });
  await confirm.click();
  const result = page.getByTestId('cash-close-result');
  await expect(result).toContainText('tiền mặt phải có 14.000 đ, đếm được 10.000 đ, chênh lệch −4.000 đ (thiếu), lãnh đạo duyệt: Phạm Văn Giám.'); // the full name, not the username
  await expect(page.getByTestId('cash-session')).toHaveAttribute('data-state', 'closed');
  expect(problems.list()).toEqual([]);

  const report = await api<{ sessions: Array<Record<string, unknown>> }>(desk, 'cash.report', { date: today() }, admin);
  expect(report.sessions).toEqual([expect.objectContaining({ difference: -4_000, note: 'Trả thừa tiền cho khách lúc 10 giờ.', approvedBy: 'giamsat' })]);

  // The day report on the screen and its Excel: the officer's full name, not "canbo1".
  const panel = page.getByTestId('cash-report');
  await expect(panel.locator('tbody tr').first()).toContainText('Lê Thị Thu');
  await expect(panel).not.toContainText('canbo1');
  await expect(panel).toContainText('Cán bộ thu: Lê Thị Thu');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Xuất Excel' }).click()]);
  const xlsx = testInfo.outputPath(path.basename(download.suggestedFilename()));
  await download.saveAs(xlsx);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  expect((book.getWorksheet('Tổng hợp')!.getRow(4).values as unknown[]).slice(1, 4)).toEqual(['Lê Thị Thu', 1, 1]);
  expect(String(book.getWorksheet('Tổng hợp')!.getCell(2, 1).value)).toContain('Cán bộ thu: Lê Thị Thu.');
  expect((book.getWorksheet('Biên lai')!.getRow(4).values as unknown[])[7]).toBe('Lê Thị Thu');
  const session = (book.getWorksheet('Ca thu tiền')!.getRow(4).values as unknown[]).slice(1);
  expect([session[1], session[10], session[11], session[12]]).toEqual(['Lê Thị Thu', -4_000, 'Phạm Văn Giám', 'Trả thừa tiền cho khách lúc 10 giờ.']);
  expect(problems.list()).toEqual([]);
});

test('the admin sets the shortage a close may have without a supervisor; within it the reason alone closes', async ({ page, desk, browser }, testInfo) => {
  // The administrator, in Cài đặt → Biên lai thu phí.
  await signIn(page, desk.admin.username, desk.admin.password);
  const problems = watchPageProblems(page);
  await page.keyboard.press('Alt+5');
  const card = page.getByTestId('receipt-settings');
  const threshold = card.getByLabel('Thiếu tiền khi đóng ca: quá mức này cần lãnh đạo duyệt');
  await expect(threshold).toHaveValue('0');
  await threshold.fill('5000');
  await expect(threshold).toHaveValue('5.000');
  await card.getByRole('button', { name: 'Lưu thiết lập biên lai' }).click();
  await expect(page.getByText('Đã lưu thiết lập biên lai.')).toBeVisible();
  expect(problems.list()).toEqual([]);

  // The officer, at their own counter.
  const counter = await (await browser.newContext({ baseURL: desk.url, viewport: { width: 1366, height: 768 } })).newPage();
  await drawerOf14000(counter, desk);
  const officerProblems = watchPageProblems(counter);
  const close = await openClose(counter);
  await close.getByLabel('10.000 đ', { exact: true }).fill('1');
  await counter.keyboard.press('Control+Enter');
  await expect(close.getByTestId('review-difference')).toHaveText('−4.000 đ (thiếu)');
  await expect(close.getByTestId('cash-close-approval')).toHaveCount(0);
  await close.getByLabel('Lý do chênh lệch (bắt buộc)').fill('Thiếu 4.000 đ, cán bộ nộp bù.');
  await counter.waitForTimeout(300);
  await testInfo.attach('close-within-threshold', { body: await counter.screenshot({ path: testInfo.outputPath('close-within-threshold.png') }), contentType: 'image/png' });
  await close.getByRole('button', { name: 'Xác nhận thiếu 4.000 đ và đóng ca' }).click();
  await expect(counter.getByTestId('cash-close-result')).toContainText('chênh lệch −4.000 đ (thiếu).');
  await expect(counter.getByTestId('cash-close-result')).not.toContainText('lãnh đạo duyệt');
  expect(officerProblems.list()).toEqual([]);
  await counter.context().close();
});
