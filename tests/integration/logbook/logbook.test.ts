// Sổ theo dõi hồ sơ (Mẫu 07): the counter's book of the year, one row a dossier in số thứ tự order,
// the rows Mẫu 01 quotes, paged by logbook.list and exported by logbook.excel.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LogbookRow } from '../../../shared/api';
import { LOGBOOK_COLUMNS, LOGBOOK_HEADER_ROW, logbookCells } from '../../../electron/core/logbook';
import { startCore, type Harness } from '../../support/core-harness';
import { readDb } from '../cash/cash-fixtures';
import { at, MARITAL, receiveAt, signIn, vn } from '../reports/indicator-fixtures';

const BOOK = '01/2026';

/** A counter's November: five dossiers on three days, one processed and handed over, one withdrawn, one received at 06:30 (23:30 UTC the day before). */
async function counterWithABook(): Promise<{ h: Harness; codes: string[] }> {
  const h = await startCore();
  await h.userWithRole('officer', 'lan');
  await h.userWithRole('supervisor', 'lanhdao');
  const codes: string[] = [];
  const receive = async (when: string, name: string) => {
    const d = await receiveAt(h, 'lan', when, MARITAL, name);
    codes.push(d.code);
    return d;
  };
  const first = await receive(vn('2026-11-02', '08:00'), 'Nguyễn Văn An');
  await receive(vn('2026-11-02', '10:15'), 'Trần Thị Bình');
  const withdrawn = await receive(vn('2026-11-03', '06:30'), 'Lê Văn Cường');
  await receive(vn('2026-11-03', '14:00'), 'Phạm Thị Dung');
  await receive(vn('2026-11-05', '09:00'), 'Hoàng Văn Em');
  await at(h, vn('2026-11-03', '09:00'), 'lan', (t) => h.ok('dossiers.handOff', { id: first.id }, t));
  await at(h, vn('2026-11-04', '15:00'), 'lanhdao', (t) => h.ok('dossiers.markProcessed', { id: first.id }, t));
  await at(h, vn('2026-11-05', '10:00'), 'lan', (t) => h.ok('dossiers.handOver', { id: first.id, collectedBy: { fullName: 'Nguyễn Văn An' } }, t));
  await at(h, vn('2026-11-04', '08:00'), 'lan', (t) => h.ok('dossiers.withdraw', { id: withdrawn.id, reason: 'Công dân xin rút để bổ sung giấy tờ' }, t));
  h.clock.set(vn('2026-11-06', '08:00'));
  return { h, codes };
}

async function wholeBook(h: Harness, token: string, input: { from?: string; to?: string }, limit: number): Promise<{ rows: LogbookRow[]; pages: number }> {
  const rows: LogbookRow[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await h.ok('logbook.list', { book: BOOK, ...input, limit, ...(cursor ? { cursor } : {}) }, token);
    expect(page.book).toBe(BOOK);
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor);
  return { rows, pages };
}

