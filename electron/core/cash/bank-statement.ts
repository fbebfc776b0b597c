/**
 * A bank statement as the bank exports it (.xlsx or .csv) read into the lines payments.reconcile
 * takes. Banks name their columns differently ("Ngày giao dịch", "Số tiền ghi có", "Diễn giải",
 * "Số tham chiếu"...): the heading row is found among the first rows by those names, with or
 * without diacritics. Debits, empty lines and lines without a readable date or amount are skipped,
 * each with its reason.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { StatementRead, StatementRow } from '../../../shared/api';
import { foldVietnamese } from '../../../shared/text';
import { DeskError } from '../api/desk-error';

type Column = keyof StatementRow;

/** Heading words of each column, folded (no diacritics, lower case); the first that matches wins. */
const HEADINGS: Record<Column, RegExp> = {
  date: /^(ngay( giao dich| gd| hach toan)?|transaction date|date)$/,
  amount: /^(so tien( ghi co| giao dich| gd)?|ghi co|phat sinh co|credit( amount)?|amount)$/,
  memo: /^(noi dung( giao dich| chuyen khoan)?|dien giai|mo ta|description|details)$/,
  reference: /^(ma giao dich|ma gd|so tham chieu|so but toan|so giao dich|reference|ref( no)?)$/,
};
const HEADING_ROWS = 20;
const MAX_LINES = 5000;

export async function readBankStatement(fileName: string, content: Buffer): Promise<StatementRead> {
  const sheet = await firstSheet(fileName, content);
  const found = headingRow(sheet);
  if (!found) {
    throw new DeskError(
      'INVALID_INPUT',
      'Không tìm thấy dòng tiêu đề của sao kê: cần các cột Ngày (giao dịch), Số tiền (ghi có), Nội dung (hoặc Diễn giải) và Mã giao dịch (hoặc Số tham chiếu).',
    );
  }
  const result: StatementRead = { rows: [], skipped: [] };
  for (let line = found.row + 1; line <= sheet.rowCount; line++) {
    const cells = found.columns;
    const row = sheet.getRow(line);
    const raw = (c: Column) => row.getCell(cells[c]).value;
    if ([raw('date'), raw('amount'), raw('memo')].every((v) => text(v) === '')) continue;
    if (result.rows.length + result.skipped.length >= MAX_LINES) throw new DeskError('INVALID_INPUT', `Sao kê quá dài: tối đa ${MAX_LINES} dòng.`);
    const date = dateOf(raw('date'));
    const amount = amountOf(raw('amount'));
    if (!date) result.skipped.push({ line, problem: `ngày "${text(raw('date'))}" không đọc được (dạng ngày/tháng/năm)` });
    else if (amount === null) result.skipped.push({ line, problem: `số tiền "${text(raw('amount'))}" không đọc được` });
    else if (amount <= 0) result.skipped.push({ line, problem: 'không phải tiền vào (ghi nợ hoặc bằng 0)' });
    else result.rows.push({ date, amount, memo: text(raw('memo')).slice(0, 500), reference: text(raw('reference')).slice(0, 64) });
  }
  if (result.rows.length === 0 && result.skipped.length === 0) throw new DeskError('INVALID_INPUT', 'Sao kê không có dòng giao dịch nào dưới dòng tiêu đề.');
  return result;
}

async function firstSheet(fileName: string, content: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  try {
    if (/\.csv$/i.test(fileName)) {
      const csv = content.toString('utf8').replace(/^\uFEFF/, '');
      const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
      const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
      // Every value stays text: the Vietnamese day/month order and "1.500.000" are read below.
      return await book.csv.read(Readable.from([csv]), { parserOptions: { delimiter }, map: (value: unknown) => value });
    }
    await book.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new DeskError('INVALID_INPUT', `Không đọc được tệp sao kê "${fileName}": tệp hỏng hoặc không đúng định dạng ${/\.csv$/i.test(fileName) ? 'CSV' : 'Excel (.xlsx)'}.`);
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new DeskError('INVALID_INPUT', `Tệp sao kê "${fileName}" không có trang tính nào.`);
  return sheet;
}

function headingRow(sheet: ExcelJS.Worksheet): { row: number; columns: Record<Column, number> } | null {
  for (let r = 1; r <= Math.min(HEADING_ROWS, sheet.rowCount); r++) {
    const columns: Partial<Record<Column, number>> = {};
    sheet.getRow(r).eachCell((cell, col) => {
      const heading = foldVietnamese(text(cell.value)).toLowerCase().replace(/\s*\(.*\)\s*$/, '').replace(/\s+/g, ' ').trim();
      for (const column of Object.keys(HEADINGS) as Column[]) {
        if (columns[column] === undefined && HEADINGS[column].test(heading)) columns[column] = col;
      }
    });
    if (columns.date && columns.amount && columns.memo && columns.reference) return { row: r, columns: columns as Record<Column, number> };
  }
  return null;
}

function text(value: ExcelJS.CellValue | unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((t) => t.text).join('').trim();
    if (v.text !== undefined) return String(v.text).trim();
    if (v.result !== undefined) return String(v.result).trim();
  }
  return String(value).trim();
}

/** A Vietnam day "yyyy-mm-dd" from a date cell (Excel keeps the bank's local day as UTC midnight) or from dd/mm/yyyy text. */
function dateOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const s = text(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s|$)/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(s);
  const [y, m, d] = vn ? [Number(vn[3]), Number(vn[2]), Number(vn[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [0, 0, 0];
  if (!y) return null;
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  return day.toISOString().slice(0, 10);
}

/** Whole đồng from a number cell or from "1.500.000", "1,500,000", "+1 500 000 VND"; null when not a whole amount. */
function amountOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  const s = text(value).replace(/\s|VND|đ|₫/gi, '');
  if (!/^[+-]?\d{1,3}([.,]\d{3})*$|^[+-]?\d+$/.test(s)) return null;
  const n = Number(s.replace(/[.,]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
