// The ward's portal seen from the counters, in Chromium through the UI, against ONE stand-alone
// training portal process: an online filing is checked and accepted at counter 1 and its Mẫu 01
// printed; a dossier received at counter 1 is finished by the back office and handed over at
// counter 2, and counter 1 learns of the hand-over. Statuses are checked in both UIs and on the portal.
import type { Page, TestInfo } from '@playwright/test';
import { api, login } from './desk-api';
import { doAction, openInQueue, queueRow, signInAsAdmin } from './desk-steps';
import { test, expect, AGENCY_ID, type CounterHost } from './two-counter-fixtures';

const ROW_TIMEOUT = { timeout: 15_000 };

/** The few page globals the test touches (the tests are typechecked without the DOM library). */
interface PageGlobals {
  print: () => void;
  printedText?: string;
  document: {
    querySelector(selector: string): { textContent: string | null } | null;
    getAnimations(): Array<{ finished: Promise<unknown> }>;
  };
}

/** "Đồng bộ ngay" in the sync panel, as the officer does; waits for the round to end cleanly. */
async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-indicator').click();
  const panel = page.getByTestId('sync-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(panel.getByTestId('sync-run-result')).toContainText('Đồng bộ xong', ROW_TIMEOUT);
  await expect(panel.getByTestId('sync-figure-pending')).toContainText('0');
  await panel.getByRole('button', { name: 'Đóng bảng đồng bộ' }).click();
  await expect(panel).toBeHidden();
}

/** Closes the detail panel, as the officer does before turning to the header (it covers it). */
async function closeDetail(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đóng chi tiết hồ sơ' }).click();
  await expect(page.getByTestId('dossier-detail')).toBeHidden();
}

