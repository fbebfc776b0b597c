import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { receiveCertifiedCopy } from './cash-fixtures';

/** A day at counter 1: three receipts (14.000, 2.000, 7.000 đ), the second voided, 4.000 đ of the first refunded. */
async function dayWithVoidAndRefund() {
  const h = await startCore();
  const officer = await h.userWithRole('officer');
  await h.userWithRole('supervisor', 'giamsat');
  const approval = { username: 'giamsat', password: 'giamsat-pass-1' };
  await h.ok('cash.open', { float: 200_000 }, officer);
  const paid = [];
  for (const [pages, copies] of [[5, 2], [1, 1], [5, 1]] as const) {
    const dossier = await receiveCertifiedCopy(h, officer, pages, copies);
    h.clock.advance(60_000);
    paid.push(await h.ok('payments.collect', { dossierId: dossier.id }, officer));
  }
  await h.ok('payments.void', { paymentId: paid[1]!.paymentId, reason: 'Thu nhầm', approval }, officer);
  await h.ok('payments.refund', { paymentId: paid[0]!.paymentId, amount: 4_000, reason: 'Chỉ chứng thực 3 trang', approval }, officer);
  return { h, officer, paid };
}

async function readBack(contentBase64: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  return book;
}

/** The sheet's data rows (below the headings on row 3) as arrays of cell values. */
function rows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 3) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

describe('the cash report in Excel', () => {
  it('has the payments with their receipt numbers, the void, the refund, the session and totals equal to cash.report', async () => {
    const { h } = await dayWithVoidAndRefund();
    const admin = await h.adminToken();
    const report = await h.ok('cash.report', { date: '2026-11-25' }, admin);
    const file = await h.ok('cash.reportExcel', { date: '2026-11-25' }, admin);
    expect(file.fileName).toBe('bao-cao-thu-tien-2026-11-25.xlsx');
    const book = await readBack(file.contentBase64);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Biên lai', 'Hủy biên lai', 'Hoàn tiền', 'Ca thu tiền']);

    const payments = book.getWorksheet('Biên lai')!;
    expect((payments.getRow(3).values as unknown[]).slice(1)).toEqual([
      'STT', 'Mẫu số', 'Ký hiệu', 'Số biên lai', 'Mã hồ sơ', 'Thu lúc', 'Cán bộ thu', 'Quầy', 'Số tiền (đồng)', 'Đã hoàn (đồng)', 'Trạng thái', 'Hình thức', 'Mã giao dịch',
    ]);
    const paymentRows = rows(book, 'Biên lai');
    expect(paymentRows.map((r) => [r[1], r[2], r[3], r[8], r[9], r[10]])).toEqual([
      ['01BLP0-001', 'AA-26P', 1, 14_000, 4_000, 'Đã hoàn tiền'],
      ['01BLP0-001', 'AA-26P', 2, 2_000, 0, 'Đã hủy'],
      ['01BLP0-001', 'AA-26P', 3, 7_000, 0, 'Đã thu'],
    ]);
    expect(paymentRows.map((r) => r[4])).toEqual(report.payments.map((p) => p.dossierCode));
    // Collected at 02:01 UTC: 09:01 in Vietnam, stored as Vietnam wall-clock time.
    expect((paymentRows[0]![5] as Date).toISOString()).toBe('2026-11-25T09:01:00.000Z');
    expect(payments.getCell(4, 6).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(payments.getCell(4, 9).numFmt).toBe('#,##0');
    expect(payments.getCell(4, 4).numFmt).toBe('0000000');

    // People are named by their full names (the harness's accounts are "Cán bộ <role>"), not by username.
    expect(paymentRows.map((r) => r[6])).toEqual(['Cán bộ officer', 'Cán bộ officer', 'Cán bộ officer']);
    expect(rows(book, 'Hủy biên lai').map((r) => [r[1], r[3], r[5], r[7], r[8], r[9]])).toEqual([['PC', 1, 'Cán bộ officer', 'Cán bộ supervisor', -2_000, 'Thu nhầm']]);
    expect(rows(book, 'Hoàn tiền').map((r) => [r[1], r[3], r[8], r[9]])).toEqual([['PC', 2, -4_000, 'Chỉ chứng thực 3 trang']]);
    const session = rows(book, 'Ca thu tiền');
    expect(session).toHaveLength(1);
    expect(session[0]!.slice(0, 3)).toEqual([1, 'Cán bộ officer', 1]);
    expect(session[0]!.slice(5, 9)).toEqual([200_000, 23_000, -6_000, 217_000]);

    // Totals: one officer row and the grand total, equal to cash.report's.
    const totals = rows(book, 'Tổng hợp');
    const t = report.totals[0]!;
    expect(totals).toEqual([
      ['Cán bộ officer', 1, t.payments, t.collected, t.cash, t.transfer, t.voided, t.refunded, t.net],
      ['Tổng cộng', null, report.grandTotal.payments, report.grandTotal.collected, report.grandTotal.cash, report.grandTotal.transfer, report.grandTotal.voided, report.grandTotal.refunded, report.grandTotal.net],
    ].map((r) => r.map((v) => (v === null ? undefined : v))));
    expect(report.grandTotal).toEqual({ payments: 3, collected: 23_000, cash: 23_000, transfer: 0, voided: -2_000, refunded: -4_000, net: 17_000 });
    expect(book.getWorksheet('Tổng hợp')!.getCell(1, 1).value).toMatch(/^BÁO CÁO THU TIỀN PHÍ, LỆ PHÍ NGÀY 25\/11\/2026 – /);
  });

  it('follows cash.report: an officer gets only their own, and cannot ask for another officer', async () => {
    const { h, officer } = await dayWithVoidAndRefund();
    const mine = await h.ok('cash.reportExcel', { date: '2026-11-25' }, officer);
    expect(mine.fileName).toBe('bao-cao-thu-tien-2026-11-25-officer1.xlsx');
    expect(String((await readBack(mine.contentBase64)).getWorksheet('Tổng hợp')!.getCell(2, 1).value)).toMatch(/^Cán bộ thu: Cán bộ officer\. /);
    const other = await h.userWithRole('officer', 'officer2');
    const theirs = await readBack((await h.ok('cash.reportExcel', { date: '2026-11-25' }, other)).contentBase64);
    expect(rows(theirs, 'Biên lai')).toEqual([]);
    expect(rows(theirs, 'Tổng hợp')).toEqual([['Tổng cộng', undefined, 0, 0, 0, 0, 0, 0, 0]]);
    const peek = await h.raw('cash.reportExcel', { date: '2026-11-25', officer: 'officer1' }, other);
    expect(!peek.ok && peek.error.code).toBe('FORBIDDEN');
    const bad = await h.raw('cash.reportExcel', { date: '25/11/2026' }, officer);
    expect(!bad.ok && bad.error.message).toMatch(/yyyy-mm-dd/);
  });
});
