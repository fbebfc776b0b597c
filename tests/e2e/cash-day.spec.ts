// The rest of a day at the cash drawer in Chromium: a refund approved by the supervisor at the
// counter prints its own phiếu chi; the day's report prints and exports to Excel with the same
// totals; closing while the portal is down needs the hand-over note; the 80 mm thermal receipt.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, type DeskHost } from './fixtures';
import { api, controlPortal, login, receiveCertifiedCopy } from './desk-api';
import { fakeAppBridge, printed, signIn, signInAsAdmin } from './desk-steps';
import { readPdf } from './pdf-text';

const OUT = 'test-results/cash-day';

test.use({ viewport: { width: 1366, height: 900 } });
// Several sign-ins and first-password changes at scrypt N = 2^17 per test.
test.describe.configure({ timeout: 90_000 });

/** The admin's token, and an officer and a supervisor account. */
async function staff(desk: DeskHost) {
  const admin = await login(desk);
  await api(desk, 'users.create', { username: 'canbo1', fullName: 'Lê Thị Thu', password: 'canbo1-mat-khau', role: 'officer' }, admin);
  await api(desk, 'users.create', { username: 'giamsat', fullName: 'Phạm Văn Giám', password: 'giamsat-mat-khau', role: 'supervisor' }, admin);
  await login(desk, 'giamsat', 'giamsat-mat-khau'); // the supervisor's first sign-in: an approver must have chosen a password
  const officer = await login(desk, 'canbo1', 'canbo1-mat-khau');
  return { admin, officer };
}

/** Opens a print route, waits until it is ready and saves it as a PDF on its own @page size. */
async function printRoute(page: Page, hash: string, name: string) {
  await page.goto('about:blank'); // a fresh load even when the same route was open: each print counts
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('print-ready')).toBeVisible();
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return readPdf(file);
}

