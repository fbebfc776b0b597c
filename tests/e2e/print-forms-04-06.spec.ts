// The forms of a dossier after intake, as the citizen and the back office get them: Mẫu 04 apology
// and new date, Mẫu 05 stop notice, Mẫu 06 control sheet. Each is rendered to PDF in Chromium and
// read back, and offered on screen right after the action that calls for it.
import fs from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { api, controlPortal, login, receiveCertifiedCopy } from './desk-api';
import { fakeAppBridge, openInQueue, printed, printedText, signInAsAdmin } from './desk-steps';
import { watchPageProblems, type PageProblems } from './page-problems';
import { readPdf } from './pdf-text';

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function vietnamParts(iso: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of VIETNAM_TIME.formatToParts(new Date(iso))) parts[part.type] = part.value;
  return parts;
}

/** "08 giờ 30 phút, ngày 05 tháng 03 năm 2026", as the forms print times. */
function inWords(iso: string): string {
  const p = vietnamParts(iso);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** "08:30 05/03/2026", as the control sheet's table prints times. */
function shortTime(iso: string): string {
  const p = vietnamParts(iso);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** The page's problems, but the event stream of the page left behind when the print route is opened (cut off by the navigation). */
function problemsOf(problems: PageProblems): string[] {
  return problems.list().filter((line) => !/^request failed: \S+\/api\/events\?\S+ net::ERR_ABORTED$/.test(line));
}

interface Detail {
  id: string;
  code: string;
  receivedAt: string;
  dueAt: string;
  handOffDueAt: string;
  history: Array<{ action: string; at: string; dueAt: string | null }>;
}

/**
 * Opens a print route, waits until it is ready, saves it as an A4 PDF and a picture of the page
 * (both attached to the report), and returns the PDF's text and page count.
 */
async function printToPdf(page: Page, testInfo: TestInfo, hash: string, name: string): Promise<{ text: string; pages: number }> {
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('print-ready')).toBeVisible();
  await expect(page.getByTestId('app-frame')).toHaveCount(0);
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  await testInfo.attach(`${name}.pdf`, { path: file, contentType: 'application/pdf' });
  const picture = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: picture, fullPage: true });
  await testInfo.attach(`${name}.png`, { path: picture, contentType: 'image/png' });
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
  return readPdf(file);
}

test('Mẫu 04 says the result was not ready at the time promised, why, the apology and the new time', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Nguyễn Thị Hoa');
  const received = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  await api(desk, 'dossiers.handOff', { id: dossier.id }, token);
  const newDueAt = new Date(new Date(received.dueAt).getTime() + 3 * 24 * 3600_000).toISOString();
  await api(desk, 'dossiers.reschedule', { id: dossier.id, newDueAt, reason: 'Chờ cơ quan công an xác minh nơi cư trú' }, token);
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  const { text, pages } = await printToPdf(page, testInfo, `#/print/apology/${dossier.id}`, 'mau04');
  expect(text).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
  expect(text).toContain('Mẫu số 04');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain(dossier.code);
  expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hoa');
  expect(text).toContain('Chứng thực bản sao từ bản chính');
  expect(text).toContain(`Thời gian nhận hồ sơ: ${inWords(received.receivedAt)}`);
  expect(text).toContain(`Thời gian hẹn trả kết quả: ${inWords(received.dueAt)}`);
  expect(text).toContain('chưa trả được kết quả giải quyết hồ sơ cho ông/bà đúng hẹn');
  expect(text).toContain('Lý do: Chờ cơ quan công an xác minh nơi cư trú');
  expect(text).toContain('thành thật xin lỗi ông/bà');
  expect(text).toContain(`Thời gian hẹn trả kết quả mới: ${inWords(newDueAt)}`);
  expect(text).toContain('THỦ TRƯỞNG CƠ QUAN');
  expect(text).toContain('(Ký, ghi rõ họ tên và đóng dấu)');
  expect(text).toContain('Mẫu số 04 · mẫu TT03-2025');
  expect(pages).toBe(1);
  expect(problemsOf(problems)).toEqual([]);
});

