// The header's sync indicator and panel against the embedded training portal: a received dossier
// is counted until the portal has it, "Đồng bộ ngay" empties the queue, and a wrong clock is shouted.
import type { Page, TestInfo } from '@playwright/test';
import { test, expect, type DeskHost } from './fixtures';
import { controlPortal, login, receiveDossier } from './desk-api';
import { openInQueue, signInAsAdmin } from './desk-steps';

const PROCEDURE = '1.001193';

async function createDossier(desk: DeskHost, token: string, fullName: string): Promise<{ id: string; code: string }> {
  const { dossier } = await receiveDossier(desk, token, { procedureCode: PROCEDURE, applicant: { fullName, address: 'Số 12 đường Lê Lợi, Phường Tập Huấn' }, sets: 1 });
  return dossier;
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a received dossier reaches the portal and "Đồng bộ ngay" leaves nothing waiting', async ({ page, desk }, testInfo) => {
  await signInAsAdmin(page, desk);
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toContainText('Chờ đồng bộ: 0');

  const token = await login(desk);
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
  await signInAsAdmin(page, desk);
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
  const token = await login(desk);
  const waiting = await createDossier(desk, token, 'Trần Thị Bình');
  await expect(indicator).toContainText('Chờ đồng bộ: 1', { timeout: 15_000 });
  await expect(indicator).toContainText('Ngoại tuyến', { timeout: 15_000 });
  await expect(indicator).toContainText('cũ nhất');
  await attachScreenshot(page, testInfo, 'sync-indicator-offline');
  // The dossier itself says it is waiting for the portal.
  await openInQueue(page, waiting.code);
  await expect(page.getByTestId('dossier-sync-state')).toHaveText('Chờ gửi lên cổng');
  await page.waitForTimeout(400); // the drawer slides in
  await page.screenshot({ path: testInfo.outputPath('dossier-waiting-for-portal.png') });
  // The drawer opens below the header: the indicator stays in view and takes clicks (hit-target check).
  await indicator.click({ trial: true, timeout: 2_000 });
  await page.keyboard.press('Escape');

  await controlPortal(desk, { clearFaults: true });
  await indicator.click();
  await page.getByTestId('sync-panel').getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(indicator).toContainText('Chờ đồng bộ: 0');
  await expect(indicator).not.toContainText('Ngoại tuyến');
  await attachScreenshot(page, testInfo, 'sync-indicator-back-online');
  await openInQueue(page, waiting.code);
  await expect(page.getByTestId('dossier-sync-state')).toHaveText('Đã đồng bộ');
});