describe('Sổ theo dõi hồ sơ (logbook.list, logbook.excel)', () => {
  it('a counter officer pages the year’s book in số thứ tự order, each row with the columns of Mẫu 07', async () => {
    const { h, codes } = await counterWithABook();
    const officer = await signIn(h, 'lan');
    const { rows, pages } = await wholeBook(h, officer, {}, 2);
    expect(pages).toBe(3);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.code)).toEqual(codes);
    // The row Mẫu 01 quotes is the row of the book.
    const detail = await h.ok('dossiers.get', { id: rows[0]!.dossierId }, officer);
    expect({ book: detail.bookNumber, row: detail.rowNumber }).toEqual({ book: BOOK, row: 1 });

    const [first, , withdrawn] = rows;
    expect(first).toMatchObject({
      procedureCode: MARITAL,
      sets: 1,
      applicantName: 'Nguyễn Văn An',
      applicantAddress: 'Tổ 1, Phường Tập Huấn',
      receivedAt: vn('2026-11-02', '08:00'),
      resultAt: vn('2026-11-04', '15:00'),
      handedOverAt: vn('2026-11-05', '10:00'),
      status: 10,
      note: '',
    });
    expect(first!.procedureName.length).toBeGreaterThan(10);
    expect(first!.dueAt).toBe(vn('2026-11-05', '08:00')); // 3 working days
    expect(withdrawn).toMatchObject({ status: 7, resultAt: null, handedOverAt: null, note: 'Công dân yêu cầu rút hồ sơ: Công dân xin rút để bổ sung giấy tờ' });
    expect(rows[4]).toMatchObject({ resultAt: null, handedOverAt: null, note: '' });
  });

  it('from and to are Vietnam calendar days: 06:30 on 3/11 (23:30 UTC on 2/11) is in the book of 3/11', async () => {
    const { h, codes } = await counterWithABook();
    const supervisor = await signIn(h, 'lanhdao');
    const codesOf = async (input: { from?: string; to?: string }) => (await wholeBook(h, supervisor, input, 100)).rows.map((r) => r.code);
    expect(await codesOf({ from: '2026-11-03', to: '2026-11-03' })).toEqual([codes[2], codes[3]]);
    expect(await codesOf({ to: '2026-11-02' })).toEqual([codes[0], codes[1]]);
    expect(await codesOf({ from: '2026-11-04' })).toEqual([codes[4]]);
    expect(await codesOf({ from: '2026-11-06', to: '2026-11-30' })).toEqual([]);
    // Another counter's or another year's book is another book.
    expect((await h.ok('logbook.list', { book: '02/2026' }, supervisor)).items).toEqual([]);
    expect((await h.ok('logbook.list', { book: '01/2025' }, supervisor)).items).toEqual([]);
  });

  it('a new year opens a new book at row 1', async () => {
    const { h } = await counterWithABook();
    const d = await receiveAt(h, 'lan', vn('2027-01-04', '08:00'), MARITAL, 'Vũ Thị Giang');
    const token = await signIn(h, 'lan');
    const book2027 = await h.ok('logbook.list', { book: '01/2027' }, token);
    expect(book2027.items.map((r) => [r.code, r.rowNumber])).toEqual([[d.code, 1]]);
    expect((await h.ok('logbook.list', { book: BOOK }, token)).items).toHaveLength(5);
  });

  it('every role reads it; without a session it is refused; bad input is refused in Vietnamese', async () => {
    const { h } = await counterWithABook();
    const officer = await signIn(h, 'lan');
    expect((await h.ok('logbook.list', { book: BOOK }, await h.adminToken())).items).toHaveLength(5);
    expect((await h.ok('logbook.list', { book: BOOK }, await signIn(h, 'lanhdao'))).items).toHaveLength(5);
    const anonymous = await h.raw('logbook.list', { book: BOOK }, null);
    expect(anonymous.ok ? null : anonymous.error.code).toBe('UNAUTHENTICATED');

    const refused = async (input: unknown, method = 'logbook.list') => {
      const response = await h.raw(method, input, officer);
      if (response.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
      expect(response.error.code).toBe('INVALID_INPUT');
      return response.error.message;
    };
    expect(await refused({ book: '2026' })).toContain('Quyển sổ phải có dạng số quầy/năm, ví dụ 01/2026');
    expect(await refused({})).toContain('Quyển sổ');
    expect(await refused({ book: BOOK, from: '2026-02-30' })).toContain('Từ ngày: không có ngày này');
    expect(await refused({ book: BOOK, to: '3/11/2026' })).toContain('Đến ngày: phải có dạng yyyy-mm-dd');
    expect(await refused({ book: BOOK, from: '2026-11-05', to: '2026-11-01' })).toContain('Từ ngày phải trước hoặc bằng đến ngày');
    expect(await refused({ book: BOOK, cursor: 'abc' })).toContain('Vị trí trang không hợp lệ');
    expect(await refused({ book: BOOK, limit: 0 })).toContain('Số dòng một trang: ít nhất 1');
    expect(await refused({ book: BOOK, from: '2026-11-01' }, 'logbook.excel')).toContain('Đến ngày');
  });

  it('each read of the book is in the access log: who, which book and days', async () => {
    const { h } = await counterWithABook();
    const officer = await signIn(h, 'lan');
    await h.ok('logbook.list', { book: BOOK, from: '2026-11-01', to: '2026-11-30' }, officer);
    await h.ok('logbook.excel', { book: BOOK, from: '2026-11-01', to: '2026-11-30' }, officer);
    const log = readDb(h, (db) => db.prepare("SELECT username, method, purpose, detail FROM access_log WHERE method LIKE 'logbook.%' ORDER BY id").all());
    expect(log).toEqual([
      { username: 'lan', method: 'logbook.list', purpose: 'view', detail: 'sổ theo dõi hồ sơ quyển 01/2026 từ 2026-11-01 đến 2026-11-30' },
      { username: 'lan', method: 'logbook.excel', purpose: 'export', detail: 'sổ theo dõi hồ sơ quyển 01/2026 từ 2026-11-01 đến 2026-11-30 (Excel)' },
    ]);
  });

  it('logbook.excel reads back as the rows logbook.list gives, in Vietnam time', async () => {
    const { h } = await counterWithABook();
    const officer = await signIn(h, 'lan');
    const period = { from: '2026-11-02', to: '2026-11-03' };
    const { rows } = await wholeBook(h, officer, period, 3);
    expect(rows).toHaveLength(4);
    const file = await h.ok('logbook.excel', { book: BOOK, ...period }, officer);
    expect(file.fileName).toBe('so-theo-doi-ho-so-01-2026-2026-11-02-2026-11-03.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Sổ theo dõi hồ sơ')!;
    expect(String(sheet.getCell(1, 1).value)).toBe('SỔ THEO DÕI HỒ SƠ – Quyển số 01/2026 – UBND Phường Tập Huấn');
    expect(String(sheet.getCell(2, 1).value)).toContain('từ ngày 02/11/2026 đến ngày 03/11/2026: 4 hồ sơ');
    expect((sheet.getRow(LOGBOOK_HEADER_ROW).values as unknown[]).slice(1)).toEqual(LOGBOOK_COLUMNS.map((c) => c.header));
    const read = sheet.getRows(LOGBOOK_HEADER_ROW + 1, 10)!.filter((r) => r.getCell(1).value !== null).map((r) => LOGBOOK_COLUMNS.map((_, i) => r.getCell(i + 1).value));
    expect(read).toEqual(rows.map((r) => logbookCells(r)));
    // 08:00 in Vietnam is the cell's wall clock (01:00 UTC stored).
    expect((read[0]![7] as Date).toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(read[0]![5]).toBe('Tổ 1, Phường Tập Huấn');
  });
});
