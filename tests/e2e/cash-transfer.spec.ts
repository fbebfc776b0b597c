// Paying by VietQR transfer in Chromium: without the agency's account the collect dialog offers
// cash only; the admin sets the account in Cài đặt → Biên lai; the dialog then offers the choice,
// shows the QR code of the unpaid fee with its amount and the dossier code, asks for the transfer's
// reference, and the transfer stays out of the drawer. The supervisor then reconciles the day's
// transfers with the bank's statement file on the same screen.
import { test, expect } from './fixtures';
import { api, login, receiveCertifiedCopy } from './desk-api';
import { signInAsAdmin } from './desk-steps';
import { watchPageProblems } from './page-problems';

test('a fee is paid by VietQR transfer from the collect dialog and stays out of the cash drawer', async ({ page, desk }) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Trần Thị Mai');
  await api(desk, 'cash.open', { float: 100_000 }, token);
  await signInAsAdmin(page, desk);

  // No account yet: cash only.
  await page.goto('/#/cash');
  const row = page.locator(`[data-testid="unpaid-row"][data-dossier-id="${dossier.id}"]`);
  await expect(row).toContainText('14.000 đ');
  await row.click();
  await page.keyboard.press('Enter');
  let collect = page.getByRole('dialog', { name: `Thu phí hồ sơ ${dossier.code}` });
  await expect(collect.getByTestId('collect-due')).toHaveText('14.000 đ');
  await expect(collect.getByLabel('Tiền khách đưa')).toBeVisible();
  await expect(collect.getByText('Chuyển khoản (VietQR)')).toHaveCount(0);
  await collect.getByRole('button', { name: 'Hủy bỏ' }).click();

  // Cài đặt → Biên lai: the agency's account.
  await page.goto('/#/settings');
  const settings = page.getByTestId('receipt-settings');
  await settings.getByLabel('Mã BIN ngân hàng (6 số)').fill('970436');
  await settings.getByLabel('Số tài khoản').fill('0451000123456');
  await settings.getByLabel('Tên tài khoản').fill('UBND PHUONG TAP HUAN');
  await settings.getByRole('button', { name: 'Lưu thiết lập biên lai' }).click();
  await expect(page.getByText('Đã lưu thiết lập biên lai.')).toBeVisible();

  await page.goto('/#/cash');
  await row.click();
  await page.keyboard.press('Enter');
  collect = page.getByRole('dialog', { name: `Thu phí hồ sơ ${dossier.code}` });
  await collect.getByText('Chuyển khoản (VietQR)').click();
  const qr = collect.getByTestId('transfer-qr');
  await expect(qr.getByRole('img')).toBeVisible();
  await expect(qr.getByTestId('transfer-amount')).toHaveText('14.000 đ');
  await expect(qr.getByTestId('transfer-memo')).toHaveText(dossier.code);
  await expect(qr.getByTestId('transfer-account')).toHaveText('UBND PHUONG TAP HUAN · 0451000123456 · BIN 970436');
  const expected = await api<{ payload: string }>(desk, 'payments.vietqr', { dossierId: dossier.id }, token);
  await expect(qr).toHaveAttribute('data-payload', expected.payload);
  expect(expected.payload).toContain(`0825${dossier.code}`);
  // The image is a real, large QR code (not a placeholder): at least 300 px on screen, its pixels drawn.
  // The dialog opens with a zoom, so the on-screen size is read once the animation has ended.
  const image = qr.getByRole('img');
  await expect.poll(async () => (await image.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(300);
  expect(await image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThanOrEqual(300);
  await expect(collect.getByLabel('Tiền khách đưa')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/cash-transfer-qr.png' });

  // Confirming without the reference is refused on screen; with it, the payment is a transfer.
  await collect.getByRole('button', { name: 'Xác nhận đã chuyển khoản (Enter)' }).click();
  await expect(collect.getByRole('alert')).toContainText('Mã giao dịch chuyển khoản: bắt buộc nhập');
  await collect.getByLabel('Mã giao dịch').fill('FT26338123456');
  await page.keyboard.press('Enter');
  const result = page.getByTestId('collect-result');
  await expect(result.getByTestId('collect-method')).toHaveText('Chuyển khoản, mã giao dịch FT26338123456');
  await page.screenshot({ path: 'test-results/cash-transfer-collected.png' });
  await result.getByRole('button', { name: 'Đóng' }).click();

  await expect(row).toHaveCount(0);
  await expect(page.getByTestId('cash-expected')).toHaveText('100.000 đ');
  await expect(page.getByTestId('cash-transfers')).toHaveText('14.000 đ');
});

test('the supervisor reconciles the bank statement on Thu phí: one line matches, one has another amount, one is unknown', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  await api(desk, 'cash.configure', { transferAccount: { bankBin: '970436', accountNumber: '0451000123456', accountName: 'UBND PHUONG TAP HUAN' } }, token);
  const first = await receiveCertifiedCopy(desk, token, 'Trần Thị Mai');
  const second = await receiveCertifiedCopy(desk, token, 'Lê Văn Hùng', 3, 1);
  await api(desk, 'cash.open', { float: 0 }, token);
  await api(desk, 'payments.collect', { dossierId: first.id, method: 'transfer', reference: 'FT26338000001' }, token);
  const secondPaid = await api<{ amount: number }>(desk, 'payments.collect', { dossierId: second.id, method: 'transfer', reference: 'FT26338000002' }, token);
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  const statement = [
    'Ngày giao dịch;Số tham chiếu;Số tiền ghi có;Diễn giải',
    `${today};FT26338000001;14.000;TRAN THI MAI CK ${first.code}`,
    `${today};FT26338000002;${secondPaid.amount + 1000};LE VAN HUNG CK ${second.code}`,
    `${today};FT26338000009;50.000;NGUYEN VAN X CHUYEN TIEN`,
    `${today};FT26338000010;-22.000;PHI SMS BANKING`,
  ].join('\r\n');

  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);
  await page.goto('/#/cash');
  const card = page.getByTestId('transfer-reconcile');
  await card.locator('input[type="file"]').setInputFiles({ name: 'sao-ke-vcb.csv', mimeType: 'text/csv', buffer: Buffer.from(statement, 'utf8') });
  const summary = card.getByTestId('reconcile-summary');
  await expect(summary).toContainText('Khớp 1 · không khớp 2 · chuyển khoản chưa có trên sao kê 1 · bỏ qua 1 dòng.');
  const wrong = card.getByTestId('reconcile-problems').locator('tbody tr', { hasText: 'LE VAN HUNG' });
  await expect(wrong).toContainText(`Sai số tiền: hồ sơ ${second.code} ghi ${secondPaid.amount.toLocaleString('vi-VN')} đ`);
  await expect(card.getByTestId('reconcile-problems').locator('tbody tr', { hasText: 'NGUYEN VAN X' })).toContainText('Không thấy hồ sơ nào trong ngày');
  await expect(card.getByTestId('reconcile-missing').locator('tbody tr')).toContainText(second.code);
  await expect(card.getByTestId('reconcile-matched').locator('tbody tr')).toContainText(first.code);
  await expect(card.getByTestId('reconcile-error')).toHaveCount(0);
  expect(problems.list()).toEqual([]);
  await card.scrollIntoViewIfNeeded();
  await testInfo.attach('reconcile', { body: await page.screenshot({ path: testInfo.outputPath('reconcile.png'), fullPage: true }), contentType: 'image/png' });

  // A file that is not a statement: said in red on the card, nothing else shown.
  await card.locator('input[type="file"]').setInputFiles({ name: 'danh-sach.csv', mimeType: 'text/csv', buffer: Buffer.from('Họ tên;Tuổi\r\nAn;30\r\n', 'utf8') });
  await expect(card.getByTestId('reconcile-error')).toContainText('Không tìm thấy dòng tiêu đề của sao kê');
  await expect(card.getByTestId('reconcile-summary')).toHaveCount(0);
  // The one problem on the page is that refusal, a 400 the card explains.
  expect(problems.list().length).toBeGreaterThan(0);
  for (const problem of problems.list()) expect(problem).toMatch(/payments\.readStatement|400/);
});