test('a new date set at the counter offers Mẫu 04 at once (Enter prints it), and the dossier panel reprints it', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Trần Văn Bình');
  await fakeAppBridge(page);
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);
  const detail = await openInQueue(page, dossier.code);
  await detail.getByRole('button', { name: 'Hẹn lại ngày trả', exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Xác nhận' }) });
  // The new time offered is a day after the one promised; the officer gives the reason.
  await dialog.getByLabel('Lý do', { exact: true }).fill('Hồ sơ cần lấy ý kiến của phòng Tư pháp');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  const paper = page.getByTestId('paper-after-action');
  await expect(paper).toContainText('Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu 04)');
  await expect(paper.getByRole('button', { name: 'In văn bản xin lỗi (Mẫu 04)' })).toBeFocused();
  await page.waitForTimeout(300); // the dialog's opening animation
  await page.screenshot({ path: testInfo.outputPath('mau04-offer.png') });
  await page.keyboard.press('Enter');
  await expect(paper).toBeHidden();
  await expect.poll(() => printed(page)).toHaveLength(1);
  const after = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const [text] = await printedText(page);
  expect(text).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
  expect(text).toContain('Hồ sơ cần lấy ý kiến của phòng Tư pháp');
  expect(text).toContain(`Thời gian hẹn trả kết quả mới: ${inWords(after.dueAt)}`);

  await detail.getByRole('button', { name: 'In văn bản xin lỗi (Mẫu 04)' }).click();
  await expect.poll(() => printed(page)).toHaveLength(2);
  expect((await printedText(page))[1]).toContain('Hồ sơ cần lấy ý kiến của phòng Tư pháp');
  expect(problems.list()).toEqual([]);
});

test('Mẫu 05 tells the applicant that a dossier withdrawn at their request is stopped, since when and why', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Lê Văn Cường');
  await api(desk, 'dossiers.withdraw', { id: dossier.id, reason: 'Công dân không còn nhu cầu chứng thực' }, token);
  const withdrawn = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const stoppedAt = withdrawn.history.at(-1)!.at;
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  const { text, pages } = await printToPdf(page, testInfo, `#/print/stop-notice/${dossier.id}`, 'mau05');
  expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  expect(text).toContain('Mẫu số 05');
  expect(text).toContain(dossier.code);
  expect(text).toContain('Kính gửi: Ông/Bà Lê Văn Cường');
  expect(text).toContain(`Thời gian nhận hồ sơ: ${inWords(withdrawn.receivedAt)}`);
  expect(text).toContain(`Theo đề nghị rút hồ sơ của ông/bà, UBND Phường Tập Huấn thông báo dừng giải quyết hồ sơ nêu trên kể từ ${inWords(stoppedAt)}`);
  expect(text).toContain('Lý do: Công dân không còn nhu cầu chứng thực');
  expect(text).toContain('THỦ TRƯỞNG CƠ QUAN');
  expect(text).toContain('Mẫu số 05 · mẫu TT03-2025');
  expect(pages).toBe(1);
  expect(problemsOf(problems)).toEqual([]);
});

test('a dossier the back office stops comes through the feed; its Mẫu 05 leaves the reason for the officer to write', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Phạm Thị Dung');
  await api(desk, 'dossiers.handOff', { id: dossier.id }, token);
  await api(desk, 'sync.run', {}, token);
  await controlPortal(desk, { backOffice: { stop: [dossier.code] } });
  await expect.poll(async () => (await api<Detail & { status: number }>(desk, 'dossiers.get', { id: dossier.id }, token)).status, { timeout: 10_000 }).toBe(8);
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  const detail = await openInQueue(page, dossier.code);
  await expect(detail).toHaveAttribute('data-status', '8');
  await expect(detail.getByRole('button', { name: 'In thông báo dừng giải quyết (Mẫu 05)' })).toBeVisible();
  const stopped = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const { text } = await printToPdf(page, testInfo, `#/print/stop-notice/${dossier.id}`, 'mau05-co-quan-dung');
  expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  expect(text).toContain('Kính gửi: Ông/Bà Phạm Thị Dung');
  expect(text).toContain(`Theo ý kiến của cơ quan có thẩm quyền giải quyết, UBND Phường Tập Huấn thông báo dừng giải quyết hồ sơ nêu trên kể từ ${inWords(stopped.history.at(-1)!.at)}`);
  expect(text).not.toContain('Cổng: Dừng xử lý');
  await expect(page.locator('.mc-body .mc-line', { hasText: 'Lý do:' }).locator('.mc-dots')).toBeVisible();
  expect(problemsOf(problems)).toEqual([]);
});

