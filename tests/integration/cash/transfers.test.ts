// Paying by VietQR transfer at the counter: the code for the unpaid fee, the transfer confirmed
// with its reference, kept out of the drawer, split in the day's report, and a bank statement
// reconciled against the day's transfers. Real core, real SQLite file.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { startCore, type Harness } from '../../support/core-harness';
import { acknowledgeAll, receiveCertifiedCopy } from './cash-fixtures';

const ACCOUNT = { bankBin: '970436', accountNumber: '0451000123456', accountName: 'UBND PHUONG TAP HUAN' };

async function deskWithTransferAccount(): Promise<{ h: Harness; officer: string }> {
  const h = await startCore();
  await h.ok('cash.configure', { transferAccount: ACCOUNT }, await h.adminToken());
  const officer = await h.userWithRole('officer');
  await h.ok('cash.open', { float: 100_000 }, officer);
  return { h, officer };
}

describe('paying by VietQR transfer', () => {
  it('without an account set there is no code and no transfer; with one, the code carries the unpaid fee and the dossier code', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    await h.ok('cash.open', { float: 0 }, officer);
    const dossier = await receiveCertifiedCopy(h, officer, 5, 1);
    const none = await h.raw('payments.vietqr', { dossierId: dossier.id }, officer);
    expect(!none.ok && none.error.code).toBe('NOT_FOUND');
    const refused = await h.raw('payments.collect', { dossierId: dossier.id, method: 'transfer', reference: 'FT1' }, officer);
    expect(!refused.ok && refused.error.code).toBe('NOT_FOUND');
    expect((await h.ok('cash.settings', undefined, officer)).transferAccount).toBeNull();

    const admin = await h.adminToken();
    const badBin = await h.raw('cash.configure', { transferAccount: { ...ACCOUNT, bankBin: '9704' } }, admin);
    expect(!badBin.ok && badBin.error.message).toMatch(/BIN/);
    expect((await h.ok('cash.configure', { transferAccount: ACCOUNT }, admin)).transferAccount).toEqual(ACCOUNT);
    const qr = await h.ok('payments.vietqr', { dossierId: dossier.id }, officer);
    expect(qr).toMatchObject({ amount: 7_000, memo: dossier.code, account: ACCOUNT });
    expect(qr.payload).toContain(`540${String(qr.amount).length}${qr.amount}`);
    expect(qr.payload).toContain(`62${String(dossier.code.length + 4).padStart(2, '0')}08${String(dossier.code.length).padStart(2, '0')}${dossier.code}`);
    expect(qr.payload).toContain('0006970436' + '0113' + ACCOUNT.accountNumber);

    await h.ok('payments.collect', { dossierId: dossier.id, method: 'transfer', reference: 'FT26329001' }, officer);
    const paid = await h.raw('payments.vietqr', { dossierId: dossier.id }, officer);
    expect(!paid.ok && paid.error.code).toBe('CONFLICT');
    // Cleared: the method answers NOT_FOUND again.
    await h.ok('cash.configure', { transferAccount: null }, admin);
    const cleared = await h.raw('payments.vietqr', { dossierId: (await receiveCertifiedCopy(h, officer, 1, 1)).id }, officer);
    expect(!cleared.ok && cleared.error.code).toBe('NOT_FOUND');
  });

  it('a transfer needs its reference, takes no tendered cash, and its receipt prints the method and the reference', async () => {
    const { h, officer } = await deskWithTransferAccount();
    const dossier = await receiveCertifiedCopy(h, officer, 5, 1);
    const noRef = await h.raw('payments.collect', { dossierId: dossier.id, method: 'transfer' }, officer);
    expect(!noRef.ok && noRef.error.code).toBe('INVALID_INPUT');
    expect(!noRef.ok && JSON.stringify(noRef.error)).toContain('Mã giao dịch chuyển khoản: bắt buộc nhập.');
    const tendered = await h.raw('payments.collect', { dossierId: dossier.id, method: 'transfer', reference: 'FT1', tendered: 10_000 }, officer);
    expect(!tendered.ok && tendered.error.code).toBe('INVALID_INPUT');
    const collected = await h.ok('payments.collect', { dossierId: dossier.id, method: 'transfer', reference: 'FT26329001' }, officer);
    expect(collected).toMatchObject({ amount: 7_000, tendered: 7_000, change: 0, method: 'transfer', reference: 'FT26329001' });
    const receipt = await h.ok('payments.receipt', { paymentId: collected.paymentId }, officer);
    expect(receipt).toMatchObject({ method: 'Chuyển khoản', transferReference: 'FT26329001' });
    const cash = await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer, 1, 1)).id }, officer);
    expect(await h.ok('payments.receipt', { paymentId: cash.paymentId }, officer)).toMatchObject({ method: 'Tiền mặt', transferReference: null });
  });

  it("a cash session's transfers (and a void of one) stay out of the drawer: the count closes on cash alone", async () => {
    const { h, officer } = await deskWithTransferAccount();
    await h.userWithRole('supervisor', 'giamsat');
    await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer, 5, 1)).id }, officer); // 7.000 cash
    const t1 = await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer, 300, 1)).id, method: 'transfer', reference: 'FT-A' }, officer); // 200.000
    await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer, 1, 1)).id, method: 'transfer', reference: 'FT-B' }, officer); // 2.000
    await h.ok('payments.void', { paymentId: t1.paymentId, reason: 'Chuyển nhầm hồ sơ', approval: { username: 'giamsat', password: 'giamsat-pass-1' } }, officer);
    const session = (await h.ok('cash.current', undefined, officer))!;
    expect(session).toMatchObject({ float: 100_000, collected: 7_000, payments: 1, movements: 0, transfers: 202_000, transferPayments: 2, expected: 107_000 });
    acknowledgeAll(h);
    // 107.000 đ in notes: 100.000 + 5.000 + 2.000. Had the transfers counted, this would be a 202.000 đ shortage.
    const closed = await h.ok('cash.close', { counted: { '100000': 1, '5000': 1, '2000': 1 } }, officer);
    expect(closed).toMatchObject({ expected: 107_000, counted: 107_000, difference: 0 });
  });

  it("the day's report and its Excel separate cash and transfers", async () => {
    const { h, officer } = await deskWithTransferAccount();
    await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer, 5, 1)).id }, officer);
    await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer, 1, 1)).id, method: 'transfer', reference: 'FT-B' }, officer);
    const report = await h.ok('cash.report', { date: '2026-11-25' }, officer);
    expect(report.grandTotal).toMatchObject({ payments: 2, collected: 9_000, cash: 7_000, transfer: 2_000, net: 9_000 });
    expect(report.payments.map((p) => [p.method, p.reference])).toEqual([['cash', null], ['transfer', 'FT-B']]);
    const file = await h.ok('cash.reportExcel', { date: '2026-11-25' }, officer);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const totals = book.getWorksheet('Tổng hợp')!;
    expect((totals.getRow(3).values as unknown[]).slice(1, 7)).toEqual(['Cán bộ thu', 'Quầy', 'Số biên lai', 'Đã thu (đồng)', 'Tiền mặt (đồng)', 'Chuyển khoản (đồng)']);
    expect((totals.getRow(5).values as unknown[]).slice(1)).toEqual(['Tổng cộng', undefined, 2, 9_000, 7_000, 2_000, 0, 0, 9_000]);
    const receipts = book.getWorksheet('Biên lai')!;
    expect((receipts.getRow(4).values as unknown[]).slice(12)).toEqual(['Tiền mặt']);
    expect((receipts.getRow(5).values as unknown[]).slice(12)).toEqual(['Chuyển khoản', 'FT-B']);
    const sessions = book.getWorksheet('Ca thu tiền')!;
    expect(sessions.getRow(4).getCell(7).value).toBe(7_000);
    expect(sessions.getRow(4).getCell(14).value).toBe(2_000);
  });

  it('reconciles a statement: one line matches, one has the wrong amount, one is unknown; the unmatched transfer is listed', async () => {
    const { h, officer } = await deskWithTransferAccount();
    const a = await receiveCertifiedCopy(h, officer, 5, 1); // 7.000
    const b = await receiveCertifiedCopy(h, officer, 1, 1); // 2.000
    const c = await receiveCertifiedCopy(h, officer, 3, 1); // 5.000
    await h.ok('payments.collect', { dossierId: a.id, method: 'transfer', reference: 'FT-A' }, officer);
    await h.ok('payments.collect', { dossierId: b.id, method: 'transfer', reference: 'FT-B' }, officer);
    await h.ok('payments.collect', { dossierId: c.id, method: 'transfer', reference: 'FT-C' }, officer);
    await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer, 2, 1)).id }, officer); // cash: never reconciled
    const supervisor = await h.userWithRole('supervisor', 'giamsat');
    const rows = [
      // The bank dropped the dots and dashes and added its own words.
      { date: '2026-11-25', amount: 7_000, memo: `MBVCB.123 ${a.code.replace(/[.-]/g, '')} NGUYEN VAN AN CHUYEN TIEN`, reference: 'FT-A' },
      { date: '2026-11-25', amount: 3_000, memo: b.code, reference: 'FT-B' },
      { date: '2026-11-25', amount: 50_000, memo: 'TIEN DIEN THANG 11', reference: 'FT-X' },
    ];
    const denied = await h.raw('payments.reconcile', { rows }, officer);
    expect(!denied.ok && denied.error.code).toBe('FORBIDDEN');
    const result = await h.ok('payments.reconcile', { rows }, supervisor);
    expect(result.dates).toEqual(['2026-11-25']);
    expect(result.matched.map((m) => [m.row.reference, m.dossierCode])).toEqual([['FT-A', a.code]]);
    expect(result.problems).toEqual([
      { row: rows[1], problem: 'wrong-amount', dossierCode: b.code, expectedAmount: 2_000 },
      { row: rows[2], problem: 'unknown', dossierCode: null, expectedAmount: null },
    ]);
    expect(result.missing.map((m) => [m.dossierCode, m.amount, m.reference])).toEqual([[b.code, 2_000, 'FT-B'], [c.code, 5_000, 'FT-C']]);
    // Another day's statement finds none of these transfers.
    const otherDay = await h.ok('payments.reconcile', { rows: [{ ...rows[0]!, date: '2026-11-26' }] }, supervisor);
    expect(otherDay.problems.map((p) => p.problem)).toEqual(['unknown']);
    expect(otherDay.missing).toEqual([]);
  });
});
