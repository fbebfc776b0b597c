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
