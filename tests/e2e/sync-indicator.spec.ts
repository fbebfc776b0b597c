// The header's sync indicator and panel against the embedded training portal: a received dossier
// is counted until the portal has it, "Đồng bộ ngay" empties the queue, and a wrong clock is shouted.
import type { Page, TestInfo } from '@playwright/test';
import { test, expect, type DeskHost } from './fixtures';
import { api } from './desk-api';

const PROCEDURE = '1.001193';

async function createDossier(desk: DeskHost, token: string, fullName: string): Promise<{ id: string; code: string }> {
  const procedure = await api<{ components: Array<{ code: string }> }>(desk, 'catalog.get', { code: PROCEDURE }, token);
  return api(
    desk,
    'dossiers.create',
    {
      procedureCode: PROCEDURE,
      applicant: { fullName, address: 'Số 12 đường Lê Lợi, Phường Tập Huấn' },
      components: procedure.components.map((component) => ({ code: component.code, originals: 1, copies: 0 })),
      sets: 1,
    },
    token,
  );
}

/** The embedded training portal's address, from the host's log. */
function trainingPortalUrl(desk: DeskHost): string {
  const match = /training portal listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(desk.log());
  if (!match) throw new Error(`the host did not log its training portal\n${desk.log()}`);
  return match[1]!;
}

async function controlPortal(desk: DeskHost, body: unknown): Promise<void> {
  const response = await fetch(`${trainingPortalUrl(desk)}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
}

async function signIn(page: Page, desk: DeskHost): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(desk.admin.username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(desk.admin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('app-frame')).toBeVisible();
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a received dossier reaches the portal and "Đồng bộ ngay" leaves nothing waiting', async ({ page, desk }, testInfo) => {
  await signIn(page, desk);
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toContainText('Chờ đồng bộ: 0');

  const { token } = await api<{ token: string }>(desk, 'auth.login', { username: desk.admin.username, password: desk.admin.password });
  await createDossier(desk, token, 'Nguyễn Văn An');

  await indicator.click();
  const panel = page.getByTestId('sync-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(panel.getByTestId('sync-run-result')).toContainText('Đồng bộ xong');
  await expect(indicator).toContainText('Chờ đồng bộ: 0');
  await expect(indicator).toContainText('Đồng bộ lúc');
  await expect(panel.getByTestId('sync-figure-pending')).toContainText('0');
  await expect(panel.getByTestId('sync-issues-empty')).toBeVisible();
  await expect(page.getByTestId('clock-skew-warning')).toHaveCount(0);
  await attachScreenshot(page, testInfo, 'sync-panel-after-run');
});

test('while the portal is down the dossier waits offline, a skewed clock is a warning, and it syncs when the portal is back', async ({ page, desk }, testInfo) => {
  await signIn(page, desk);
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toContainText('Chờ đồng bộ: 0');

  // The portal's clock runs 7 minutes ahead, then every request answers 5xx.
  await controlPortal(desk, { advanceClock: { ms: 7 * 60_000 } });
  await page.getByTestId('sync-indicator').click();
  await page.getByTestId('sync-panel').getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(page.getByTestId('clock-skew-warning')).toContainText('Đồng hồ máy tính lệch 7 phút so với cổng dịch vụ công');
  await expect(page.getByRole('alert').filter({ hasText: 'Hãy chỉnh lại đồng hồ.' })).toBeVisible();
  await page.keyboard.press('Escape');

  await controlPortal(desk, { faults: [{ kind: 'status-5xx' }] });
  const { token } = await api<{ token: string }>(desk, 'auth.login', { username: desk.admin.username, password: desk.admin.password });
  await createDossier(desk, token, 'Trần Thị Bình');
  await expect(indicator).toContainText('Chờ đồng bộ: 1', { timeout: 15_000 });
  await expect(indicator).toContainText('Ngoại tuyến', { timeout: 15_000 });
  await expect(indicator).toContainText('cũ nhất');
  await attachScreenshot(page, testInfo, 'sync-indicator-offline');

  await controlPortal(desk, { clearFaults: true });
  await indicator.click();
  await page.getByTestId('sync-panel').getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(indicator).toContainText('Chờ đồng bộ: 0');
  await expect(indicator).not.toContainText('Ngoại tuyến');
  await attachScreenshot(page, testInfo, 'sync-indicator-back-online');
});
