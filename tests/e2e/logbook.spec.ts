// Sổ theo dõi hồ sơ (Mẫu 07) as an inspector is handed it: the counter's book of the year for the
// days asked, printed on A4 landscape from Giám sát or its print route, and the same rows in Excel.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { api, login, receiveDossier } from './desk-api';
import { fakeAppBridge, printed, printedText, signInAsAdmin } from './desk-steps';
import { readPdf } from './pdf-text';
import { watchPageProblems } from './page-problems';

const BIRTH = '1.001193';
const OUT = 'test-results/logbook';

test.use({ viewport: { width: 1366, height: 768 } });

interface LogbookRow {
  rowNumber: number;
  code: string;
  applicantName: string;
  applicantAddress: string;
  applicantPhone: string | null;
  receivedAt: string;
  resultAt: string | null;
  handedOverAt: string | null;
}

/** Today in Vietnam, yyyy-mm-dd. */
const vnToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

async function printRoute(page: Page, hash: string, name: string) {
  await page.goto('about:blank');
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('print-ready')).toBeVisible();
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  // A picture of the first page, to look at.
  spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, path.join(OUT, name)]);
  // -raw keeps the order the page drew the text in, so a cell wrapped over lines reads whole.
  const raw = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  return { ...readPdf(file), raw };
}