test('a withdrawal at the counter offers Mẫu 05 at once: Enter prints it, and the panel reprints it', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Vũ Thị Lan');
  await fakeAppBridge(page);
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);
  const detail = await openInQueue(page, dossier.code);
  await detail.getByRole('button', { name: 'Rút hồ sơ', exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Xác nhận' }) });
  await dialog.getByLabel('Lý do', { exact: true }).fill('Công dân xin rút để bổ sung giấy tờ khác');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  const paper = page.getByTestId('paper-after-action');
  await expect(paper).toContainText('Trao Thông báo dừng giải quyết hồ sơ (Mẫu 05) cho người nộp');
  await expect(paper.getByRole('button', { name: 'In thông báo dừng giải quyết (Mẫu 05)' })).toBeFocused();
  await page.waitForTimeout(300); // the dialog's opening animation
  await page.screenshot({ path: testInfo.outputPath('mau05-offer.png') });
  await page.keyboard.press('Enter');
  await expect(paper).toBeHidden();
  await expect.poll(() => printed(page)).toHaveLength(1);
  const [text] = await printedText(page);
  expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  expect(text).toContain('Công dân xin rút để bổ sung giấy tờ khác');
  await expect(detail).toHaveAttribute('data-status', '7');

  await detail.getByRole('button', { name: 'In thông báo dừng giải quyết (Mẫu 05)' }).click();
  await expect.poll(() => printed(page)).toHaveLength(2);
  expect((await printedText(page))[1]).toContain('Công dân xin rút để bổ sung giấy tờ khác');
  expect(problems.list()).toEqual([]);
});

/** The rows of the control sheet on the page: number, step, time, deadline, on time, officer. */
async function controlRows(page: Page): Promise<string[][]> {
  return Promise.all((await page.locator('.mc-control-table tbody tr').all()).map((row) => row.locator('td').allTextContents()));
}

test('Mẫu 06 lists the steps of the counter with times and deadlines and blank rows for the back office; reprinted, the steps the feed brought', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Hoàng Văn Tú');
  await api(desk, 'dossiers.handOff', { id: dossier.id }, token);
  const handedOff = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const handOffAt = handedOff.history.find((entry) => entry.action === 'handOff')!.at;
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  const first = await printToPdf(page, testInfo, `#/print/control-sheet/${dossier.id}`, 'mau06');
  expect(first.text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
  expect(first.text).toContain('Mẫu số 06');
  expect(first.text).toContain(dossier.code);
  expect(first.text).toContain('Ông/Bà: Hoàng Văn Tú');
  expect(first.text).toContain(`Thời gian nhận hồ sơ: ${inWords(handedOff.receivedAt)}`);
  expect(first.text).toContain(`Thời gian hẹn trả kết quả: ${inWords(handedOff.dueAt)}`);
  expect(first.text).toContain('Thời gian giải quyết theo quy định: Trong ngày');
  expect(first.text).toContain('Mẫu số 06 · mẫu TT03-2025');
  expect(first.pages).toBe(1);
  expect(await controlRows(page)).toEqual([
    ['1', 'Tiếp nhận hồ sơ', shortTime(handedOff.receivedAt), '', '', 'Quản trị viên'],
    ['2', 'Chuyển hồ sơ đến cơ quan, bộ phận chuyên môn', shortTime(handOffAt), shortTime(handedOff.handOffDueAt), 'Đúng hạn', 'Quản trị viên'],
    ['3', 'Cơ quan, bộ phận chuyên môn nhận hồ sơ', '', '', '', ''],
    ['4', 'Thẩm định, xử lý hồ sơ', '', '', '', ''],
    ['5', 'Lãnh đạo xem xét, ký duyệt kết quả', '', '', '', ''],
    ['6', 'Trả kết quả về Bộ phận tiếp nhận và trả kết quả', '', shortTime(handedOff.dueAt), '', ''],
    ['7', 'Trả kết quả cho người nộp hồ sơ', '', shortTime(handedOff.dueAt), '', ''],
  ]);

  // The back office finishes it; the feed brings status 9 and the reprint carries that step.
  await api(desk, 'sync.run', {}, token);
  await controlPortal(desk, { backOffice: { delayMs: 0, runNow: true } });
  await expect.poll(async () => (await api<{ status: number }>(desk, 'dossiers.get', { id: dossier.id }, token)).status, { timeout: 10_000 }).toBe(9);
  const processed = await api<Detail>(desk, 'dossiers.get', { id: dossier.id }, token);
  const resultAt = processed.history.find((entry) => entry.action === 'portal')!.at;
  await page.goto('/#/queue'); // away from the print route, so that it loads the dossier again
  const again = await printToPdf(page, testInfo, `#/print/control-sheet/${dossier.id}`, 'mau06-co-ket-qua');
  expect(again.text).toContain('Mẫu số 06 · mẫu TT03-2025');
  expect(again.pages).toBe(1);
  expect((await controlRows(page)).slice(2)).toEqual([
    ['3', 'Trả kết quả về Bộ phận tiếp nhận và trả kết quả', shortTime(resultAt), shortTime(processed.dueAt), 'Đúng hạn', 'Cổng dịch vụ công'],
    ['4', 'Trả kết quả cho người nộp hồ sơ', '', shortTime(processed.dueAt), '', ''],
  ]);
  expect(problemsOf(problems)).toEqual([]);
});

