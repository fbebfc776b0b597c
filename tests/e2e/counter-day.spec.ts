// The counter's day in Chromium: a scanner types a CCCD QR, the officer picks the procedure,
// ticks the components and saves; the receipt shows the code and return time; the dossier is
// found by a folded name, goes through supplement, back office and hand-over from the queue.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { scanWithScanner } from './barcode-scanner';
import { doAction, pickBirthRegistration, signIn } from './desk-steps';

const QR = '012090001234|123456789|Nguyễn Văn Đức|15031990|Nam|Bản Lang, Phường Tân Phong, Lai Châu|01012021';

async function openIntake(page: Page) {
  await page.goto('/#/intake');
  await expect(page.getByTestId('intake-screen')).toBeVisible();
}

test('a whole intake with a scanner, then the dossier through its life from the queue', async ({ page, desk }, testInfo) => {
  await signIn(page, desk.admin.username, desk.admin.password);
  await openIntake(page);
  const started = Date.now();

  // The scanner "types" the QR fast into whatever field has the focus, and ends with Enter.
  await page.getByLabel('Họ và tên', { exact: true }).click();
  await scanWithScanner(page, QR);
  await expect(page.getByTestId('intake-scan-notice')).toContainText('Đã đọc CCCD');
  await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue('Nguyễn Văn Đức');
  await expect(page.getByLabel('Số giấy tờ', { exact: true })).toHaveValue('012090001234');

  await pickBirthRegistration(page);
  // Saving with nothing ticked: refused with the list of what is missing. Ctrl+Enter saves even
  // with the procedure list open under the focus (the list must not take the key).
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(1);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-missing')).toBeVisible();
  await expect(page.getByTestId('intake-screen')).toContainText('1.001193 · Đăng ký khai sinh');

  const components = page.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
  const count = await components.count();
  for (let i = 0; i < count; i++) await components.nth(i).check();
  await page.keyboard.press('Control+Enter');
  const result = page.getByTestId('intake-result');
  await expect(result).toBeVisible();
  const seconds = (Date.now() - started) / 1000;
  testInfo.annotations.push({ type: 'intake-seconds', description: seconds.toFixed(1) });
  console.log(`intake with a scanner took ${seconds.toFixed(1)} s`);
  const code = (await page.getByTestId('intake-code').textContent())!.trim();
  expect(code).toMatch(/^000\.00\.00\.H56-\d{6}-5\d{3}$/);
  await expect(page.getByTestId('intake-due')).toContainText(/\d{1,2} giờ \d{2} phút, ngày \d{2}\/\d{2}\/\d{4}/);
  await testInfo.attach('intake-result', { body: await page.screenshot({ path: testInfo.outputPath('intake-result.png'), fullPage: true }), contentType: 'image/png' });

  // The receipt (Mẫu 01) shows the same code and return time.
  const [, hour, minute] = /(\d{1,2}) giờ (\d{2}) phút/.exec((await page.getByTestId('intake-due').textContent())!)!;
  const login = await page.request.post('/api/auth.login', { data: { username: desk.admin.username, password: desk.admin.password } });
  const token = (await login.json()).value.token as string;
  const found = await page.request.post('/api/dossiers.list', { headers: { authorization: `Bearer ${token}` }, data: { search: code } });
  const id = (await found.json()).value.items[0].id as string;
  await page.goto(`/#/print/receipt/${id}`);
  await expect(page.getByTestId('print-ready')).toBeVisible();
  await expect(page.locator('body')).toContainText(code);
  await expect(page.locator('body')).toContainText(`${hour} giờ ${minute} phút`);

  // The queue finds it by the folded name, "đ" included.
  await page.goto('/#/queue');
  await page.getByLabel('Tìm hồ sơ', { exact: true }).fill('nguyen van duc');
  await page.keyboard.press('Enter');
  const row = page.locator(`[data-testid="queue-row"][data-code="${code}"]`);
  await expect(row).toBeVisible();
  await row.dblclick();
  const detail = page.getByTestId('dossier-detail');
  await expect(detail).toHaveAttribute('data-status', '2');

  // An action not allowed now is not offered, and the server refuses it with a reason.
  await expect(detail.getByRole('button', { name: 'Trả kết quả', exact: true })).toHaveCount(0);

  await doAction(page, 'Yêu cầu bổ sung', { 'Lý do': 'Thiếu giấy chứng sinh', 'Giấy tờ cần bổ sung (mỗi giấy tờ một dòng)': 'Giấy chứng sinh' });
  await expect(detail).toHaveAttribute('data-status', '5');
  await doAction(page, 'Nhận bổ sung');
  await expect(detail).toHaveAttribute('data-status', '4');
  await doAction(page, 'Đánh dấu đã xử lý xong');
  await expect(detail).toHaveAttribute('data-status', '9');
  await doAction(page, 'Trả kết quả', { 'Họ và tên người nhận': 'Nguyễn Văn Đức' });
  await expect(detail).toHaveAttribute('data-status', '10');
  await testInfo.attach('queue-returned', { body: await page.screenshot({ path: testInfo.outputPath('queue-returned.png'), fullPage: true }), contentType: 'image/png' });
});

test('an action not allowed in the current status is refused with a message', async ({ page, desk }) => {
  await signIn(page, desk.admin.username, desk.admin.password);
  const login = await page.request.post('/api/auth.login', { data: { username: desk.admin.username, password: desk.admin.password } });
  const token = (await login.json()).value.token as string;
  const auth = { authorization: `Bearer ${token}` };
  const procedure = (await (await page.request.post('/api/catalog.get', { headers: auth, data: { code: '1.001193' } })).json()).value;
  const created = await page.request.post('/api/dossiers.create', {
    headers: auth,
    data: { procedureCode: '1.001193', applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components: procedure.components.map((c: { code: string }) => ({ code: c.code, originals: 1, copies: 0 })) },
  });
  const { id } = (await created.json()).value;
  const refused = await page.request.post('/api/dossiers.handOver', { headers: auth, data: { id, collectedBy: { fullName: 'Lò Thị Mai' } } });
  expect(refused.status()).toBe(409);
  const body = await refused.json();
  expect(body.error.code).toBe('INVALID_TRANSITION');
  expect(body.error.message).toMatch(/Không thể "Trả kết quả" khi hồ sơ đang ở trạng thái "Được tiếp nhận"/);
});

test('a save before the chosen procedure’s checklist has loaded waits for it, and the missing list then stays', async ({ page, desk }) => {
  await signIn(page, desk.admin.username, desk.admin.password);
  await openIntake(page);
  // A slow machine: the procedure's detail takes a while to arrive.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/catalog.get', async (route) => {
    await held;
    await route.continue();
  });
  const picker = page.getByLabel('Thủ tục', { exact: true });
  await picker.click();
  await picker.fill('dang ky khai sinh');
  await expect(page.getByRole('option', { name: '1.001193 · Đăng ký khai sinh', exact: true })).toBeAttached();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-screen')).toContainText('Đang tải danh mục giấy tờ của thủ tục: chờ giây lát rồi lưu lại.');

  release();
  await expect(page.getByRole('table', { name: 'Thành phần hồ sơ' })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('intake-missing')).toBeVisible();
  await page.waitForTimeout(500); // nothing that arrives later clears it
  await expect(page.getByTestId('intake-missing')).toBeVisible();
});
