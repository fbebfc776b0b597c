// Nhật ký hệ thống at 1366x768 against a real host: the audit with filters, the chain check, the
// Excel export, a citizen's data report on screen, printed on its route and exported as JSON, the
// access log that saw each of those reads; then a row edited in the database file outside the desk
// makes the check name it and the frame show the red warning.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { signInAsAdmin } from './desk-steps';
import { api, login, receiveCertifiedCopy } from './desk-api';
import { watchPageProblems } from './page-problems';
import { openDeskDatabase } from '../support/desk-database';

const ID = '001203004567';

test.use({ viewport: { width: 1366, height: 768 } });

test('Nhật ký hệ thống: filters, check, Excel; a citizen report; the access log; a tampered row shows red', async ({ page, desk }, testInfo) => {
  const token = await login(desk);
  const dossier = await receiveCertifiedCopy(desk, token, 'Trần Thị Minh Thư');
  await receiveCertifiedCopy(desk, token, 'Hoàng Văn Nam');
  await api(desk, 'dossiers.get', { id: dossier.id }, token);
  const problems = watchPageProblems(page);

  await signInAsAdmin(page, desk);
  await page.getByRole('menuitem', { name: 'Nhật ký hệ thống' }).click();
  const trail = page.getByTestId('audit-trail');
  await expect(trail.locator('.ant-table-row').first()).toBeVisible();
  await expect(trail.getByTestId('audit-table')).toContainText('dossiers.create');
  await expect(trail.getByTestId('audit-table')).toContainText(`Hồ sơ ${dossier.code}`);

  // Filter by dossier code: its intake only.
  await trail.getByTestId('audit-filter-entity').fill(dossier.code);
  await trail.getByTestId('audit-filter-apply').click();
  await expect(trail.locator('.ant-table-row')).toHaveCount(1);
  await expect(trail.locator('.ant-table-row')).toContainText('dossiers.create');
  // Expanded, the row shows what was stored.
  await trail.locator('.ant-table-row-expand-icon').first().click();
  await expect(trail.locator('.mc-audit-json').last()).toContainText('Trần Thị Minh Thư');

  // Filter by method and clear the dossier.
  await trail.getByTestId('audit-filter-entity').fill('');
  await trail.getByTestId('audit-filter-method').click();
  await page.keyboard.type('auth.login');
  await page.locator('.ant-select-item-option[title="auth.login"]').click();
  await trail.getByTestId('audit-filter-apply').click();
  await expect(trail.locator('.ant-table-row').first()).toContainText('auth.login');
  const loginRows = await trail.locator('.ant-table-row').count();
  expect(loginRows).toBeGreaterThanOrEqual(2);
  await expect(trail.locator('.ant-table-row').filter({ hasNotText: 'auth.login' })).toHaveCount(0);

  await trail.getByTestId('audit-verify').click();
  await expect(trail.getByTestId('audit-verify-result')).toContainText('Nhật ký nguyên vẹn: đã kiểm tra');
  await expect(trail.getByTestId('audit-head')).toContainText('Đầu chuỗi: dòng');
  // Everything fits a 1366x768 window: no page scroll bar.
  expect(
    await page.evaluate(() => {
      const w = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
      return w.document.documentElement.scrollWidth <= w.innerWidth;
    }),
  ).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('nhat-ky-he-thong.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), trail.getByTestId('audit-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^nhat-ky-he-thong-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Nhật ký hệ thống')!;
  expect(String(sheet.getCell(2, 1).value)).toContain('chức năng auth.login');
  expect(sheet.rowCount - 4).toBe(loginRows);

  // A citizen asks what the desk holds about them.
  await page.getByRole('tab', { name: 'Dữ liệu của công dân' }).click();
  const subject = page.getByTestId('subject-report-tab');
  await subject.getByTestId('subject-id-number').fill(ID);
  await subject.getByTestId('subject-show').click();
  const report = subject.getByTestId('subject-report');
  await expect(report).toContainText('BÁO CÁO DỮ LIỆU CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ');
  await expect(report).toContainText(dossier.code);
  await expect(report).toContainText('Trần Thị Minh Thư');
  await expect(report.getByTestId('subject-report-access')).toContainText('xem');
  await page.screenshot({ path: testInfo.outputPath('du-lieu-cong-dan.png') });
  const [json] = await Promise.all([page.waitForEvent('download'), subject.getByTestId('subject-export').click()]);
  expect(json.suggestedFilename()).toBe(`du-lieu-ca-nhan-${ID}.json`);
  const exported = JSON.parse(fs.readFileSync(await json.path(), 'utf8')) as { idNumber: string; dossiers: Array<{ code: string }> };
  expect(exported.idNumber).toBe(ID);
  expect(exported.dossiers.map((d) => d.code)).toContain(dossier.code);

  // The access log holds every read above: the API's dossiers.get, the Excel export, the three reports.
  await page.getByRole('tab', { name: 'Truy cập dữ liệu cá nhân' }).click();
  const access = page.getByTestId('access-log');
  await expect(access.locator('.ant-table-row').first()).toBeVisible();
  const rows = await access.locator('.ant-table-row').allInnerTexts();
  const has = (...parts: string[]) => rows.some((r) => parts.every((p) => r.includes(p)));
  expect(has('dossiers.get', dossier.code)).toBe(true);
  expect(has('audit.exportExcel', 'Xuất tệp')).toBe(true);
  expect(has('privacy.subjectReport', 'Xem', ID)).toBe(true);
  expect(has('privacy.subjectReport', 'Xuất tệp', ID)).toBe(true);
  expect(problems.list()).toEqual([]);

  // The printable page on its own route.
  await page.goto(`/#/print/subject-report/${ID}`);
  await page.reload();
  await expect(page.getByTestId('print-ready')).toBeVisible();
  await expect(page.getByTestId('app-frame')).toHaveCount(0);
  await expect(page.getByTestId('subject-report')).toContainText(dossier.code);
  await page.screenshot({ path: testInfo.outputPath('bao-cao-du-lieu-ca-nhan-in.png'), fullPage: true });
  await page.pdf({ path: testInfo.outputPath('bao-cao-du-lieu-ca-nhan.pdf'), format: 'A4' });
  const printLog = await api<{ items: Array<{ method: string; purpose: string; words: string | null }> }>(desk, 'privacy.accessLog', { limit: 1 }, token);
  expect(printLog.items[0]).toMatchObject({ method: 'privacy.subjectReport', purpose: 'print', words: ID });

  // The cash report's foot carries the chain's head.
  const head = await api<{ id: number; hash: string }>(desk, 'audit.head', {}, token);
  await page.goto('/#/print/cash-report/2026-01-05');
  await page.reload();
  await expect(page.getByTestId('audit-head-foot')).toContainText(`dòng số ${head.id}`);
  await expect(page.getByTestId('audit-head-foot')).toContainText(head.hash.slice(0, 8));

  // Someone edits an audit row in the file, with the key and a SQLite tool, while the desk runs.
  const db = openDeskDatabase(desk.dataDir);
  db.pragma('busy_timeout = 5000');
  db.exec('DROP TRIGGER audit_log_no_update;');
  db.prepare(`UPDATE audit_log SET username = 'nguoi-la' WHERE id = 3`).run();
  db.close();
  await page.goto('/');
  await page.getByRole('menuitem', { name: 'Nhật ký hệ thống' }).click();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('Nhật ký đã bị thay đổi từ dòng 3');
  await page.reload();
  await expect(page.getByTestId('audit-chain-warning')).toContainText('chuỗi kiểm tra gãy từ dòng 3');
  await page.screenshot({ path: testInfo.outputPath('nhat-ky-bi-sua.png') });
});