/** Chuyển xử lý of a certified copy whose fee (due before processing) is not collected: the dialog names it, the officer goes on. */
async function handOffUnpaid(page: Page): Promise<void> {
  await page.getByTestId('dossier-detail').getByRole('button', { name: 'Chuyển xử lý', exact: true }).click();
  await page.getByTestId('action-dialog').getByRole('button', { name: 'Vẫn chuyển xử lý' }).click();
}

test('a hand-off at the counter offers Mẫu 06 (Enter prints it); with the print setting on, it prints by itself', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const first = await receiveCertifiedCopy(desk, token, 'Đỗ Minh Châu');
  const second = await receiveCertifiedCopy(desk, token, 'Ngô Thị Yến');
  await fakeAppBridge(page);
  await signInAsAdmin(page, desk);
  const problems = watchPageProblems(page);

  // The setting is off by default: the sheet is offered.
  let detail = await openInQueue(page, first.code);
  await handOffUnpaid(page);
  const paper = page.getByTestId('paper-after-action');
  await expect(paper).toContainText('Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06) đi kèm hồ sơ');
  await expect(paper.getByRole('button', { name: 'In phiếu kiểm soát (Mẫu 06)' })).toBeFocused();
  await page.waitForTimeout(300); // the dialog's opening animation
  await page.screenshot({ path: testInfo.outputPath('mau06-offer.png') });
  await page.keyboard.press('Enter');
  await expect(paper).toBeHidden();
  await expect.poll(() => printed(page)).toHaveLength(1);
  expect((await printedText(page))[0]).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
  expect((await printedText(page))[0]).toContain('Đỗ Minh Châu');
  await expect(detail.getByRole('button', { name: 'In phiếu kiểm soát (Mẫu 06)' })).toBeVisible();

  // Cài đặt → Chung: the switch in the print settings.
  await page.goto('/#/settings');
  await page.getByRole('tab', { name: 'Chung' }).click();
  const card = page.getByTestId('printer-settings');
  const toggle = card.getByRole('switch', { name: 'Tự in phiếu kiểm soát (Mẫu 06) khi chuyển xử lý' });
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await card.getByRole('button', { name: 'Lưu thiết lập in' }).click();
  await expect(page.getByText('Đã lưu thiết lập in trên máy này.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('mau06-setting.png') });

  detail = await openInQueue(page, second.code);
  await handOffUnpaid(page);
  await expect(detail).toHaveAttribute('data-status', '4');
  await expect.poll(() => printed(page)).toHaveLength(2);
  expect((await printedText(page))[1]).toContain('Ngô Thị Yến');
  await expect(page.getByTestId('paper-after-action')).toHaveCount(0);
  expect(problems.list()).toEqual([]);
});
