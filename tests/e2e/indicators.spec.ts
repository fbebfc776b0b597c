// Giám sát's Decision 766 figures as a supervisor sees them at 1366×768: this month by default, the
// counts and points the core computes, the note that they are the ward's own count, and each count
// opening the queue on exactly its dossiers.
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { api, login, receiveDossier } from './desk-api';
import { signInAsAdmin } from './desk-steps';
import { watchPageProblems } from './page-problems';

const BIRTH = '1.001193';

test.use({ viewport: { width: 1366, height: 768 } });

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.waitForTimeout(350);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test("Giám sát shows this month's Decision 766 figures with points, and each count opens the queue on its dossiers", async ({ page, desk }, testInfo) => {
  const problems = watchPageProblems(page);
  const token = await login(desk);
  const received: string[] = [];
  for (const fullName of ['Lò Văn Páo', 'Lò Thị Mai', 'Cầm Văn Ơn']) {
    received.push((await receiveDossier(desk, token, { procedureCode: BIRTH, applicant: { fullName, address: 'Bản Lang, Phường Tập Huấn' } })).dossier.code);
  }
  // One processed at once: on time, 0 days of processing (same day).
  const processed = (await api<{ items: Array<{ id: string; code: string }> }>(desk, 'dossiers.list', { search: received[0] }, token)).items[0]!;
  await api(desk, 'dossiers.handOff', { id: processed.id }, token);
  await api(desk, 'dossiers.markProcessed', { id: processed.id }, token);

  await signInAsAdmin(page, desk);
  await page.goto('/#/supervisor');
  const panel = page.getByTestId('indicators-panel');
  await expect(panel.getByLabel('Loại kỳ báo cáo')).toBeVisible();
  await expect(panel.getByText('Tháng', { exact: true })).toBeVisible();
  await expect(panel.getByTestId('indicators-scope')).toContainText('Số liệu do phường tự đếm');

  // Three dossiers received today, none late (a same-day procedure is due at today's close at the earliest).
  const onTime = panel.getByTestId('indicator-onTime');
  await expect(onTime.getByTestId('indicator-onTime-ratio')).toHaveText('100,0%');
  await expect(onTime.getByTestId('indicator-onTime-numerator')).toHaveText('3');
  await expect(onTime.getByTestId('indicator-onTime-denominator')).toHaveText('3 hồ sơ');
  await expect(onTime.getByTestId('indicator-onTime-points')).toHaveText('20 / 20 điểm');
  // No file scanned: 0 of 3 digitised, 0 of 4 points; no online filing of a procedure offered online.
  await expect(panel.getByTestId('indicator-digitised-ratio')).toHaveText('0,0%');
  await expect(panel.getByTestId('indicator-digitised-points')).toHaveText('0 / 4 điểm');
  await expect(panel.getByTestId('indicator-onlineFiling-numerator')).toHaveText('0');
  await expect(panel.getByTestId('indicator-onlineFiling-denominator')).toHaveText('3 hồ sơ');
  await expect(panel.getByTestId('indicator-avgProcessingDays-denominator')).toHaveText('1 hồ sơ');
  // No fee on a birth registration: nothing to pay online, no ratio and no points.
  await expect(panel.getByTestId('indicator-onlinePayment-ratio')).toHaveText('—');
  await expect(panel.getByTestId('indicator-onlinePayment-points')).toHaveText('— / 6 điểm');
  await expect(panel.getByTestId('indicator-satisfaction')).toHaveCount(0);
  await shot(page, testInfo, 'supervisor-indicators');

  // The screen shows what the core counts.
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const report = await api<{ figures: Array<{ code: string; numerator: number; denominator: number }> }>(
    desk,
    'reports.indicators',
    { from: `${today.slice(0, 8)}01`, to: today },
    token,
  );
  expect(report.figures.find((f) => f.code === 'onTime')).toMatchObject({ numerator: 3, denominator: 3 });

  await onTime.getByTestId('indicator-onTime-denominator').click();
  await expect(page.getByTestId('queue-indicator-filter')).toContainText('hồ sơ tính trong kỳ');
  await expect(page.getByTestId('queue-row')).toHaveCount(3);
  const shown = await Promise.all((await page.getByTestId('queue-row').all()).map((row) => row.getAttribute('data-code')));
  expect(shown.sort()).toEqual([...received].sort());

  await page.goBack();
  await panel.getByTestId('indicator-avgProcessingDays-denominator').click();
  await expect(page.getByTestId('queue-indicator-filter')).toContainText('đã xử lý xong trong kỳ');
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await expect(page.getByTestId('queue-row').first()).toHaveAttribute('data-code', processed.code);
  await shot(page, testInfo, 'queue-by-indicator');

  // Back to the whole queue: the online filings the training portal may have sent are there too.
  await page.getByLabel('Bỏ lọc theo chỉ số').click();
  await expect(page.getByTestId('queue-indicator-filter')).toHaveCount(0);
  await expect(page.getByTestId('queue-row')).not.toHaveCount(1);
  expect(problems.list()).toEqual([]);
});