test('a refund approved by the supervisor at the counter prints its own phiếu chi, and the day report prints and exports the same totals', async ({ page, desk }) => {
  const { officer } = await staff(desk);
  const dossier = await receiveCertifiedCopy(desk, officer, 'Nguyễn Thị Hoa');
  await api(desk, 'cash.open', { float: 100_000 }, officer);
  const paid = await api<{ paymentId: string; receipt: { number: number } }>(desk, 'payments.collect', { dossierId: dossier.id, tendered: 20_000 }, officer);
  await signIn(page, 'canbo1', 'canbo1-mat-khau');
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('cash-screen')).toBeVisible();

  // Hoàn tiền: 4.000 đ of the 14.000 đ, approved with the supervisor's own password typed at the counter.
  const row = page.locator(`[data-testid="payment-row"][data-number="${paid.receipt.number}"]`);
  await row.getByRole('button', { name: 'Hoàn tiền' }).click();
  const dialog = page.getByRole('dialog', { name: /^Hoàn tiền biên lai số/ });
  await dialog.getByLabel('Số tiền hoàn').fill('4000');
  await dialog.getByLabel('Lý do').fill('Chỉ chứng thực 3 trang');
  await dialog.getByLabel('Tên đăng nhập').fill('giamsat');
  await dialog.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await dialog.getByRole('button', { name: 'Duyệt và hoàn tiền' }).click();
  await expect(dialog.getByRole('alert')).toContainText('người duyệt không đúng');
  await dialog.getByLabel('Mật khẩu').fill('giamsat-mat-khau');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/refund-dialog.png` });
  await dialog.getByRole('button', { name: 'Duyệt và hoàn tiền' }).click();

  const done = page.getByTestId('movement-result');
  await expect(done).toContainText('4.000 đ');
  await expect(done).toContainText('Mẫu số PC');
  const movementId = (await done.getAttribute('data-movement-id'))!;
  const documentNumber = String(await done.getAttribute('data-number')).padStart(7, '0');
  await page.waitForTimeout(400); // the dialog's opening animation
  await page.screenshot({ path: `${OUT}/refund-done.png` });
  await done.getByRole('button', { name: 'Đóng' }).click();
  await expect(row).toContainText('Đã hoàn tiền');
  await expect(row).toContainText('đã hoàn 4.000 đ');
  await expect(page.getByTestId('cash-expected')).toHaveText('110.000 đ');

  // The day's report on the screen: 14.000 collected, 4.000 refunded, 10.000 net.
  const report = page.getByTestId('cash-report');
  await expect(report.getByTestId('report-net')).toHaveText('10.000 đ');
  await report.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/report-panel.png`, fullPage: true });

  // Xuất Excel: a download whose workbook has the same totals.
  const [download] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-thu-tien-\d{4}-\d{2}-\d{2}-canbo1\.xlsx$/);
  const xlsx = path.join(OUT, download.suggestedFilename());
  await download.saveAs(xlsx);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const totals = book.getWorksheet('Tổng hợp')!;
  expect((totals.getRow(3).values as unknown[]).slice(1)).toEqual([
    'Cán bộ thu', 'Quầy', 'Số biên lai', 'Đã thu (đồng)', 'Tiền mặt (đồng)', 'Chuyển khoản (đồng)', 'Hủy biên lai (đồng)', 'Hoàn tiền (đồng)', 'Thực thu (đồng)',
  ]);
  // The full name, not the username; the fee was paid in cash, none by transfer.
  expect((totals.getRow(4).values as unknown[]).slice(1)).toEqual(['Lê Thị Thu', 1, 1, 14_000, 14_000, 0, 0, -4_000, 10_000]);
  expect((book.getWorksheet('Hoàn tiền')!.getRow(4).values as unknown[]).slice(1, 5)).toEqual([1, 'PC', 'AA-26P', Number(documentNumber)]);

  // The refund's own document: phiếu chi with its number, the receipt it pays back, words and signatures.
  const slip = await printRoute(page, `#/print/cash-movement/${movementId}`, 'phieu-chi');
  await page.screenshot({ path: `${OUT}/phieu-chi.png`, fullPage: true });
  expect(slip.text).toContain('PHIẾU CHI');
  expect(slip.text).toContain(`Số: ${documentNumber}`);
  expect(slip.text).toContain(`số ${String(paid.receipt.number).padStart(7, '0')}`);
  expect(slip.text).toContain('Chỉ chứng thực 3 trang');
  expect(slip.text).toContain('4.000 đồng');
  expect(slip.text).toContain('Bốn nghìn đồng');
  expect(slip.text).toContain('NGƯỜI NHẬN TIỀN');
  expect(slip.text).toContain('Phạm Văn Giám');
  expect(slip.pages).toBe(1);

  // The printed report: A4 landscape with the same figures.
  const printed = await printRoute(page, `#/print/cash-report/${download.suggestedFilename().slice(17, 27)}`, 'bao-cao-thu-tien');
  await page.screenshot({ path: `${OUT}/report-print.png`, fullPage: true });
  expect(printed.text).toContain('BÁO CÁO THU TIỀN PHÍ, LỆ PHÍ');
  expect(printed.text).toContain('Cán bộ thu: Lê Thị Thu');
  expect(printed.text).not.toContain('canbo1');
  expect(printed.text).toMatch(/Tổng cộng 1 14\.000 0 -4\.000 10\.000/);
  expect(printed.text).toContain(dossier.code);
  expect(printed.text).toContain('Chỉ chứng thực 3 trang');
  expect(Math.round(printed.width)).toBe(842);
  expect(Math.round(printed.height)).toBe(595);
});

