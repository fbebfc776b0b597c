// Cài đặt → Chung → Danh mục thủ tục: a supervisor takes the portal's catalogue ("Cập nhật danh
// mục"); a procedure the portal withdraws leaves the intake picker; the portal failing is said
// and the catalogue stays. Against a training host and its own training portal, in Chromium.
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { api, controlPortal, login } from './desk-api';
import { signIn } from './desk-steps';
import { watchPageProblems } from './page-problems';

const SUPERVISOR = { username: 'lanhdao', password: 'lanh-dao-e2e-1' };
const WITHDRAWN = { code: '2.000913', name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch' };
const KEPT = { code: '2.001016', name: 'Chứng thực văn bản từ chối nhận di sản' };

test.use({ viewport: { width: 1366, height: 900 } });

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await testInfo.attach(name, { body: await page.screenshot({ path: file, fullPage: true }), contentType: 'image/png' });
}

/** The intake picker's open list for what is typed. */
async function pickerList(page: Page, typed: string) {
  await page.goto('/#/intake');
  const picker = page.getByLabel('Thủ tục', { exact: true });
  await picker.click();
  await picker.fill(typed);
  return page.locator('.ant-select-dropdown:visible');
}

test('a supervisor updates the procedure catalogue from the portal in Cài đặt', async ({ page, desk }, testInfo) => {
  const admin = await login(desk);
  await api(desk, 'users.create', { username: SUPERVISOR.username, fullName: 'Nguyễn Văn Lãnh', password: SUPERVISOR.password, role: 'supervisor' }, admin);
  const problems = watchPageProblems(page);
  await signIn(page, SUPERVISOR.username, SUPERVISOR.password);
  await page.goto('/#/settings');
  const card = page.getByTestId('catalog-sync');
  await expect(card).toContainText('Danh mục thủ tục');

  // The first update takes every procedure the training portal lists; those whose fee the province sets are to complete.
  await card.getByRole('button', { name: 'Cập nhật danh mục' }).click();
  const result = page.getByTestId('catalog-sync-result');
  await expect(result).toContainText('Đã cập nhật danh mục: thêm 23, thay đổi 0, bãi bỏ 0 thủ tục.');
  await expect(result).toContainText(/\d+ thủ tục cần bổ sung thông tin hoặc chưa nhận được\./);
  await shot(page, testInfo, 'catalog-sync-first');

  // The portal withdraws one: the next update says so, and intake no longer offers it.
  await expect(await pickerList(page, WITHDRAWN.code)).toContainText(`${WITHDRAWN.name}${WITHDRAWN.code} · Chứng thực`);
  await controlPortal(desk, { catalogue: { withdraw: [WITHDRAWN.code] } });
  await page.goto('/#/settings');
  await card.getByRole('button', { name: 'Cập nhật danh mục' }).click();
  await expect(result).toContainText('Đã cập nhật danh mục: thêm 0, thay đổi 0, bãi bỏ 1 thủ tục.');
  await shot(page, testInfo, 'catalog-sync-withdrawn');
  const afterWithdrawal = await pickerList(page, WITHDRAWN.code);
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(afterWithdrawal).toHaveText('Không có thủ tục phù hợp');
  await shot(page, testInfo, 'catalog-sync-picker-without-withdrawn');
  await expect(await pickerList(page, KEPT.code)).toContainText(`${KEPT.name}${KEPT.code} · Chứng thực`);
  expect(problems.list()).toEqual([]);

  // The portal failing: the reason on the card, and the catalogue as it was.
  await controlPortal(desk, { faults: [{ kind: 'status-5xx', service: 'LayDanhSachTTHC', times: 1 }] });
  await page.goto('/#/settings');
  await card.getByRole('button', { name: 'Cập nhật danh mục' }).click();
  await expect(page.getByTestId('catalog-sync-error')).toHaveText('Chưa cập nhật được danh mục thủ tục: Cổng dịch vụ công đang lỗi (HTTP 503). Danh mục giữ nguyên.');
  await expect(result).toHaveCount(0);
  await shot(page, testInfo, 'catalog-sync-portal-down');
  // The one expected problem: the API's answer to that call (503, the portal unavailable).
  expect(problems.list().filter((line) => !/catalog\.sync|status of 503/.test(line))).toEqual([]);
  expect(problems.list().length).toBeGreaterThan(0);
  await expect(await pickerList(page, KEPT.code)).toContainText(`${KEPT.name}${KEPT.code} · Chứng thực`);
});
