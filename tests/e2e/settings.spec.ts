// Cài đặt: the portal connection (saved, tested, refused where it cannot apply) and the printer
// choice. Against real hosts and a real training portal on loopback, in Chromium.
import type { Page, TestInfo } from '@playwright/test';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startTrainingPortal, type TrainingPortal } from '../../electron/training-portal/server';
import { test, expect, startHost, stopHost, ADMIN_PASSWORD } from './fixtures';
import { login, receiveDossier } from './desk-api';
import { fakeAppBridge, openInQueue, printed, signIn } from './desk-steps';

/** The page's globals as these tests use them (the test files are typed without the DOM library). */
type PageGlobals = { localStorage: { getItem(key: string): string | null } };

const PORTAL_USER = { username: 'quay-e2e', password: 'mat-khau-cong-e2e' };
const PROCEDURE = '1.001193';

/** Cài đặt on one of its tabs (`portal`: Kết nối cổng dịch vụ công); "Chung" when none is named. */
async function openSettings(page: Page, base = '', tab = ''): Promise<void> {
  await page.goto(`${base}/#/settings${tab ? `/${tab}` : ''}`);
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await testInfo.attach(name, { body: await page.screenshot({ path: file, fullPage: true }), contentType: 'image/png' });
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test.use({ viewport: { width: 1366, height: 900 } });

test('a training desk tests its training portal and refuses a real one in place', async ({ page, desk }, testInfo) => {
  await signIn(page, desk.admin.username, desk.admin.password);
  await openSettings(page, '', 'portal');
  const card = page.getByTestId('portal-settings');
  await expect(card).toContainText('Tập huấn');
  await expect(page.getByTestId('portal-save-note')).toContainText('--data-dir');
  await expect(card.getByRole('button', { name: 'Lưu thiết lập' })).toBeDisabled();

  // The form is empty: "Kiểm tra kết nối" checks the portal in use (the embedded training portal).
  await card.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
  const result = page.getByTestId('connection-test-result');
  await expect(result).toContainText('Kết nối cổng dịch vụ công thành công.');
  await expect(page.getByTestId('connection-clock-skew')).toContainText(/Lệch giờ: -?[01] giây/);

  // Typed settings are tested as typed, even here: a closed port is explained.
  const port = await closedPort();
  await card.getByLabel('Địa chỉ cổng').fill(`http://127.0.0.1:${port}/api`);
  await card.getByLabel('Tài khoản kết nối').fill('quay-1');
  await card.getByLabel('Mã định tuyến (dstcode)').fill('TINH');
  await card.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
  await expect(result).toContainText('Chưa có mật khẩu kết nối');
  await card.getByLabel('Mật khẩu kết nối').fill('mat-khau-thu');
  await card.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
  await expect(result).toContainText(`Không kết nối được tới http://127.0.0.1:${port}/api: không có máy chủ trả lời`);
  await shot(page, testInfo, 'settings-training');

  // The printer card in a browser (tab "Chung"): the browser's print dialog chooses the printer; the paper is kept here.
  await page.getByRole('tab', { name: 'Chung' }).click();
  const printer = page.getByTestId('printer-settings');
  await expect(page.getByTestId('browser-print-note')).toContainText('hộp thoại in');
  await printer.getByLabel('A5').check();
  await printer.getByRole('button', { name: 'Lưu thiết lập in' }).click();
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).localStorage.getItem('motcua.print.paper'))).toBe('A5');
});