test('Giám sát prints the counter’s book for the days chosen (Mẫu 07, A4 landscape) and exports the same rows to Excel', async ({ page, desk }) => {
  const problems = watchPageProblems(page);
  const token = await login(desk);
  const people = [
    { fullName: 'Lò Văn Páo', address: 'Bản Lang, Phường Tập Huấn', phone: '0912000111' },
    { fullName: 'Lò Thị Mai', address: 'Tổ 5, Phường Tập Huấn', phone: '0988777666' },
    { fullName: 'Cầm Văn Ơn', address: 'Số 7 đường Trần Phú, Phường Tập Huấn' },
  ];
  const codes: string[] = [];
  const ids: string[] = [];
  for (const applicant of people) {
    const { dossier } = await receiveDossier(desk, token, { procedureCode: BIRTH, applicant });
    codes.push(dossier.code);
    ids.push(dossier.id);
  }
  // The first: the back office's result is back and handed over to the applicant.
  await api(desk, 'dossiers.handOff', { id: ids[0] }, token);
  await api(desk, 'dossiers.markProcessed', { id: ids[0] }, token);
  await api(desk, 'dossiers.handOver', { id: ids[0], collectedBy: { fullName: 'Lò Văn Páo' } }, token);
  // The third: the citizen withdrew it.
  await api(desk, 'dossiers.withdraw', { id: ids[2], reason: 'Công dân xin rút hồ sơ' }, token);

  const today = vnToday();
  const book = `01/${today.slice(0, 4)}`;
  const listed = await api<{ items: LogbookRow[]; nextCursor: string | null }>(desk, 'logbook.list', { book, from: today, to: today }, token);
  expect(listed.items.map((r) => r.code)).toEqual(codes);
  expect(listed.items.map((r) => r.rowNumber)).toEqual([1, 2, 3]);

  await fakeAppBridge(page);
  await signInAsAdmin(page, desk);
  await page.goto('/#/supervisor');
  const card = page.getByTestId('logbook-card');
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByTestId('logbook-span')).toContainText(`Quyển số ${book}`);
  await expect(card.getByLabel('Quầy của quyển sổ')).toBeVisible();
  fs.mkdirSync(OUT, { recursive: true });
  await page.waitForTimeout(300);
  await card.screenshot({ path: `${OUT}/logbook-card.png` });

  // Xuất Excel: a download whose rows are the rows of logbook.list (this month holds today).
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^so-theo-doi-ho-so-01-${today.slice(0, 4)}-\\d{4}-\\d{2}-01-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  const xlsx = path.join(OUT, download.suggestedFilename());
  await download.saveAs(xlsx);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.getWorksheet('Sổ theo dõi hồ sơ')!;
  expect(String(sheet.getCell(1, 1).value)).toBe(`SỔ THEO DÕI HỒ SƠ – Quyển số ${book} – UBND Phường Tập Huấn`);
  const header = (sheet.getRow(4).values as unknown[]).slice(1);
  expect(header).toContain('Ngày, giờ nhận kết quả từ cơ quan giải quyết');
  const dataRows = sheet.getRows(5, 20)!.filter((r) => r.getCell(1).value !== null);
  expect(dataRows.map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(5).value, r.getCell(6).value, r.getCell(7).value])).toEqual(
    listed.items.map((r) => [r.rowNumber, r.code, r.applicantName, r.applicantAddress, r.applicantPhone]),
  );
  // The handed-over dossier has both times; the cells hold Vietnam's wall clock.
  const handedOver = dataRows[0]!.getCell(11).value as Date;
  expect(handedOver.toISOString().slice(0, 16)).toBe(new Date(Date.parse(listed.items[0]!.handedOverAt!) + 7 * 3_600_000).toISOString().slice(0, 16));
  expect(String(dataRows[2]!.getCell(12).value)).toContain('Công dân xin rút hồ sơ');

  // In sổ: the book goes to the printer on its own A4 landscape page.
  await card.getByRole('button', { name: 'In sổ' }).click();
  await expect.poll(() => printed(page)).toHaveLength(1);
  expect((await printed(page))[0]).toMatchObject({ target: 'printer', paper: 'css' });
  const [sent] = await printedText(page);
  expect(sent).toContain('Sổ theo dõi hồ sơ');
  for (const code of codes) expect(sent).toContain(code);

  // The print route for today, read back from its PDF.
  const pdf = await printRoute(page, `#/print/logbook/${encodeURIComponent(book)}?from=${today}&to=${today}`, 'so-theo-doi-ho-so');
  await page.screenshot({ path: `${OUT}/logbook-print.png`, fullPage: true });
  expect(pdf.text).toContain('SỔ THEO DÕI HỒ SƠ');
  expect(pdf.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(pdf.text).toContain('UBND PHƯỜNG TẬP HUẤN');
  expect(pdf.text).toContain(`Quyển số ${book} · Quầy 01 · Hồ sơ tiếp nhận từ ngày ${ddmmyyyy(today)} đến ngày ${ddmmyyyy(today)} · 3 hồ sơ`);
  // Headings of one line read straight from the PDF; those wrapped in their narrow columns from the page.
  for (const heading of ['Mã hồ sơ', 'Tên thủ tục hành chính', 'Ngày, giờ', 'Trả kết quả', 'Ký nhận', 'Ghi chú']) expect(pdf.text).toContain(heading);
  const headings = await page.getByTestId('logbook-table').locator('thead th').allTextContents();
  expect(headings.slice(0, 11)).toEqual([
    'Số thứ tự', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Số lượng hồ sơ (bộ)', 'Tên người nộp hồ sơ, địa chỉ, số điện thoại', 'Ngày, giờ', 'Trả kết quả', 'Ghi chú',
    'Nhận hồ sơ', 'Hẹn trả kết quả', 'Nhận kết quả từ cơ quan giải quyết',
  ]);
  for (const code of codes) expect(pdf.text).toContain(code);
  for (const person of people) {
    expect(pdf.text).toContain(person.fullName);
    if (person.phone) expect(pdf.text).toContain(`ĐT: ${person.phone}`);
  }
  expect(pdf.raw).toContain('1 000.00.00.H56-');
  expect(pdf.raw).toContain(`${codes[0]} Đăng ký khai sinh 1 Lò Văn Páo Bản Lang, Phường Tập Huấn ĐT: 0912000111`);
  expect(pdf.raw).toContain(`${codes[2]} Đăng ký khai sinh 1 Cầm Văn Ơn Số 7 đường Trần Phú, Phường Tập Huấn`);
  expect(pdf.raw).toContain('Công dân yêu cầu rút hồ sơ: Công dân xin rút hồ sơ');
  expect(pdf.text).toContain(ddmmyyyy(today));
  expect(pdf.text).toContain('Mẫu số 07 · Sổ theo dõi hồ sơ · mẫu TT03-2025');
  expect(Math.round(pdf.width)).toBe(842);
  expect(Math.round(pdf.height)).toBe(595);
  expect(pdf.pages).toBe(1);

  // A malformed book is refused on the route, in Vietnamese.
  await page.goto('about:blank');
  await page.goto('/#/print/logbook/2026');
  await expect(page.getByTestId('print-failed')).toContainText('Quyển sổ phải có dạng số quầy/năm, ví dụ 01/2026.');
  expect(problems.list()).toEqual([]);
});
