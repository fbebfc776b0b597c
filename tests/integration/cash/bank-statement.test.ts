// payments.readStatement: a bank's statement export (.xlsx built with exceljs, .csv as banks write
// it) read into the lines payments.reconcile takes; bad files refused in Vietnamese.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function supervisorDesk() {
  const h = await startCore();
  return { h, token: await h.userWithRole('supervisor', 'giamsat') };
}

describe('payments.readStatement', () => {
  it('reads an .xlsx export: the heading row below the bank title, date cells, number amounts; debits skipped with the reason', async () => {
    const { h, token } = await supervisorDesk();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sao kê');
    sheet.addRow(['NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM - SAO KÊ TÀI KHOẢN']);
    sheet.addRow(['Số tài khoản: 0451000123456']);
    sheet.addRow(['STT', 'Ngày giao dịch', 'Số tham chiếu', 'Số tiền ghi có', 'Diễn giải']);
    sheet.addRow([1, new Date(Date.UTC(2026, 11, 3)), 'FT26337000001', 14_000, 'NGUYEN VAN AN CK 000.00.00.H56-261203-5001']);
    sheet.addRow([2, new Date(Date.UTC(2026, 11, 3)), 'FT26337000002', -50_000, 'PHI QUAN LY TAI KHOAN']);
    sheet.addRow([]);
    sheet.addRow([3, new Date(Date.UTC(2026, 11, 4)), 'FT26338000003', 8_000, { richText: [{ text: 'TRAN THI BINH ' }, { text: 'H56 261204 5002' }] }]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const read = await h.ok('payments.readStatement', { fileName: 'sao-ke-thang-12.xlsx', contentBase64: file.toString('base64') }, token);
    expect(read.rows).toEqual([
      { date: '2026-12-03', amount: 14_000, memo: 'NGUYEN VAN AN CK 000.00.00.H56-261203-5001', reference: 'FT26337000001' },
      { date: '2026-12-04', amount: 8_000, memo: 'TRAN THI BINH H56 261204 5002', reference: 'FT26338000003' },
    ]);
    expect(read.skipped).toEqual([{ line: 5, problem: 'không phải tiền vào (ghi nợ hoặc bằng 0)' }]);
    // The lines go straight into payments.reconcile.
    const reconciled = await h.ok('payments.reconcile', { rows: read.rows }, token);
    expect(reconciled.problems.map((p) => p.problem)).toEqual(['unknown', 'unknown']);
  });

  it('reads a .csv with a BOM, semicolons, dd/mm/yyyy dates and "1.500.000" amounts, headings without diacritics', async () => {
    const { h, token } = await supervisorDesk();
    const csv = '\uFEFFNgay GD;So tien;Noi dung;Ma GD\r\n05/12/2026 09:15;1.500.000;UBND H56 261205 5003;MB123\r\n31/02/2026;8.000;sai ngay;MB124\r\n06/12/2026;tam nghin;sai so tien;MB125\r\n';
    const read = await h.ok('payments.readStatement', { fileName: 'SAOKE.CSV', contentBase64: base64(csv) }, token);
    expect(read.rows).toEqual([{ date: '2026-12-05', amount: 1_500_000, memo: 'UBND H56 261205 5003', reference: 'MB123' }]);
    expect(read.skipped).toEqual([
      { line: 3, problem: 'ngày "31/02/2026" không đọc được (dạng ngày/tháng/năm)' },
      { line: 4, problem: 'số tiền "tam nghin" không đọc được' },
    ]);
  });

  it('refuses what is not a statement, in Vietnamese, and an officer cannot read one', async () => {
    const { h, token } = await supervisorDesk();
    const refusal = async (input: unknown, who = token) => (await h.raw('payments.readStatement', input, who)) as { ok: false; error: { code: string; message: string } };
    expect((await refusal({ fileName: 'sao-ke.pdf', contentBase64: base64('x') })).error.message).toContain('Sao kê phải là tệp Excel (.xlsx) hoặc CSV (.csv).');
    expect((await refusal({ fileName: 'sao-ke.xlsx', contentBase64: base64('không phải excel') })).error).toEqual({
      code: 'INVALID_INPUT',
      message: 'Không đọc được tệp sao kê "sao-ke.xlsx": tệp hỏng hoặc không đúng định dạng Excel (.xlsx).',
    });
    expect((await refusal({ fileName: 'a.csv', contentBase64: base64('Ten;Tuoi\r\nAn;30\r\n') })).error.message).toContain('Không tìm thấy dòng tiêu đề của sao kê');
    expect((await refusal({ fileName: 'a.csv', contentBase64: base64('Ngày;Số tiền;Nội dung;Mã giao dịch\r\n') })).error.message).toBe('Sao kê không có dòng giao dịch nào dưới dòng tiêu đề.');
    expect((await refusal({ fileName: 'a.csv', contentBase64: 'không phải base64!' })).error.message).toContain('không phải base64');
    expect((await refusal({ fileName: 'a.csv', contentBase64: 'A'.repeat(1_000_000) })).error.message).toContain('tối đa 700 KB');
    const officer = await h.userWithRole('officer', 'canbo1');
    expect((await refusal({ fileName: 'a.csv', contentBase64: base64('x') }, officer)).error.code).toBe('FORBIDDEN');
  });
});