test.describe('a production host', () => {
  let portal: TrainingPortal;
  let portalDir: string;
  test.beforeEach(async () => {
    portalDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-portal-'));
    portal = await startTrainingPortal({ port: 0, dataDir: portalDir, users: [PORTAL_USER], backOfficeDelayMs: null });
  });
  test.afterEach(async () => {
    await portal.close();
    fs.rmSync(portalDir, { recursive: true, force: true });
  });

  test('saves the portal settings, tests them, and starts with them again (password from the environment)', async ({ page }, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-prod-'));
    const flags = ['--agency-id', '000.00.00.H29', '--counter', '1', '--portal-url', portal.url, '--portal-user', PORTAL_USER.username, '--portal-password', PORTAL_USER.password, '--dstcode', 'E2E'];
    let host = await startHost(dataDir, ADMIN_PASSWORD, flags);
    try {
      await signIn(page, 'admin', ADMIN_PASSWORD, host.url);
      await openSettings(page, host.url, 'portal');
      const card = page.getByTestId('portal-settings');
      await expect(card).toContainText('Chính thức');
      await expect(card.getByLabel('Địa chỉ cổng')).toHaveValue(portal.url);
      await expect(card).toContainText('Máy chủ không lưu mật khẩu: mật khẩu lấy từ biến môi trường MOTCUA_PORTAL_PASSWORD');

      await card.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
      const result = page.getByTestId('connection-test-result');
      await expect(result).toContainText('Kết nối cổng dịch vụ công thành công.');
      await expect(page.getByTestId('connection-clock-skew')).toContainText('Lệch giờ');

      // Another account typed without a password never gets the kept one.
      await card.getByLabel('Tài khoản kết nối').fill('khong-co-tai-khoan');
      await card.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
      await expect(result).toContainText('mật khẩu đã lưu chỉ dùng cho đúng địa chỉ và tài khoản đã lưu');
      // A wrong account is refused by the portal, and said so.
      await card.getByLabel('Mật khẩu kết nối').fill('mat-khau-thu');
      await card.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
      await expect(result).toContainText('từ chối đăng nhập');
      await expect(result).toContainText('sai tên đăng nhập hoặc mật khẩu');
      await shot(page, testInfo, 'settings-wrong-account');

      // A bad address is refused by the form check, and a closed port explained.
      await card.getByLabel('Tài khoản kết nối').fill(PORTAL_USER.username);
      const port = await closedPort();
      await card.getByLabel('Địa chỉ cổng').fill(`http://127.0.0.1:${port}`);
      await card.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
      await expect(result).toContainText(`Không kết nối được tới http://127.0.0.1:${port}`);
      await card.getByLabel('Mật khẩu kết nối').fill('');

      // Save counter 3 with the real address: kept for the next start, no password anywhere.
      await card.getByLabel('Địa chỉ cổng').fill(portal.url);
      await card.getByLabel('Mã đơn vị').fill('000.00.00.H2x');
      await card.getByRole('button', { name: 'Lưu thiết lập' }).click();
      await expect(card).toContainText('Mã đơn vị: dạng mã định danh điện tử ddd.dd.dd.Hdd');
      await card.getByLabel('Mã đơn vị').fill('000.00.00.H29');
      await card.getByLabel('Số quầy').fill('3');
      // A production host started without a name never shows the training ward's.
      await expect(card.getByLabel('Tên cơ quan (in trên giấy tờ)')).toHaveValue(/Chưa đặt tên cơ quan/);
      await card.getByLabel('Tên cơ quan (in trên giấy tờ)').fill('UBND Phường Tân Phong');
      // The host never stores a password: saving one is refused, naming the variable.
      await card.getByLabel('Mật khẩu kết nối').fill('mat-khau-moi-123');
      await card.getByRole('button', { name: 'Lưu thiết lập' }).click();
      await expect(page.getByTestId('portal-save-error')).toContainText('hãy đặt biến môi trường MOTCUA_PORTAL_PASSWORD');
      expect(fs.existsSync(path.join(dataDir, 'portal-settings.json'))).toBe(false);
      await card.getByLabel('Mật khẩu kết nối').fill('');
      await card.getByRole('button', { name: 'Lưu thiết lập' }).click();
      await expect(page.getByTestId('portal-restart-notice')).toContainText('Khởi động lại máy chủ');
      await expect(card.getByRole('button', { name: 'Lưu thiết lập' })).toBeEnabled();
      await shot(page, testInfo, 'settings-production-saved');
      const saved = fs.readFileSync(path.join(dataDir, 'portal-settings.json'), 'utf8');
      expect(JSON.parse(saved)).toMatchObject({ url: portal.url, user: PORTAL_USER.username, dstcode: 'E2E', agencyId: '000.00.00.H29', agencyName: 'UBND Phường Tân Phong', counter: 3 });
      expect(saved).not.toContain(PORTAL_USER.password);
      // Nor in the host's log, the password typed for the refused save included.
      expect(host.log()).not.toContain(PORTAL_USER.password);
      expect(host.log()).not.toContain('mat-khau-moi-123');

      // Restart without the portal flags: the saved settings, the password from MOTCUA_PORTAL_PASSWORD.
      await page.goto('about:blank'); // the page's event stream ends before the host stops
      expect(await stopHost(host.child)).toBe(0);
      process.env.MOTCUA_PORTAL_PASSWORD = PORTAL_USER.password;
      try {
        host = await startHost(dataDir, null);
      } finally {
        delete process.env.MOTCUA_PORTAL_PASSWORD;
      }
      await signIn(page, 'admin', ADMIN_PASSWORD, host.url);
      await openSettings(page, host.url);
      await expect(page.getByTestId('workstation-info')).toContainText('000.00.00.H29');
      await expect(page.getByTestId('workstation-info')).toContainText(/Quầy số\s*3/);
      await expect(page.getByTestId('app-frame')).toContainText('UBND Phường Tân Phong');
      await page.getByRole('tab', { name: 'Kết nối cổng dịch vụ công' }).click();
      await expect(page).toHaveURL(/#\/settings\/portal$/);
      await expect(page.getByTestId('portal-restart-notice')).toHaveCount(0);
      // The saved settings as shown, with the password the host was started with.
      await expect(page.getByTestId('portal-settings').getByLabel('Địa chỉ cổng')).toHaveValue(portal.url);
      await page.getByTestId('portal-settings').getByRole('button', { name: 'Kiểm tra kết nối' }).click();
      await expect(page.getByTestId('connection-test-result')).toContainText('Kết nối cổng dịch vụ công thành công.');
      await shot(page, testInfo, 'settings-production-restarted');
    } finally {
      await stopHost(host.child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

test('in the app, the forms printer is chosen from the system list and used by desk.print', async ({ page, desk }, testInfo) => {
  // The app's preload, faked: calls go to this test's host; printers and print are recorded.
  await fakeAppBridge(page, {
    printers: [
      { name: 'Microsoft_Print_to_PDF', displayName: 'Microsoft Print to PDF', isDefault: true },
      { name: 'HP_LaserJet_M404_Quay2', displayName: 'HP LaserJet M404 (Quầy 2)', isDefault: false },
    ],
  });
  await signIn(page, desk.admin.username, desk.admin.password);
  await openSettings(page);
  const card = page.getByTestId('printer-settings');
  await expect(page.getByTestId('browser-print-note')).toHaveCount(0);
  await card.getByLabel('Máy in các mẫu phiếu').click();
  await expect(page.locator('.ant-select-item-option', { hasText: 'Microsoft Print to PDF (mặc định)' })).toBeVisible();
  await page.locator('.ant-select-item-option', { hasText: 'HP LaserJet M404 (Quầy 2)' }).click();
  await card.getByRole('switch', { name: 'In thẳng không hỏi' }).click();
  await card.getByLabel('A5').check();
  await card.getByRole('button', { name: 'Lưu thiết lập in' }).click();
  await expect(page.getByText('Đã lưu thiết lập in trên máy này.')).toBeVisible();
  await shot(page, testInfo, 'settings-app-printer');
  await expect
    .poll(() => page.evaluate(() => {
      const { localStorage } = globalThis as unknown as PageGlobals;
      return [localStorage.getItem('motcua.print.printer'), localStorage.getItem('motcua.print.paper')];
    }))
    .toEqual([JSON.stringify({ deviceName: 'HP_LaserJet_M404_Quay2', silent: true }), 'A5']);

  // A receipt printed from the queue goes to that printer, silently, on A5.
  const token = await login(desk);
  const { dossier } = await receiveDossier(desk, token, { procedureCode: PROCEDURE, applicant: { fullName: 'Trần Thị Bình', address: 'Số 3 đường Hai Bà Trưng' }, sets: 1 });
  await openInQueue(page, dossier.code);
  await page.getByTestId('dossier-detail').getByRole('button', { name: 'In giấy tiếp nhận' }).click();
  await expect.poll(() => printed(page)).toEqual([
    { target: 'printer', silent: true, deviceName: 'HP_LaserJet_M404_Quay2', paper: 'A5' },
  ]);
});
