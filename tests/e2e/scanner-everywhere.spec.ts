// The scanner at the counter, beyond the intake form: the QR on Mẫu 01 opens its dossier from
// anywhere in Hàng đợi, the recipient's ID card fills "Trả kết quả", a receipt scanned on
// Tiếp nhận says what it is; no scan is ever typed into a field or acts on the form.
import { test, expect } from './fixtures';
import { api, login, receiveDossier } from './desk-api';
import { scanWithScanner } from './barcode-scanner';
import { signIn } from './desk-steps';
import { watchPageProblems } from './page-problems';

const QR = '079185004321||Trần Thị Bích Ngọc|02071985|Nữ|Số 3 Lê Lợi, Phường Tập Huấn|10102022';

test.use({ viewport: { width: 1366, height: 768 } });

const scan = scanWithScanner;

test('a receipt QR scanned in Hàng đợi opens its dossier; the recipient’s card fills Trả kết quả', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const { dossier } = await receiveDossier(desk, token, { procedureCode: '1.001193', applicant: { fullName: 'Trần Văn Nam', address: 'Tổ 5, Phường Tập Huấn' } });
  await api(desk, 'dossiers.handOff', { id: dossier.id }, token);
  await api(desk, 'dossiers.markProcessed', { id: dossier.id }, token);
  const other = await receiveDossier(desk, token, { procedureCode: '1.001193', applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' } });

  const problems = watchPageProblems(page);
  await signIn(page, desk.admin.username, desk.admin.password);
  await page.goto('/#/queue');
  const search = page.getByLabel('Tìm hồ sơ', { exact: true });
  await expect(page.locator('[data-testid="queue-row"]')).toHaveCount(2);

  // With the cursor in the search box, a scanner reading Mẫu 01 of the first dossier (lower case
  // from a scanner set so) opens it; the search box keeps what it had.
  await search.fill('Mai');
  await search.click();
  await scan(page, dossier.code.toLowerCase());
  const detail = page.getByTestId('dossier-detail');
  await expect(detail).toHaveAttribute('data-code', dossier.code);
  await expect(search).toHaveValue('Mai');

  // Trả kết quả: the recipient's card fills name and number; the raw QR is nowhere.
  await detail.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Xác nhận' }) });
  const name = dialog.getByLabel('Họ và tên người nhận', { exact: true });
  await expect(name).toBeFocused();
  await scan(page, QR);
  await expect(name).toHaveValue('Trần Thị Bích Ngọc');
  await expect(dialog.getByLabel('Số giấy tờ', { exact: true })).toHaveValue('079185004321');
  await dialog.getByLabel('Quan hệ', { exact: true }).fill('vợ');
  await testInfo.attach('handover-scanned', { body: await page.screenshot({ path: testInfo.outputPath('handover-scanned.png') }), contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(detail).toHaveAttribute('data-status', '10');
  await expect(detail).toContainText('Người nhận kết quả: Trần Thị Bích Ngọc (vợ), số giấy tờ 079185004321');

  // A card scanned in the queue itself is not a dossier: said, nothing typed anywhere.
  await page.keyboard.press('Escape');
  await search.click();
  await scan(page, QR);
  await expect(page.getByTestId('queue-scan-notice')).toContainText('Mã vừa quét là thẻ căn cước, không phải mã hồ sơ.');
  await expect(search).toHaveValue('Mai');

  // The second dossier's receipt, scanned with the focus on the list, opens it.
  await page.locator('[data-testid="queue-row"]').first().click();
  await scan(page, other.dossier.code);
  await expect(detail).toHaveAttribute('data-code', other.dossier.code);
  expect(problems.list()).toEqual([]);
});

test('a receipt scanned on Tiếp nhận says it is a dossier and links to it; the form is untouched', async ({ page, desk }) => {
  const token = await login(desk);
  const { dossier } = await receiveDossier(desk, token, { procedureCode: '1.001193', applicant: { fullName: 'Trần Văn Nam', address: 'Tổ 5' } });
  const problems = watchPageProblems(page);
  await signIn(page, desk.admin.username, desk.admin.password);
  await page.goto('/#/intake');
  const fullName = page.getByLabel('Họ và tên', { exact: true });
  await fullName.fill('Nguyễn');
  await fullName.click();
  await scan(page, dossier.code);
  await expect(page.getByTestId('intake-scan-notice')).toContainText(`Mã vừa quét là mã hồ sơ ${dossier.code}, không phải thẻ căn cước.`);
  await expect(fullName).toHaveValue('Nguyễn');
  await page.getByRole('link', { name: 'Mở hồ sơ này trong Hàng đợi' }).click();
  await expect(page.getByTestId('dossier-detail')).toHaveAttribute('data-code', dossier.code);
  expect(problems.list()).toEqual([]);
});