test('with payments the portal has not acknowledged, the session closes only with a hand-over note', async ({ page, desk }) => {
  const { officer } = await staff(desk);
  // The portal answers 503 to everything: nothing the counter collects is acknowledged.
  await controlPortal(desk, { faults: [{ kind: 'status-5xx' }] });
  const dossier = await receiveCertifiedCopy(desk, officer, 'Trần Văn Bình');
  await api(desk, 'cash.open', { float: 0 }, officer);
  await api(desk, 'payments.collect', { dossierId: dossier.id }, officer);
  await signIn(page, 'canbo1', 'canbo1-mat-khau');
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('cash-expected')).toHaveText('14.000 đ');

  await page.getByRole('button', { name: 'Đóng ca' }).click();
  const close = page.getByRole('dialog', { name: 'Đóng ca thu tiền' });
  await close.getByLabel('10.000 đ').fill('1');
  await close.getByLabel('2.000 đ', { exact: true }).fill('2');
  await expect(close.getByTestId('cash-difference')).toHaveText('0 đ (khớp)');
  await close.getByRole('button', { name: 'Đóng ca' }).click();
  const alert = close.getByRole('alert');
  await expect(alert).toContainText('cổng chưa xác nhận');
  await expect(alert).toContainText('ghi chú bàn giao');
  await expect(close.getByLabel('Ghi chú bàn giao')).toBeFocused();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/close-needs-note.png` });
  // Still open: nothing was closed by the refused attempt.
  expect(await api(desk, 'cash.current', undefined, officer)).not.toBeNull();

  await close.getByLabel('Ghi chú bàn giao').fill('Cổng không phản hồi; bàn giao 1 biên lai chưa đồng bộ, đủ tiền mặt.');
  await close.getByRole('button', { name: 'Đóng ca' }).click();
  await expect(page.getByTestId('cash-close-result')).toContainText('chênh lệch 0 đ (khớp)');
  await expect(page.getByTestId('cash-session')).toHaveAttribute('data-state', 'closed');
  const admin = await login(desk);
  const day = await api<{ sessions: Array<{ note: string | null; difference: number | null }> }>(
    desk,
    'cash.report',
    { date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()) },
    admin,
  );
  expect(day.sessions).toEqual([expect.objectContaining({ difference: 0, note: 'Cổng không phản hồi; bàn giao 1 biên lai chưa đồng bộ, đủ tiền mặt.' })]);
  await controlPortal(desk, { clearFaults: true });
});

test('on an 80 mm thermal roll the receipt is one narrow column, one or two liên as set, BẢN SAO on reprint and ĐÃ HỦY when void', async ({ page, desk }) => {
  const { admin, officer } = await staff(desk);
  // The administrator sets the counter's receipts in Cài đặt: an 80 mm roll, only Liên 2, the unit and its tax code.
  await signInAsAdmin(page, desk);
  await page.keyboard.press('Alt+5');
  const card = page.getByTestId('receipt-settings');
  await card.getByLabel('Cuộn nhiệt 80 mm').check();
  await card.getByLabel('Chỉ Liên 2').check();
  await card.getByLabel('Đơn vị thu tiền').fill('UBND Phường Tập Huấn');
  await card.getByLabel('Mã số thuế').fill('0101234567');
  await card.getByRole('button', { name: 'Lưu thiết lập biên lai' }).click();
  await expect(page.getByText('Đã lưu thiết lập biên lai.')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/receipt-settings.png`, fullPage: true });
  expect(await api(desk, 'cash.settings', undefined, admin)).toMatchObject({ paper: 'thermal-80mm', receiptCopies: 1, unitTaxCode: '0101234567' });

  const dossier = await receiveCertifiedCopy(desk, officer, 'Hoàng Thị Lan');
  await api(desk, 'cash.open', { float: 0 }, officer);
  const paid = await api<{ paymentId: string; receipt: { number: number } }>(desk, 'payments.collect', { dossierId: dossier.id }, officer);
  const number = String(paid.receipt.number).padStart(7, '0');

  const first = await printRoute(page, `#/print/cash-receipt/${paid.paymentId}`, 'thermal-lien-2');
  await expect(page.getByTestId('print-ready')).toHaveAttribute('data-paper', 'thermal-80mm');
  await page.setViewportSize({ width: 420, height: 900 });
  await page.screenshot({ path: `${OUT}/thermal-receipt.png`, fullPage: true });
  // 80 mm = 226.8 pt wide; one page: only Liên 2, the payer's.
  expect(Math.round(first.width)).toBe(227);
  expect(first.pages).toBe(1);
  expect(first.text).toContain('BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ');
  expect(first.text).toContain('Liên 2: Giao cho người nộp tiền');
  expect(first.text).not.toContain('Liên 1');
  expect(first.text).toContain(`Số: ${number}`);
  expect(first.text).toContain('Hoàng Thị Lan');
  expect(first.text).toContain('Chứng thực bản sao');
  expect(first.text).toContain('14.000 đồng');
  expect(first.text).toContain('Mười bốn nghìn đồng');
  expect(first.text).toContain('Lê Thị Thu');
  expect(first.text).toMatch(/Ngày \d{2} tháng \d{2} năm \d{4}/);
  expect(first.text).not.toContain('BẢN SAO');
  // The text is one column: the payer's and the collector's signatures are on separate lines.
  const layout = spawnSync('pdftotext', ['-layout', path.join(OUT, 'thermal-lien-2.pdf'), '-'], { encoding: 'utf8' }).stdout;
  expect(layout.split('\n').some((line) => line.includes('NGƯỜI NỘP TIỀN') && line.includes('NGƯỜI THU TIỀN'))).toBe(false);

  // Both liên as set; a second print is a copy.
  await api(desk, 'cash.configure', { receiptCopies: 2 }, admin);
  const copy = await printRoute(page, `#/print/cash-receipt/${paid.paymentId}`, 'thermal-ban-sao');
  expect(copy.pages).toBe(2);
  expect(copy.text).toContain('Liên 1: Lưu');
  expect(copy.text).toContain('Liên 2: Giao cho người nộp tiền');
  expect(copy.text).toContain('BẢN SAO');
  await page.screenshot({ path: `${OUT}/thermal-copy.png`, fullPage: true });

  // Voided: the reprint keeps the number and says ĐÃ HỦY.
  await api(desk, 'payments.void', { paymentId: paid.paymentId, reason: 'Thu nhầm', approval: { username: 'giamsat', password: 'giamsat-mat-khau' } }, officer);
  const voided = await printRoute(page, `#/print/cash-receipt/${paid.paymentId}`, 'thermal-void');
  // The stamp is rotated, so pdftotext breaks it up; the page itself shows it whole.
  await expect(page.getByText('ĐÃ HỦY').first()).toBeVisible();
  expect(voided.text).toMatch(/ĐÃ/);
  expect(voided.text).toContain(`Số: ${number}`);
  await page.screenshot({ path: `${OUT}/thermal-void.png`, fullPage: true });
});

test('in the app, cash receipts and the day report go to desk.print on their own page size, not the forms’ A4/A5', async ({ page, desk }) => {
  // The app's preload, faked: calls go to this test's host; what is printed is recorded.
  await fakeAppBridge(page, { paper: 'A5' });
  const { officer } = await staff(desk);
  const dossier = await receiveCertifiedCopy(desk, officer, 'Đinh Văn Phúc');
  await api(desk, 'cash.open', { float: 0 }, officer);
  const paid = await api<{ receipt: { number: number } }>(desk, 'payments.collect', { dossierId: dossier.id }, officer);
  await signIn(page, 'canbo1', 'canbo1-mat-khau');
  await page.keyboard.press('Alt+3');
  await page.locator(`[data-testid="payment-row"][data-number="${paid.receipt.number}"]`).getByRole('button', { name: 'In lại' }).click();
  await expect.poll(() => printed(page)).toEqual([{ target: 'printer', silent: false, deviceName: '', paper: 'css' }]);
  await page.getByTestId('cash-report').getByRole('button', { name: 'In báo cáo' }).click();
  await expect.poll(() => printed(page)).toHaveLength(2);
  expect((await printed(page))[1]).toMatchObject({ paper: 'css' });
});
