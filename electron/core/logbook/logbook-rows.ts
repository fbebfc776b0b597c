import type Database from 'better-sqlite3-multiple-ciphers';
import type { LogbookPage, LogbookRow } from '../../../shared/api/logbook';
import { vnDayStartIso } from '../../../shared/calendar';
import { STATUS_NAMES, type DossierStatus } from '../../../shared/dossier-status';
import { DeskError } from '../api/desk-error';
import { prepared } from '../db/prepared';

/** The rows asked for: one book, received from..to (Vietnam days, both included, either open). */
export interface LogbookQuery {
  book: string;
  from?: string;
  to?: string;
}

interface Line {
  rowid: number;
  id: string;
  code: string;
  row_number: number;
  procedure_code: string;
  procedure_name: string;
  sets: number;
  applicant_json: string;
  applicant_name: string;
  applicant_phone: string | null;
  received_at: string;
  due_at: string | null;
  finished_at: string | null;
  returned_at: string | null;
  status: number;
  return_method: string;
  note: string | null;
  status_reason: string | null;
}

/** Statuses that end a dossier without a result, or hold it: the Ghi chú column says so. */
const NOTED_STATUSES: readonly number[] = [3, 5, 6, 7, 8];

// Pages in the book's order (số thứ tự; rowid breaks a tie a reinstalled counter could make) on dossiers_logbook.
const SELECT = `SELECT d.rowid, d.id, d.code, d.row_number, d.procedure_code, d.procedure_name, d.sets, d.applicant_json, d.applicant_name,
    d.applicant_phone, d.received_at, d.due_at, d.finished_at, d.returned_at, d.status, d.return_method, d.note,
    (SELECT h.reason FROM dossier_status_history h WHERE h.dossier_id = d.id AND h.status = d.status ORDER BY h.id DESC LIMIT 1) AS status_reason
  FROM dossiers d
  WHERE d.book_number = ? AND d.received_at >= ? AND d.received_at < ? AND (d.row_number > ? OR (d.row_number = ? AND d.rowid > ?))
  ORDER BY d.row_number, d.rowid LIMIT ?`;

function noteOf(line: Line): string {
  const parts: string[] = [];
  if (NOTED_STATUSES.includes(line.status)) {
    const name = STATUS_NAMES[line.status as DossierStatus];
    parts.push(line.status_reason ? `${name}: ${line.status_reason}` : name);
  }
  if (line.return_method === 'post') parts.push('Trả kết quả qua bưu chính');
  if (line.note) parts.push(line.note);
  return parts.join('. ');
}

function rowOf(line: Line): LogbookRow {
  const applicant = JSON.parse(line.applicant_json) as { address?: string; phone?: string };
  return {
    rowNumber: line.row_number,
    dossierId: line.id,
    code: line.code,
    procedureCode: line.procedure_code,
    procedureName: line.procedure_name,
    sets: line.sets,
    applicantName: line.applicant_name,
    applicantAddress: applicant.address ?? '',
    applicantPhone: line.applicant_phone ?? applicant.phone ?? null,
    receivedAt: line.received_at,
    dueAt: line.due_at,
    resultAt: line.finished_at,
    handedOverAt: line.returned_at,
    status: line.status,
    statusName: STATUS_NAMES[line.status as DossierStatus] ?? String(line.status),
    note: noteOf(line),
  };
}

/** "12.345": the số thứ tự and rowid of a page's last row. */
function decodeCursor(cursor: string | undefined): { row: number; rowid: number } {
  if (!cursor) return { row: 0, rowid: 0 };
  const m = /^(\d{1,9})\.(\d{1,15})$/.exec(cursor);
  if (!m) throw new DeskError('INVALID_INPUT', 'Vị trí trang không hợp lệ.', { fields: { cursor: 'Không hợp lệ.' } });
  return { row: Number(m[1]), rowid: Number(m[2]) };
}

/** One page of the book: rows after the cursor, in số thứ tự order. */
export function logbookPage(db: Database.Database, query: LogbookQuery, cursor: string | undefined, limit: number): LogbookPage {
  const after = decodeCursor(cursor);
  const start = query.from ? vnDayStartIso(query.from) : '';
  // The instant the day after `to` starts: received_at is an ISO instant, compared as text.
  const end = query.to ? vnDayStartIso(query.to, 1) : '9999';
  const lines = prepared(db, SELECT).all(query.book, start, end, after.row, after.row, after.rowid, limit + 1) as Line[];
  const items = lines.slice(0, limit).map(rowOf);
  const last = lines.length > limit ? lines[limit - 1] : undefined;
  return { book: query.book, items, nextCursor: last ? `${last.row_number}.${last.rowid}` : null };
}

/** Every row of the query, page after page, at most `max`; `truncated` when more were left out. */
export function logbookRows(db: Database.Database, query: LogbookQuery, max: number): { rows: LogbookRow[]; truncated: boolean } {
  const rows: LogbookRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = logbookPage(db, query, cursor, Math.min(2_000, max - rows.length + 1));
    rows.push(...page.items);
    if (rows.length > max) return { rows: rows.slice(0, max), truncated: true };
    if (!page.nextCursor) return { rows, truncated: false };
    cursor = page.nextCursor;
  }
}
