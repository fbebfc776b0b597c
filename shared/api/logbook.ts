import { z } from 'zod';
import { method, ALL_ROLES } from './method';
import { parseIsoDate } from '../calendar/vietnam-time';

/** A Vietnam calendar day, yyyy-mm-dd, that exists. */
const day = (label: string) =>
  z
    .string({ error: `${label}: phải là ngày dạng yyyy-mm-dd.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}: phải có dạng yyyy-mm-dd.` })
    .refine((text) => parseIsoDate(text) !== null, { error: `${label}: không có ngày này.` });

/** Sổ theo dõi hồ sơ: one book per counter and year, "01/2026" (counter 01, year 2026), as Mẫu 01 quotes it. */
export const logbookBookSchema = z
  .string({ error: 'Quyển sổ: bắt buộc, dạng số quầy/năm, ví dụ 01/2026.' })
  .trim()
  .regex(/^\d{2}\/\d{4}$/, { error: 'Quyển sổ phải có dạng số quầy/năm, ví dụ 01/2026.' });

/** Rows a page holds unless `limit` says otherwise. */
export const LOGBOOK_PAGE = 100;
/** The most rows logbook.excel writes (a busy counter's whole year fits). */
export const LOGBOOK_EXCEL_MAX_ROWS = 200_000;

const ordered = (p: { from?: string | undefined; to?: string | undefined }) => !p.from || !p.to || p.from <= p.to;
const orderMessage = { error: 'Từ ngày phải trước hoặc bằng đến ngày.', path: ['to'] };

const listInput = z
  .object({
    book: logbookBookSchema,
    /** Received on or after this Vietnam day. */
    from: day('Từ ngày').optional(),
    /** Received on or before this Vietnam day. */
    to: day('Đến ngày').optional(),
    cursor: z.string({ error: 'Vị trí trang không hợp lệ.' }).regex(/^\d{1,9}\.\d{1,15}$/, { error: 'Vị trí trang không hợp lệ.' }).optional(),
    limit: z.number({ error: 'Số dòng một trang: phải là số.' }).int({ error: 'Số dòng một trang: phải là số nguyên.' }).min(1, { error: 'Số dòng một trang: ít nhất 1.' }).max(500, { error: 'Số dòng một trang: tối đa 500.' }).default(LOGBOOK_PAGE),
  })
  .refine(ordered, orderMessage);

const excelInput = z
  .object({ book: logbookBookSchema, from: day('Từ ngày'), to: day('Đến ngày') })
  .refine(ordered, orderMessage);

/** One row of the book (Mẫu 07): one dossier received at the counter, in the order it was entered. */
export interface LogbookRow {
  /** Số thứ tự in the book, as Mẫu 01 prints it. */
  rowNumber: number;
  dossierId: string;
  code: string;
  procedureCode: string;
  procedureName: string;
  /** Số bộ hồ sơ. */
  sets: number;
  applicantName: string;
  applicantAddress: string;
  applicantPhone: string | null;
  /** UTC instants (shown in Vietnam time). */
  receivedAt: string;
  dueAt: string | null;
  /** When the result came back from the back office (processing finished). */
  resultAt: string | null;
  /** When the result was handed over to the applicant. */
  handedOverAt: string | null;
  status: number;
  statusName: string;
  /** What the Ghi chú column says: the end of a dossier without a result, then the officer's note. */
  note: string;
}

export interface LogbookPage {
  book: string;
  items: LogbookRow[];
  nextCursor: string | null;
}

export interface LogbookFile {
  fileName: string;
  contentBase64: string;
}

export const logbookMethods = {
  /** The rows of one book, by số thứ tự, optionally only those received from..to (Vietnam days); keyset pages. */
  'logbook.list': method<LogbookPage>()({ input: listInput, access: ALL_ROLES, kind: 'read' }),
  /** The same rows for from..to as an Excel workbook (Mẫu 07's columns). */
  'logbook.excel': method<LogbookFile>()({ input: excelInput, access: ALL_ROLES, kind: 'read' }),
};
