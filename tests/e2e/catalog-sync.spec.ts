// Cài đặt → Chung → Danh mục thủ tục: a supervisor takes the portal's catalogue ("Cập nhật danh
// mục"); a procedure the portal withdraws leaves the intake picker; the portal failing is said
// and the catalogue stays. Against a training host and its own training portal, in Chromium.
import type { Page, TestInfo } from '@playwright/test';
import fs from 'node:fs';
import { dueTimeText } from '../../renderer/src/ui/vietnam-time';
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

test('a synced procedure with several cases asks for the case, and promises by the case chosen', async ({ page, desk }, testInfo) => {
  const birth = (JSON.parse(fs.readFileSync('tests/fixtures/national/dvcqg-procedure-1.001193.json', 'utf8')) as { data: Record<string, unknown> }).data;
  birth.cases = [
    { code: '1.001193.01', name: 'Đăng ký khai sinh đúng hạn', processingDay: { qty: 1, type: 'WORKING_DAY' } },
    { code: '1.001193.02', name: 'Đăng ký khai sinh cần xác minh', processingDay: { qty: 3, type: 'WORKING_DAY' } },
  ];
  await controlPortal(desk, { catalogue: { put: [birth] } });
  const admin = await login(desk);
  await api(desk, 'users.create', { username: SUPERVISOR.username, fullName: 'Nguyễn Văn Lãnh', password: SUPERVISOR.password, role: 'supervisor' }, admin);
  const problems = watchPageProblems(page);
  await signIn(page, SUPERVISOR.username, SUPERVISOR.password);
  await page.goto('/#/settings');
  await page.getByTestId('catalog-sync').getByRole('button', { name: 'Cập nhật danh mục' }).click();
  await expect(page.getByTestId('catalog-sync-result')).toContainText('thêm 23');

  await page.goto('/#/intake');
  const picker = page.getByLabel('Thủ tục', { exact: true });
  await picker.click();
  await picker.fill('1.001193');
  await expect(page.locator('.ant-select-dropdown:visible')).toContainText('Thủ tục đăng ký khai sinh');
  await page.keyboard.press('Enter');
  const caseField = page.getByLabel('Trường hợp', { exact: true });
  await expect(caseField).toBeVisible();
  await page.getByLabel('Họ và tên', { exact: true }).fill('Lò Thị Mai');
  await page.getByLabel('Địa chỉ', { exact: true }).fill('Bản Lang, Phường Tập Huấn');
  // Saving without the case is stopped on the form.
  await page.getByRole('button', { name: 'Tiếp nhận (Ctrl+Enter)' }).click();
  await expect(page.getByText('Chọn trường hợp của hồ sơ.')).toBeVisible();

  await caseField.click();
  await page.locator('.ant-select-dropdown:visible').getByText('Đăng ký khai sinh cần xác minh · 3 ngày làm việc').click();
  const token = await login(desk);
  const dueOf = async (caseCode: string) => dueTimeText((await api<{ dueAt: string }>(desk, 'dossiers.preview', { procedureCode: '1.001193', caseCode }, token)).dueAt);
  await expect.poll(async () => (await page.getByTestId('intake-preview-due').textContent()) === (await dueOf('1.001193.02'))).toBe(true);
  await expect(page.locator('.intake-procedure-facts')).toHaveText('Lĩnh vực: Hộ tịch · Thời hạn giải quyết: 3 ngày làm việc');
  expect(await dueOf('1.001193.02')).not.toBe(await dueOf('1.001193.01'));
  await shot(page, testInfo, 'intake-case-chosen');
  await page.getByRole('button', { name: 'Tiếp nhận (Ctrl+Enter)' }).click();
  await expect(page.getByTestId('intake-result')).toContainText('Đã tiếp nhận hồ sơ');
  const code = (await page.getByTestId('intake-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^000\.00\.00\.H56-\d{6}-\d{4}$/);
  const shownDue = await page.getByTestId('intake-due').textContent();
  const [dossier] = (await api<{ items: Array<{ id: string; code: string; dueAt: string }> }>(desk, 'dossiers.list', {}, token)).items.filter((d) => d.code === code);
  expect(shownDue).toBe(dueTimeText(dossier!.dueAt));
  expect((await api<{ processingTimeText: string }>(desk, 'dossiers.get', { id: dossier!.id }, token)).processingTimeText).toBe('3 ngày làm việc');
  await shot(page, testInfo, 'intake-case-received');
  expect(problems.list()).toEqual([]);
});