/** The action buttons the detail panel offers now. */
async function offeredActions(page: Page): Promise<string[]> {
  const buttons = page.getByRole('group', { name: 'Thao tác với hồ sơ' }).getByRole('button');
  return (await buttons.allTextContents()).map((text) => text.trim());
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // The drawer slides in: wait for its transition so the picture shows what the officer reads.
  await page.evaluate(() => Promise.all((globalThis as unknown as PageGlobals).document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  const file = testInfo.outputPath(`${name}.png`);
  await testInfo.attach(name, { body: await page.screenshot({ path: file }), contentType: 'image/png' });
}

/** The promised return time shown in the detail panel ("dd/mm/yyyy hh:mm", Vietnam time). */
async function shownDueTime(page: Page): Promise<{ day: string; month: string; year: string; hour: string; minute: string }> {
  const cell = page.getByTestId('dossier-detail').locator('tr', { has: page.locator('th', { hasText: 'Hẹn trả kết quả' }) }).locator('td');
  const match = /(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})/.exec((await cell.textContent()) ?? '');
  expect(match, 'the detail panel shows the promised return time').not.toBeNull();
  const [, day, month, year, hour, minute] = match!;
  return { day: day!, month: month!, year: year!, hour: hour!, minute: minute! };
}

async function dossierId(host: CounterHost, code: string): Promise<string> {
  const token = await login(host);
  const found = await api<{ items: Array<{ id: string; code: string }> }>(host, 'dossiers.list', { search: code }, token);
  const item = found.items.find((candidate) => candidate.code === code);
  expect(item, `${code} is in ${host.url}'s database`).toBeDefined();
  return item!.id;
}

test('an online filing appears in the queue, is accepted at the counter, its Mẫu 01 prints, and the portal holds it received', async ({ portal, counter1, page1: page }, testInfo) => {
  const seeded = await portal.control({ seedOnline: { count: 1, madonvi: AGENCY_ID } });
  expect(seeded.seeded).toHaveLength(1);
  const code = seeded.seeded[0]!;
  expect(code).toMatch(/^000\.00\.00\.H29-\d{6}-0\d{3}$/); // the portal's own part of the daily range
  expect(await portal.summary(code)).toMatchObject({ TrangThaiHoSo: '1', IdNoiBo: '' });

  await signInAsAdmin(page, counter1);
  await syncNow(page);
  await page.goto('/#/queue');
  const row = queueRow(page, code);
  await expect(row).toBeVisible(ROW_TIMEOUT);
  await expect(row.locator('.queue-status-tag')).toHaveAttribute('data-status', '1');
  await expect(row).toContainText('Mới đăng ký');
  await shot(page, testInfo, '1-queue-online-filing');

  const detail = await openInQueue(page, code, ROW_TIMEOUT);
  await expect(detail).toHaveAttribute('data-status', '1');
  await expect(detail.getByTestId('dossier-origin-note')).toContainText('Hồ sơ nộp trực tuyến, chờ cán bộ kiểm tra');
  // Not received yet: no receipt to print, and accepting is the first thing offered.
  await expect(detail.getByRole('button', { name: 'In giấy tiếp nhận' })).toHaveCount(0);
  expect((await offeredActions(page))[0]).toBe('Tiếp nhận hồ sơ trực tuyến');
  await shot(page, testInfo, '2-detail-online-filing');

  await doAction(page, 'Tiếp nhận hồ sơ trực tuyến');
  await expect(detail).toHaveAttribute('data-status', '2');
  await expect(detail.getByTestId('dossier-origin-note')).toHaveCount(0);
  await expect(detail).toContainText('Sổ 01/2026, số thứ tự 1 · Quầy 1');
  const due = await shownDueTime(page);
  const dueInWords = `${due.hour} giờ ${due.minute} phút, ngày ${due.day} tháng ${due.month} năm ${due.year}`;
  await shot(page, testInfo, '3-detail-accepted');

  // "In giấy tiếp nhận" prints Mẫu 01 for this dossier (window.print is stubbed to read what it prints).
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    w.print = () => {
      w.printedText = w.document.querySelector('.mc-print-host')?.textContent ?? '';
    };
  });
  await detail.getByRole('button', { name: 'In giấy tiếp nhận' }).click();
  const printed = await page.waitForFunction(() => (globalThis as unknown as PageGlobals).printedText);
  const printedText = (await printed.jsonValue()) as string;
  expect(printedText).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
  expect(printedText).toContain(code);
  expect(printedText).toContain(dueInWords);

  // The form's own route renders to a PDF with the same code and promised time.
  const id = await dossierId(counter1, code);
  await page.goto(`/#/print/receipt/${id}`);
  await expect(page.getByTestId('print-ready')).toBeVisible();
  await expect(page.locator('.mc-code').first()).toContainText(code);
  await expect(page.locator('body')).toContainText(`Thời gian trả kết quả: ${dueInWords}`);
  await shot(page, testInfo, '4-mau-01-receipt');
  const pdf = await page.pdf({ path: testInfo.outputPath('mau-01.pdf'), format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // After the next sync the portal holds it received, with the deadline computed at acceptance.
  await page.goto('/#/queue');
  await syncNow(page);
  expect(await portal.summary(code)).toMatchObject({ TrangThaiHoSo: '2', IdNoiBo: id });
  const held = await portal.lookUp(code);
  expect(held.NgayHenTra).toBe(`${due.year}${due.month}${due.day}${due.hour}${due.minute}00`);
  expect(held.NgayTiepNhan).toMatch(/^\d{14}$/);
  expect(held.KenhThucHien).toBe('2');
});

test('a dossier received at counter 1 is finished by the back office, handed over at counter 2, and counter 1 sees it handed over', async (
  { portal, counter1, counter2, page1, page2 },
  testInfo,
) => {
  test.setTimeout(60_000); // three processes and two browsers on a 2-core machine shared with other work
  await signInAsAdmin(page1, counter1);
  await signInAsAdmin(page2, counter2);

  // Counter 1 receives the dossier at the intake screen.
  await page1.goto('/#/intake');
  await expect(page1.getByTestId('intake-screen')).toBeVisible();
  await page1.getByLabel('Họ và tên', { exact: true }).fill('Lò Thị Mai');
  await page1.getByLabel('Địa chỉ', { exact: true }).fill('Bản Lang, Phường Tân Phong, Lai Châu');
  const picker = page1.getByLabel('Thủ tục', { exact: true });
  await picker.click();
  await picker.fill('dang ky khai sinh');
  await expect(page1.getByRole('option', { name: '1.001193 · Đăng ký khai sinh', exact: true })).toBeAttached();
  await page1.keyboard.press('Enter');
  await expect(page1.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  // The procedure has loaded and the live preview computed the return time: the checklist is settled.
  await expect(page1.getByTestId('intake-preview-due')).toContainText(/\d{2} giờ \d{2} phút/);
  const components = page1.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
  const componentCount = await components.count();
  for (let i = 0; i < componentCount; i++) await components.nth(i).check();
  for (let i = 0; i < componentCount; i++) await expect(components.nth(i), 'the ticked components stay ticked').toBeChecked();
  await page1.keyboard.press('Control+Enter');
  await expect(page1.getByTestId('intake-result')).toBeVisible();
  const code = (await page1.getByTestId('intake-code').textContent())!.trim();
  expect(code).toMatch(/^000\.00\.00\.H29-\d{6}-5[0-4]\d{2}$/); // counter 1's slice, 5001-5500

  // ... hands it to the back office and syncs.
  const atCounter1 = await openInQueue(page1, code, ROW_TIMEOUT);
  await doAction(page1, 'Chuyển xử lý');
  await expect(atCounter1).toHaveAttribute('data-status', '4');
  await closeDetail(page1);
  await syncNow(page1);
  expect(await portal.summary(code)).toMatchObject({ TrangThaiHoSo: '4' });

  // The back office finishes it with a result document (the simulator with no delay).
  await portal.control({ backOffice: { delayMs: 0 } });
  await expect.poll(async () => (await portal.summary(code))?.TrangThaiHoSo, { timeout: 5_000 }).toBe('9');
  await portal.control({ backOffice: { delayMs: null } });
  const processed = await portal.lookUp(code);
  expect(processed.NgayKetThucXuLy).toMatch(/^\d{14}$/);
  expect(processed.DanhSachGiayToKetQua).toEqual([expect.objectContaining({ MaGiayToKetQua: `KQ-${code}` })]);

  // Counter 2 learns of it: processed, received elsewhere, only the hand-over is offered.
  await syncNow(page2);
  await page2.goto('/#/queue');
  await expect(queueRow(page2, code)).toBeVisible(ROW_TIMEOUT);
  await expect(queueRow(page2, code).locator('.queue-status-tag')).toHaveAttribute('data-status', '9');
  const atCounter2 = await openInQueue(page2, code, ROW_TIMEOUT);
  await expect(atCounter2).toHaveAttribute('data-status', '9');
  expect(await offeredActions(page2)).toEqual(['Trả kết quả']);
  await expect(atCounter2.getByTestId('dossier-origin-note')).toContainText('Hồ sơ do quầy khác tiếp nhận');
  await expect(atCounter2.getByTestId('dossier-results')).toContainText(`Kết quả: Đăng ký khai sinh (KQ-${code})`);
  await expect(atCounter2).toContainText('tại quầy khác');
  await shot(page2, testInfo, '1-counter2-processed-elsewhere');

  await doAction(page2, 'Trả kết quả', { 'Họ và tên người nhận': 'Lò Thị Mai', 'Quan hệ': 'bản thân' });
  await expect(atCounter2).toHaveAttribute('data-status', '10');
  await expect(atCounter2).toContainText('Người nhận kết quả: Lò Thị Mai (bản thân)');
  await shot(page2, testInfo, '2-counter2-handed-over');
  await closeDetail(page2);
  await syncNow(page2);
  const id = await dossierId(counter1, code);
  expect(await portal.summary(code)).toMatchObject({ TrangThaiHoSo: '10', IdNoiBo: id });
  expect((await portal.lookUp(code)).NgayTra).toMatch(/^\d{14}$/);

  // Counter 1, after its own sync, sees it handed over.
  await syncNow(page1);
  await page1.goto('/#/queue');
  await expect(queueRow(page1, code).locator('.queue-status-tag')).toHaveAttribute('data-status', '10', ROW_TIMEOUT);
  const back = await openInQueue(page1, code, ROW_TIMEOUT);
  await expect(back).toHaveAttribute('data-status', '10');
  await expect(back.getByTestId('dossier-results')).toContainText(`KQ-${code}`);
  // The protocol carries no field for who collected the result: counter 1 sees the hand-over in the history.
  await expect(back.locator('.queue-history')).toContainText('Đã trả kết quả');
  await expect(back.locator('.queue-history')).toContainText('Cập nhật từ quầy khác');
  await shot(page1, testInfo, '3-counter1-sees-handed-over');
});
