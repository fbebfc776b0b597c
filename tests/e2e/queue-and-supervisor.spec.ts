// Hàng đợi and Giám sát as an officer and a supervisor see them at 1366×768: a dossier found by the
// tail of its code in any case, an open panel that follows the portal's answer, an online filing
// refused here that says so, and supervisor figures whose tables add up to their cards.
import type { Locator, Page, TestInfo } from '@playwright/test';
import { test, expect, type DeskHost } from './fixtures';
import { api, controlPortal, login, receiveDossier } from './desk-api';
import { doAction, openInQueue, queueRow, signInAsAdmin } from './desk-steps';
import { watchPageProblems } from './page-problems';

const BIRTH = '1.001193';
const ADDRESS = 'Số 12 đường Lê Lợi, Phường Tập Huấn';

test.use({ viewport: { width: 1366, height: 768 } });

async function receive(desk: DeskHost, token: string, fullName: string): Promise<{ id: string; code: string }> {
  return (await receiveDossier(desk, token, { procedureCode: BIRTH, applicant: { fullName, address: ADDRESS }, sets: 1 })).dossier;
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.waitForTimeout(350); // a drawer or tooltip finishes its animation
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** Types into the queue's search box; the rows (assertions on them wait for the list to answer). */
async function search(page: Page, text: string): Promise<Locator> {
  const box = page.getByLabel('Tìm hồ sơ', { exact: true });
  await box.fill(text);
  await box.press('Enter');
  return page.getByTestId('queue-row');
}

test('the queue finds a dossier by the tail of its code, in any case, and shows long names whole', async ({ page, desk }, testInfo) => {
  const problems = watchPageProblems(page);
  const token = await login(desk);
  const first = await receive(desk, token, 'Nguyễn Văn An');
  const second = await receive(desk, token, 'Tôn Nữ Hoàng Thị Phương Thảo Khánh Linh');
  const third = await receive(desk, token, 'Lò Văn Páo');
  await api(desk, 'dossiers.requestSupplement', { id: second.id, reason: 'Thiếu giấy tờ', items: ['Giấy chứng sinh'] }, token);
  const [, datePart, daily] = /^.+-(\d{6})-(\d{4})$/.exec(second.code)!;

  await signInAsAdmin(page, desk);
  await page.goto('/#/queue');
  await expect(queueRow(page, first.code)).toBeVisible();

  const byDaily = await search(page, daily!);
  await expect(byDaily).toHaveCount(1);
  await expect(byDaily.first()).toHaveAttribute('data-code', second.code);

  const byDateAndDaily = await search(page, `${datePart}-${daily}`);
  await expect(byDateAndDaily).toHaveCount(1);
  await expect(byDateAndDaily.first()).toHaveAttribute('data-code', second.code);
  const lowerCase = await search(page, `h56-${datePart}-${third.code.slice(-4)}`);
  await expect(lowerCase).toHaveCount(1);
  await expect(lowerCase.first()).toHaveAttribute('data-code', third.code);
  const whole = await search(page, first.code.toLowerCase());
  await expect(whole).toHaveCount(1);
  await expect(whole.first()).toHaveAttribute('data-code', first.code);
  await expect(await search(page, '000.00.00.h56')).toHaveCount(3);
  await expect(await search(page, '9999')).toHaveCount(0);
  await expect(page.getByText('Không có hồ sơ nào khớp bộ lọc.')).toBeVisible();

  // The code, a long name and a long status are shown whole (wrapped), not cut.
  await expect(await search(page, daily!)).toHaveCount(1);
  const row = queueRow(page, second.code);
  const name = row.getByRole('gridcell').nth(1);
  await expect(name).toHaveText('Tôn Nữ Hoàng Thị Phương Thảo Khánh Linh');
  const tag = row.locator('.queue-status-tag');
  await expect(tag).toHaveText('Yêu cầu bổ sung giấy tờ');
  const code = row.getByRole('gridcell').nth(0);
  await expect(code).toHaveText(second.code);
  for (const cell of [code, name, tag]) {
    const fits = await cell.evaluate((e) => {
      const box = e as unknown as { scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number };
      return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
    });
    expect(fits).toBe(true);
  }
  await shot(page, testInfo, 'queue-search-by-daily-number');
  expect(problems.list()).toEqual([]);
});

test('an open dossier panel turns from "Chờ gửi lên cổng" to "Đã đồng bộ" when the portal acknowledges it, without being reopened', async ({ page, desk }, testInfo) => {
  const problems = watchPageProblems(page);
  await signInAsAdmin(page, desk);
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toContainText('Chờ đồng bộ: 0');

  await controlPortal(desk, { faults: [{ kind: 'status-5xx' }] });
  const token = await login(desk);
  const dossier = await receive(desk, token, 'Trần Thị Bình');
  await expect(indicator).toContainText('Chờ đồng bộ: 1', { timeout: 15_000 });
  const detail = await openInQueue(page, dossier.code);
  const state = detail.page().getByTestId('dossier-sync-state');
  await expect(state).toHaveText('Chờ gửi lên cổng');

  // The portal is back; a round runs (as the timer would), the panel stays open.
  await controlPortal(desk, { clearFaults: true });
  await api(desk, 'sync.run', undefined, token);
  await expect(state).toHaveText('Đã đồng bộ');
  await expect(indicator).toContainText('Chờ đồng bộ: 0');
  await expect(detail).toHaveAttribute('data-code', dossier.code);
  await shot(page, testInfo, 'dossier-panel-synced');
  expect(problems.list()).toEqual([]);
});

test('a refused online filing reads as refused here, and the supervisor figures agree with their tables', async ({ page, desk }, testInfo) => {
  const problems = watchPageProblems(page);
  const token = await login(desk);
  await api(desk, 'sync.run', undefined, token);
  await controlPortal(desk, { seedOnline: { count: 2, madonvi: '000.00.00.H56' } });
  await api(desk, 'sync.run', undefined, token);
  const filings = (await api<{ items: Array<{ id: string; code: string }> }>(desk, 'dossiers.list', { status: [1] }, token)).items;
  expect(filings).toHaveLength(2);
  for (const name of ['Nguyễn Văn An', 'Lò Thị Mai', 'Lường Văn Ơn']) await receive(desk, token, name);

  await signInAsAdmin(page, desk);
  // Refuse the first online filing at this counter.
  const detail = await openInQueue(page, filings[0]!.code);
  await expect(detail.getByTestId('dossier-origin-note')).toContainText('Hồ sơ nộp trực tuyến, chờ cán bộ kiểm tra');
  await doAction(page, 'Từ chối tiếp nhận', { 'Lý do từ chối (mỗi lý do một dòng)': 'Thiếu tờ khai đăng ký khai sinh' });
  await expect(detail).toHaveAttribute('data-status', '3');
  await expect(detail.getByTestId('dossier-origin-note')).toContainText('đã từ chối tiếp nhận tại quầy này');
  await expect(detail.getByTestId('dossier-refusal')).toContainText('· Quản trị viên');
  await expect(detail).not.toContainText('tại quầy khác');
  await expect(detail).not.toContainText('Ghi ở sổ theo dõi của quầy đã tiếp nhận');
  await expect(detail).toContainText('Ngày nộp trực tuyến');
  // Refused at intake, never received: no digitising offered.
  await expect(detail.getByTestId('attachments-panel')).toHaveCount(0);
  await shot(page, testInfo, 'refused-online-filing');
  await page.keyboard.press('Escape');

  // Accept the second.
  await openInQueue(page, filings[1]!.code);
  await doAction(page, 'Tiếp nhận hồ sơ trực tuyến');
  await expect(page.getByTestId('dossier-detail')).toHaveAttribute('data-status', '2');

  await page.goto('/#/supervisor');
  const screen = page.getByTestId('supervisor-screen');
  // Three at the counter and the accepted filing; not the refused one, not one still waiting.
  await expect(screen.getByTestId('backlog-receivedToday')).toContainText('4');
  await expect(screen.getByTestId('backlog-waitingOnline')).toContainText('0');
  const officers = screen.locator('.supervisor-table-card').filter({ hasText: 'Theo cán bộ tiếp nhận' });
  const procedures = screen.locator('.supervisor-table-card').filter({ hasText: 'Theo thủ tục' });
  const column = async (table: Locator, index: number) =>
    (await table.locator('tbody tr.ant-table-row').evaluateAll((rows, i) => rows.map((r) => Number((r as unknown as { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }).querySelectorAll('td')[i]?.textContent ?? 'NaN')), index)).reduce((a, b) => a + b, 0);
  await expect(officers.locator('tbody tr.ant-table-row')).toHaveCount(1);
  expect(await column(officers, 1)).toBe(4); // Nhận hôm nay
  expect(await column(officers, 2)).toBe(4); // Đang giải quyết
  expect(await column(procedures, 1)).toBe(4); // Đang giải quyết
  const overdueCard = Number((await screen.getByTestId('backlog-overdue').locator('.supervisor-card-value').textContent()) ?? 'NaN');
  expect(await column(officers, 3)).toBe(overdueCard);
  expect(await column(procedures, 2)).toBe(overdueCard);

  // The card says what it counts.
  await screen.getByTestId('backlog-receivedToday').hover();
  await expect(page.getByRole('tooltip').filter({ hasText: 'Không tính hồ sơ bị từ chối tiếp nhận' })).toBeVisible();
  await shot(page, testInfo, 'supervisor-figures');
  // Its link lists the same four dossiers.
  await screen.getByTestId('backlog-receivedToday').click();
  await expect(page.getByTestId('queue-screen')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Danh sách hồ sơ' })).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('queue-row')).toHaveCount(4);
  expect(problems.list()).toEqual([]);
});
