// A fee collected before processing (thu trước) at 1366x768: the intake result offers "Thu phí
// ngay" with the same Thu phí dialog; "Chuyển xử lý" of a dossier whose fee is still unpaid names
// that fee and asks to confirm; a paid one hands off as before. Thu phí shows the whole dossier
// code. After each step: the figures shown, no console error, no failed request.
import type { Page } from '@playwright/test';
import { test, expect, type DeskHost } from './fixtures';
import { api, login, receiveCertifiedCopy } from './desk-api';
import { closePaperAfterAction, openInQueue, signIn } from './desk-steps';
import { watchPageProblems } from './page-problems';

test.use({ viewport: { width: 1366, height: 768 } });

/** Lê Thị Thu (canbo1), her cash session open with no float, signed in. */
async function officerAtCounter(page: Page, desk: DeskHost) {
  const admin = await login(desk);
  await api(desk, 'users.create', { username: 'canbo1', fullName: 'Lê Thị Thu', password: 'canbo1-mat-khau', role: 'officer' }, admin);
  const officer = await login(desk, 'canbo1', 'canbo1-mat-khau');
  await api(desk, 'cash.open', { float: 0 }, officer);
  await signIn(page, 'canbo1', 'canbo1-mat-khau');
  return officer;
}

/** At Tiếp nhận: a certified copy of 5 pages in 2 copies (14.000 đ, thu trước), saved with Ctrl+Enter; its code. */
async function receiveAtCounter(page: Page): Promise<string> {
  await page.goto('/#/intake');
  await page.getByLabel('Họ và tên', { exact: true }).fill('Nguyễn Thị Hoa');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Số 12 đường Lê Lợi, Phường Tập Huấn');
  const picker = page.getByLabel('Thủ tục', { exact: true });
  await picker.click();
  await picker.fill('2.000815');
  await expect(page.getByRole('option', { name: '2.000815 · Chứng thực bản sao từ bản chính giấy tờ, văn bản', exact: true })).toBeAttached();
  await page.keyboard.press('Enter');
  const boxes = page.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.getByLabel('Số trang', { exact: true }).fill('5');
  await page.getByLabel('Số bản', { exact: true }).fill('2');
  await expect(page.getByTestId('intake-preview-fee')).toHaveText('14.000 đ');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-result')).toBeVisible();
  return (await page.getByTestId('intake-code').textContent())!.trim();
}

test('right after intake, "Thu phí ngay" collects a fee due before processing, with the change and the receipt', async ({ page, desk }, testInfo) => {
  await officerAtCounter(page, desk);
  const problems = watchPageProblems(page);
  const code = await receiveAtCounter(page);

  const due = page.getByTestId('intake-fee-due');
  await expect(due).toContainText('Thu phí trước khi giải quyết: 14.000 đ chưa thu (Lệ phí chứng thực bản sao từ bản chính).');
  await page.waitForTimeout(300);
  await testInfo.attach('intake-fee-due', { body: await page.screenshot({ path: testInfo.outputPath('intake-fee-due.png') }), contentType: 'image/png' });
  await due.getByRole('button', { name: 'Thu phí ngay' }).click();

  const collect = page.getByRole('dialog', { name: `Thu phí hồ sơ ${code}` });
  await expect(collect.getByTestId('collect-due')).toHaveText('14.000 đ');
  await expect(collect.getByLabel('Tiền khách đưa')).toBeFocused();
  await page.keyboard.type('20000');
  await expect(collect.getByTestId('collect-change')).toHaveText('6.000 đ');
  await page.keyboard.press('Enter');
  const done = page.getByTestId('collect-result');
  await expect(done).toContainText('14.000 đ');
  await expect(done).toContainText('6.000 đ');
  await expect(done).toContainText('Số 0000001');
  await done.getByRole('button', { name: 'Đóng' }).click();

  await expect(page.getByTestId('intake-fee-paid')).toHaveText('Đã thu 14.000 đ phí, lệ phí · biên lai Mẫu số 01BLP0-001 · Ký hiệu AA-26P · Số 0000001.');
  await expect(due).toHaveCount(0);
  await expect(page.locator('.ant-alert-error')).toHaveCount(0);
  // The cash screen agrees: nothing left to collect, one receipt of 14.000 đ.
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('cash-collected')).toHaveText('14.000 đ');
  await expect(page.getByTestId('unpaid-row')).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});

