// The desk's skeleton as an officer meets it: signing in, a refused password, the first run that
// creates the administrator, the app frame with its navigation, and the F1 help panel.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { fakeAppBridge } from './desk-steps';

const AGENCY_NAME = 'UBND Phường Tập Huấn';
const NAVIGATION = ['Tiếp nhận', 'Hàng đợi', 'Thu phí', 'Giám sát', 'Cài đặt'];

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function expectFrame(page: Page): Promise<void> {
  const frame = page.getByTestId('app-frame');
  await expect(frame).toBeVisible();
  await expect(frame.getByTestId('agency-name')).toHaveText(AGENCY_NAME);
  const menu = frame.getByRole('menu');
  for (const item of NAVIGATION) await expect(menu.getByRole('menuitem', { name: item })).toBeVisible();
}

test('an officer signs in and sees the frame with the agency and the navigation', async ({ page, desk }, testInfo) => {
  await signIn(page, desk.admin.username, desk.admin.password);
  await expectFrame(page);
  await expect(page.getByTestId('signed-in-officer')).toContainText('Quản trị viên');

  // The frame as the officer sees it, kept as an artefact (attached and under test-results/).
  const file = testInfo.outputPath('app-frame.png');
  const shot = await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('app-frame', { body: shot, contentType: 'image/png' });
  fs.mkdirSync('test-results', { recursive: true });
  fs.copyFileSync(file, path.join('test-results', 'foundation-app-frame.png'));
});

test('a wrong password is refused with a message', async ({ page, desk }) => {
  await signIn(page, desk.admin.username, 'sai-mat-khau-123');
  await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(page.getByTestId('app-frame')).toHaveCount(0);
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
});

test.describe('a desk started without an administrator', () => {
  test.use({ adminPassword: null });

  test('the first-run screen asks for the code the host printed, refuses a wrong one, and creates the administrator, who can sign in again', async ({ page, desk }) => {
    // The host printed one line with the code; without an administrator there is no other way in.
    expect(desk.setupCode).toMatch(/^\d{3}-\d{3}$/);
    await page.goto('/');
    await expect(page.getByTestId('first-run-screen')).toBeVisible();
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill('quantri');
    await page.getByLabel('Họ và tên', { exact: true }).fill('Trần Thị Hồng Nhung');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-moi-2026');
    await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill('mat-khau-moi-2026');
    const code = page.getByLabel('Mã thiết lập', { exact: true });
    await code.fill(desk.setupCode!.replace(/\d$/, (d) => String((Number(d) + 1) % 10)));
    await page.getByRole('button', { name: 'Tạo tài khoản quản trị' }).click();
    await expect(page.getByTestId('first-run-screen')).toContainText('Mã thiết lập không đúng.');
    await expect(page.getByTestId('app-frame')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('first-run-wrong-code.png') });

    await code.fill(desk.setupCode!);
    await page.getByRole('button', { name: 'Tạo tài khoản quản trị' }).click();
    await expectFrame(page);
    await expect(page.getByTestId('signed-in-officer')).toContainText('Trần Thị Hồng Nhung');

    // The account is real: after signing out, the same credentials open the desk again.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page.getByTestId('sign-in-screen')).toBeVisible();
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill('quantri');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-moi-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expectFrame(page);
  });

  test('inside the app the main process hands the code to its window: the field is not shown', async ({ page, desk }) => {
    await fakeAppBridge(page, { setupCode: desk.setupCode });
    await page.goto('/');
    await expect(page.getByTestId('first-run-screen')).toBeVisible();
    await expect(page.getByLabel('Mã thiết lập', { exact: true })).toBeHidden();
    await page.getByLabel('Họ và tên', { exact: true }).fill('Trần Thị Hồng Nhung');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-moi-2026');
    await page.getByLabel('Nhập lại mật khẩu', { exact: true }).fill('mat-khau-moi-2026');
    await page.getByRole('button', { name: 'Tạo tài khoản quản trị' }).click();
    await expectFrame(page);
  });
});

test('F1 opens the help panel listing the keyboard shortcuts', async ({ page, desk }) => {
  await signIn(page, desk.admin.username, desk.admin.password);
  await expectFrame(page);
  await page.keyboard.press('F1');
  const help = page.getByTestId('help-panel');
  await expect(help).toBeVisible();
  const table = help.getByRole('table', { name: 'Danh sách phím tắt' });
  await expect(table).toContainText('Mở bảng trợ giúp phím tắt');
  await expect(table).toContainText('Chuyển đến màn hình Hàng đợi');
  await expect(table).toContainText('Đăng xuất');
  await expect(table).toContainText('Sắp xếp trang: xoay trang đang chọn 90°');
  expect(await table.getByRole('row').count()).toBeGreaterThan(5);
});
