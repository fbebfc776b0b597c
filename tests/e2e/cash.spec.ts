// A day at the cash drawer in Chromium: open a session with a float, collect a fee-bearing
// dossier with change, print its biên lai (read back from the PDF), close the session balanced.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { api, login, receiveCertifiedCopy } from './desk-api';
import { signInAsAdmin } from './desk-steps';
import { readPdf } from './pdf-text';

test('a fee is collected with change, its receipt prints in two copies and the session closes balanced', async ({ page, desk }) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Nguyễn Thị Hoa');
  await signInAsAdmin(page, desk);
  await page.keyboard.press('Alt+3');
  const screen = page.getByTestId('cash-screen');
  await expect(screen).toBeVisible();

  // Open the session with a float of 200.000 đ.
  const session = page.getByTestId('cash-session');
  await expect(session).toHaveAttribute('data-state', 'closed');
  await page.getByLabel('Tiền đầu ca').fill('200000');
  await page.getByRole('button', { name: 'Mở ca thu tiền' }).click();
  await expect(session).toHaveAttribute('data-state', 'open');
  await expect(page.getByTestId('cash-expected')).toHaveText('200.000 đ');

  // The unpaid fee is listed; Enter on the list opens the collection.
  const row = page.locator(`[data-testid="unpaid-row"][data-dossier-id="${dossier.id}"]`);
  await expect(row).toContainText(dossier.code);
  await expect(row).toContainText('14.000 đ');
  await page.screenshot({ path: 'test-results/cash-screen-unpaid.png', fullPage: true });
  await page.keyboard.press('Enter');
  const collect = page.getByRole('dialog', { name: `Thu phí hồ sơ ${dossier.code}` });
  await expect(collect.getByTestId('collect-due')).toHaveText('14.000 đ');
  await collect.getByLabel('Tiền khách đưa').fill('20000');
  await expect(collect.getByTestId('collect-change')).toHaveText('6.000 đ');
  await page.waitForTimeout(400); // the dialog's opening animation
  await page.screenshot({ path: 'test-results/cash-collect-dialog.png' });
  await page.keyboard.press('Enter');

  const result = page.getByTestId('collect-result');
  await expect(result).toBeVisible();
  const number = Number(await result.getAttribute('data-number'));
  const paymentId = (await result.getAttribute('data-payment-id'))!;
  const numberText = String(number).padStart(7, '0');
  await expect(result).toContainText(`Số ${numberText}`);
  await expect(result).toContainText('6.000 đ');
  await page.screenshot({ path: 'test-results/cash-collected.png' });
  await result.getByRole('button', { name: 'Đóng' }).click();

  await expect(row).toHaveCount(0);
  const paymentRow = page.locator(`[data-testid="payment-row"][data-number="${number}"]`);
  await expect(paymentRow).toContainText('Đã thu');
  await expect(paymentRow).toContainText(dossier.code);
  await expect(page.getByTestId('cash-expected')).toHaveText('214.000 đ');
  await page.screenshot({ path: 'test-results/cash-screen-collected.png', fullPage: true });

  // The receipt, alone on its route, as an A5 PDF.
  const receiptPage = page;
  await receiptPage.goto(`/#/print/cash-receipt/${paymentId}`);
  await expect(receiptPage.getByTestId('print-ready')).toBeVisible();
  const file = 'test-results/cash-receipt.pdf';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await receiptPage.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const { text, pages } = readPdf(file);
  expect(text).toContain('BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ');
  expect(text).toContain(`Số: ${numberText}`);
  expect(text).toContain('Liên 1: Lưu');
  expect(text).toContain('Liên 2: Giao cho người nộp tiền');
  expect(text).toContain('Nguyễn Thị Hoa');
  expect(text).toContain('14.000 đồng');
  expect(text).toContain('Mười bốn nghìn đồng');
  expect(text).toContain('Hình thức thanh toán: Tiền mặt');
  expect(text).not.toContain('BẢN SAO');
  expect(pages).toBe(2);
  // A second print of the same receipt is a copy.
  await receiptPage.reload();
  await expect(receiptPage.getByTestId('print-ready')).toBeVisible();
  await expect(receiptPage.getByText('BẢN SAO').first()).toBeVisible();
  await page.goto('/#/cash');
  await expect(page.getByTestId('cash-screen')).toBeVisible();

  // Close the session: 200.000 float + 14.000 collected = 1 × 200.000 + 1 × 10.000 + 2 × 2.000.
  await page.getByRole('button', { name: 'Đóng ca' }).click();
  const close = page.getByRole('dialog', { name: 'Đóng ca thu tiền' });
  await close.getByLabel('200.000 đ').fill('1');
  await close.getByLabel('10.000 đ').fill('1');
  await close.getByLabel('2.000 đ', { exact: true }).fill('2');
  await expect(close.getByTestId('cash-counted')).toHaveText('214.000 đ');
  await expect(close.getByTestId('cash-difference')).toHaveText('0 đ (khớp)');
  await page.screenshot({ path: 'test-results/cash-close-dialog.png' });
  await close.getByRole('button', { name: 'Đóng ca' }).click();
  // The payment has not reached the portal: the server asks for a hand-over note and the note takes the focus.
  const unsynced = close.getByRole('alert');
  if (await unsynced.isVisible().catch(() => false)) {
    await expect(unsynced).toContainText('ghi chú bàn giao');
    await expect(close.getByLabel('Ghi chú bàn giao')).toBeFocused();
    await close.getByLabel('Ghi chú bàn giao').fill('Biên lai chưa được cổng xác nhận; bàn giao đủ tiền mặt.');
    await close.getByRole('button', { name: 'Đóng ca' }).click();
  }
  await expect(page.getByTestId('cash-close-result')).toContainText('chênh lệch 0 đ (khớp)');
  await expect(session).toHaveAttribute('data-state', 'closed');
  await page.screenshot({ path: 'test-results/cash-closed.png', fullPage: true });
});

test('a receipt voided with a supervisor approval at the counter keeps its number and prints ĐÃ HỦY', async ({ page, desk }) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Trần Văn Bình');
  await api(desk, 'cash.open', { float: 0 }, token);
  const collected = await api<{ paymentId: string; receipt: { number: number } }>(desk, 'payments.collect', { dossierId: dossier.id }, token);
  await signInAsAdmin(page, desk);
  await page.keyboard.press('Alt+3');

  const row = page.locator(`[data-testid="payment-row"][data-number="${collected.receipt.number}"]`);
  await expect(row).toContainText('Đã thu');
  await row.getByRole('button', { name: 'Hủy biên lai' }).click();
  const dialog = page.getByRole('dialog', { name: /^Hủy biên lai số/ });
  await dialog.getByLabel('Lý do').fill('Thu nhầm hồ sơ');
  await dialog.getByLabel('Tên đăng nhập').fill(desk.admin.username);
  await dialog.getByLabel('Mật khẩu').fill(desk.admin.password);
  await dialog.getByRole('button', { name: 'Duyệt và hủy biên lai' }).click();
  await expect(row).toContainText('Đã hủy');
  await expect(page.getByTestId('cash-expected')).toHaveText('0 đ');

  await page.goto(`/#/print/cash-receipt/${collected.paymentId}`);
  await expect(page.getByTestId('print-ready')).toBeVisible();
  await expect(page.getByText('ĐÃ HỦY').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/cash-receipt-void.png', fullPage: true });
});
