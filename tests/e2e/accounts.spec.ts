// Accounts as the officers meet them: the administrator opens an account in Cài đặt → Tài khoản cán
// bộ, the new officer must replace the first password before anything else, and every sign-in
// starts on Tiếp nhận whatever screen the previous user left. Password fields: Tab never stops on
// the eye icon, so Enter submits instead of revealing the password.
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { api, login } from './desk-api';
import { signIn, signInAsAdmin } from './desk-steps';
import { watchPageProblems } from './page-problems';
import { openDeskDatabase } from '../support/desk-database';

test.use({ viewport: { width: 1366, height: 768 } });

const OFFICER = { username: 'hoa.nt', fullName: 'Nguyễn Thị Hoa', password: 'mat-khau-cap-1' };

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** No red message anywhere on screen. */
async function expectNoRedMessage(page: Page): Promise<void> {
  await expect(page.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await expect(page.locator('.ant-alert-error')).toHaveCount(0);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
}

async function expectOnIntake(page: Page): Promise<void> {
  await expect(page.getByTestId('app-frame')).toBeVisible();
  await expect(page).toHaveURL(/#\/intake$/);
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Tiếp nhận/ })).toHaveClass(/ant-menu-item-selected/);
}

test('a new officer replaces the first password at the first sign-in, then starts on Tiếp nhận', async ({ page, desk }, testInfo) => {
  const problems = watchPageProblems(page);
  await signInAsAdmin(page, desk);
  await expectOnIntake(page);

  // Cài đặt: the accounts have a tab of their own.
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();
  await expect(page.getByTestId('my-account')).toBeVisible();
  await expect(page.getByTestId('user-management')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Tài khoản cán bộ' }).click();
  await expect(page).toHaveURL(/#\/settings\/accounts$/);
  const accounts = page.getByTestId('user-management');
  await expect(accounts).toBeInViewport();
  await accounts.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const dialog = page.getByTestId('create-user-dialog');
  await expect(dialog).toContainText('Ở lần đăng nhập đầu, cán bộ phải đổi sang mật khẩu riêng.');
  await dialog.getByLabel('Tên đăng nhập').fill(OFFICER.username);
  await dialog.getByLabel('Họ và tên').fill(OFFICER.fullName);
  // The shared rule, before sending: too short.
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill('ngan');
  await dialog.getByLabel('Nhập lại mật khẩu', { exact: true }).fill('ngan');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText(['Mật khẩu: ít nhất 8 ký tự.']);
  await dialog.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.password);
  await dialog.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(OFFICER.password);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByText(`Đã tạo tài khoản ${OFFICER.username}.`)).toBeVisible();
  const row = accounts.getByRole('row').filter({ hasText: OFFICER.username });
  await expect(row).toContainText(OFFICER.fullName);
  await expect(row).toContainText('Chờ đổi mật khẩu lần đầu');
  await expectNoRedMessage(page);
  await shot(page, testInfo, 'settings-accounts-tab');
  expect(problems.list()).toEqual([]);

  // The administrator leaves the desk on Cài đặt → Tài khoản cán bộ.
  await signOut(page);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(OFFICER.username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.password);
  await page.keyboard.press('Enter');
  const screen = page.getByTestId('first-password-screen');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText(`${OFFICER.fullName}: tài khoản đang dùng mật khẩu do quản trị viên cấp.`);
  await expect(page.getByTestId('app-frame')).toHaveCount(0);
  await expectNoRedMessage(page);
  const given = screen.getByLabel('Mật khẩu được cấp', { exact: true });
  const fresh = screen.getByLabel('Mật khẩu mới', { exact: true });
  const again = screen.getByLabel('Nhập lại mật khẩu mới', { exact: true });
  await expect(given).toBeFocused();
  // Tab goes from field to field, never to an eye icon.
  await page.keyboard.type(OFFICER.password);
  await page.keyboard.press('Tab');
  await expect(fresh).toBeFocused();
  await page.keyboard.type(OFFICER.password);
  await page.keyboard.press('Tab');
  await expect(again).toBeFocused();
  await page.keyboard.type(OFFICER.password);
  await page.keyboard.press('Enter');
  await expect(screen.locator('.ant-form-item-explain-error')).toHaveText(['Mật khẩu mới phải khác mật khẩu hiện tại.']);
  await expect(given).toHaveAttribute('type', 'password');
  await shot(page, testInfo, 'first-password-refused');

  await fresh.fill('mat-khau-rieng-cua-hoa');
  await again.fill('mat-khau-rieng-cua-hoa');
  await again.press('Enter');
  // Straight to Tiếp nhận, not the Cài đặt the administrator left.
  await expectOnIntake(page);
  await expect(page.getByTestId('app-frame')).toContainText(OFFICER.fullName);
  await expectNoRedMessage(page);
  await shot(page, testInfo, 'officer-first-screen');

  // The next sign-in asks nothing more; the first password no longer opens the account.
  await signOut(page);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(OFFICER.username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('sign-in-alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  problems.clear(); // the refused sign-in answered 401, as it should
  await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-rieng-cua-hoa');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expectOnIntake(page);
  expect(problems.list()).toEqual([]);
});

test('a supervisor signing in after someone left Giám sát also starts on Tiếp nhận', async ({ page, desk }) => {
  const admin = await login(desk);
  await api(desk, 'users.create', { username: 'giamsat', fullName: 'Phạm Văn Giám', password: 'giamsat-mat-khau', role: 'supervisor' }, admin);
  await signInAsAdmin(page, desk);
  await page.keyboard.press('Alt+4');
  await expect(page).toHaveURL(/#\/supervisor$/);
  await signOut(page);
  await signIn(page, 'giamsat', 'giamsat-mat-khau');
  await expectOnIntake(page);
  await expect(page.getByTestId('app-frame')).toContainText('Phạm Văn Giám');
});

test('on the sign-in screen Tab skips the eye icon and Enter signs in; the eye still shows the password on a click', async ({ page, desk }) => {
  await page.goto('/');
  const username = page.getByLabel('Tên đăng nhập', { exact: true });
  const password = page.getByLabel('Mật khẩu', { exact: true });
  await expect(username).toBeFocused();
  await page.keyboard.type(desk.admin.username);
  await page.keyboard.press('Tab');
  await expect(password).toBeFocused();
  await page.keyboard.type(desk.admin.password);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeFocused();
  await page.getByRole('button', { name: 'Hiện mật khẩu' }).or(page.locator('.ant-input-password-icon')).first().click();
  await expect(password).toHaveAttribute('type', 'text');
  await password.press('Enter');
  await expectOnIntake(page);
});

test('after three wrong passwords the administrator lifts the wait in Cài đặt → Tài khoản, and the officer signs in at once', async ({ page, desk }, testInfo) => {
  test.setTimeout(60_000); // seven sign-ins at scrypt N = 2^17
  const admin = await login(desk);
  await api(desk, 'users.create', { username: OFFICER.username, fullName: OFFICER.fullName, password: OFFICER.password, role: 'officer' }, admin);
  await login(desk, OFFICER.username, OFFICER.password);
  const problems = watchPageProblems(page);
  await signInAsAdmin(page, desk);
  for (const wrong of ['sai-mat-khau-1', 'sai-mat-khau-2', 'sai-mat-khau-3']) {
    await expect(api(desk, 'auth.login', { username: OFFICER.username, password: wrong })).rejects.toThrow('Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  await expect(api(desk, 'auth.login', { username: OFFICER.username, password: OFFICER.password })).rejects.toThrow(/Vui lòng thử lại sau \d+ giây/);

  await page.keyboard.press('Alt+5');
  await page.getByRole('tab', { name: 'Tài khoản cán bộ' }).click();
  const accounts = page.getByTestId('user-management');
  const row = accounts.getByRole('row').filter({ hasText: OFFICER.username });
  await expect(row).toContainText(/Tạm khóa đăng nhập đến \d\d:\d\d:\d\d/);
  // Only the waiting account has the button.
  await expect(accounts.getByRole('button', { name: /^Bỏ khóa đăng nhập/ })).toHaveCount(1);
  await shot(page, testInfo, 'accounts-sign-in-wait');
  await row.getByRole('button', { name: `Bỏ khóa đăng nhập ${OFFICER.username}` }).click();
  await expect(page.getByText(`Đã bỏ khóa đăng nhập của ${OFFICER.username}: có thể đăng nhập lại ngay.`)).toBeVisible();
  await expect(row).not.toContainText('Tạm khóa đăng nhập');
  await expect(row.getByRole('button', { name: /Bỏ khóa đăng nhập/ })).toHaveCount(0);
  await expectNoRedMessage(page);
  await shot(page, testInfo, 'accounts-sign-in-wait-lifted');
  expect(problems.list()).toEqual([]);
  // Lifted, not just run out: the failure count itself is gone (a wait that ends by itself keeps it).
  expect(failureCount(desk.dataDir, OFFICER.username)).toBeUndefined();

  await signOut(page);
  await signIn(page, OFFICER.username, OFFICER.password);
  await expectOnIntake(page);
  await expect(page.getByTestId('app-frame')).toContainText(OFFICER.fullName);
});

function failureCount(dataDir: string, username: string): number | undefined {
  const db = openDeskDatabase(dataDir, { readonly: true });
  try {
    return (db.prepare('SELECT failures FROM login_attempts WHERE username = ?').get(username) as { failures: number } | undefined)?.failures;
  } finally {
    db.close();
  }
}