test('Chuyển xử lý names a fee due before processing that is still unpaid; Thu phí shows the whole dossier code', async ({ page, desk }, testInfo) => {
  const officer = await officerAtCounter(page, desk);
  const unpaid = await receiveCertifiedCopy(desk, officer, 'Trần Văn Bình');
  const paid = await receiveCertifiedCopy(desk, officer, 'Hoàng Thị Lan', 1, 1);
  await api(desk, 'payments.collect', { dossierId: paid.id }, officer);
  const problems = watchPageProblems(page);

  // Thu phí: the unpaid dossier's code whole, daily number included, inside its cell.
  await page.keyboard.press('Alt+3');
  const row = page.locator(`[data-testid="unpaid-row"][data-dossier-id="${unpaid.id}"]`);
  const code = row.locator('.cash-code');
  await expect(code).toHaveText(unpaid.code);
  const codeBox = (await code.boundingBox())!;
  const cellBox = (await row.locator('td').first().boundingBox())!;
  expect(codeBox.x + codeBox.width).toBeLessThanOrEqual(cellBox.x + cellBox.width);
  expect(codeBox.height).toBeLessThan(24); // one line at 1366 px
  // Today's receipts too.
  const receiptCode = page.locator('[data-testid="payment-row"] .cash-code-whole');
  await expect(receiptCode).toHaveText(paid.code);
  expect((await receiptCode.boundingBox())!.height).toBeLessThan(24);
  await testInfo.attach('unpaid-codes', { body: await page.screenshot({ path: testInfo.outputPath('unpaid-codes.png') }), contentType: 'image/png' });

  // Unpaid: the dialog names the fee, and the officer may still hand it off.
  const detail = await openInQueue(page, unpaid.code);
  await detail.getByRole('button', { name: 'Chuyển xử lý', exact: true }).click();
  const dialog = page.getByTestId('action-dialog');
  const warning = dialog.getByTestId('handoff-fee-unpaid');
  await expect(warning).toContainText('Hồ sơ chưa thu 14.000 đ phí, lệ phí thu trước khi giải quyết.');
  await expect(warning).toContainText('Lệ phí chứng thực bản sao từ bản chính: 14.000 đ');
  await expect(dialog.getByRole('button', { name: 'Xác nhận' })).toHaveCount(0);
  await page.waitForTimeout(300);
  await testInfo.attach('handoff-warning', { body: await page.screenshot({ path: testInfo.outputPath('handoff-warning.png') }), contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Vẫn chuyển xử lý' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail).toHaveAttribute('data-status', '4');
  await closePaperAfterAction(page, 'In phiếu kiểm soát (Mẫu 06)');
  await page.getByRole('button', { name: 'Đóng chi tiết hồ sơ' }).click();
  await expect(detail).toBeHidden();

  // Paid: no warning, the usual confirmation.
  const paidDetail = await openInQueue(page, paid.code);
  await paidDetail.getByRole('button', { name: 'Chuyển xử lý', exact: true }).click();
  const paidDialog = page.getByTestId('action-dialog');
  await expect(paidDialog.getByRole('button', { name: 'Xác nhận' })).toBeVisible();
  await expect(paidDialog.getByTestId('handoff-fee-unpaid')).toHaveCount(0);
  await paidDialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(paidDetail).toHaveAttribute('data-status', '4');
  await closePaperAfterAction(page, 'In phiếu kiểm soát (Mẫu 06)');
  await expect(page.locator('.ant-alert-error')).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});

test('with no cash session open, the intake result says so and "Sang màn hình Thu phí" leads to opening one and collecting', async ({ page, desk }, testInfo) => {
  const admin = await login(desk);
  await api(desk, 'users.create', { username: 'canbo2', fullName: 'Đỗ Văn Nam', password: 'canbo2-mat-khau', role: 'officer' }, admin);
  await signIn(page, 'canbo2', 'canbo2-mat-khau');
  const problems = watchPageProblems(page);
  const code = await receiveAtCounter(page);

  // No session: the notice says what to do, and offers the way there instead of "Thu phí ngay".
  const due = page.getByTestId('intake-fee-due');
  await expect(due).toContainText('Thu phí trước khi giải quyết: 14.000 đ chưa thu (Lệ phí chứng thực bản sao từ bản chính).');
  await expect(due).toContainText('Chưa mở ca thu tiền: mở ca ở màn hình Thu phí rồi thu phí hồ sơ này.');
  await expect(due.getByRole('button', { name: 'Thu phí ngay' })).toHaveCount(0);
  await page.waitForTimeout(300);
  await testInfo.attach('intake-no-session', { body: await page.screenshot({ path: testInfo.outputPath('intake-no-session.png') }), contentType: 'image/png' });
  await due.getByRole('button', { name: 'Sang màn hình Thu phí' }).click();

  // Thu phí: closed, the dossier waiting among the unpaid fees; open the session, then collect it.
  await expect(page).toHaveURL(/#\/cash$/);
  const session = page.getByTestId('cash-session');
  await expect(session).toHaveAttribute('data-state', 'closed');
  await expect(page.getByText('Mở ca thu tiền trước khi thu phí.')).toBeVisible();
  const row = page.locator('[data-testid="unpaid-row"]', { hasText: code });
  await expect(row).toContainText('14.000 đ');
  await page.getByLabel('Tiền đầu ca').fill('50000');
  await page.getByRole('button', { name: 'Mở ca thu tiền' }).click();
  await expect(session).toHaveAttribute('data-state', 'open');
  await expect(page.getByTestId('cash-expected')).toHaveText('50.000 đ');
  await row.click();
  await page.keyboard.press('Enter');
  const collect = page.getByRole('dialog', { name: `Thu phí hồ sơ ${code}` });
  await expect(collect.getByTestId('collect-due')).toHaveText('14.000 đ');
  await collect.getByLabel('Tiền khách đưa').fill('14000');
  await expect(collect.getByTestId('collect-change')).toHaveText('0 đ');
  await page.keyboard.press('Enter');
  const done = page.getByTestId('collect-result');
  await expect(done).toContainText('Số 0000001');
  await done.getByRole('button', { name: 'Đóng' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('cash-expected')).toHaveText('64.000 đ');
  await expect(page.locator('.ant-alert-error')).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});
