import type Database from 'better-sqlite3-multiple-ciphers';
import type { DossierListItem, ParsedInputOf } from '../../../shared/api';
import { dueDate, parseIsoDate, vnDayStartIso, vnIsoDate, type WorkCalendar } from '../../../shared/calendar';
import { DeskError } from '../api/desk-error';
import { LIST_SELECT, toListItem, type ListRow } from './dossier-views';
import { codeSearchText, codeTailKey, nameMatchQuery } from './dossier-search-index';
import { prepared } from '../db/prepared';
import { indicatorRowids, judgePeriod } from '../reports';
import type { ProcedureCatalog } from './procedure-catalog';

type ListInput = ParsedInputOf<'dossiers.list'>;

/** Statuses in which the deadline clock runs. */
export const RUNNING = '(2, 4, 6)';

/** The UTC instant a Vietnam calendar day (yyyy-mm-dd, plus some days) starts. */
export function startOfVnDay(iso: string, plusDays = 0): string {
  if (!parseIsoDate(iso)) throw new DeskError('INVALID_INPUT', 'Ngày không hợp lệ.');
  return vnDayStartIso(iso, plusDays);
}

interface Cursor {
  due: string | null;
  rowid: number;
  /** Name-search pages run by rowid, newest first. */
  byRowid?: boolean;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.rowid !== 'number' || (c.due !== null && typeof c.due !== 'string')) throw new Error();
    return c;
  } catch {
    throw new DeskError('INVALID_INPUT', 'Con trỏ trang không hợp lệ.', { fields: { cursor: 'Không hợp lệ.' } });
  }
}

/** The search box: an ID number or phone, or words of the applicant's name (a piece of a code: codeMatchSource). */
function searchCondition(search: string, where: string[], params: unknown[], below: number, innerLimit: number): 'name' | 'exact' | undefined {
  const text = search.trim();
  const digits = text.replace(/[\s.]/g, '');
  if (/^\+?\d{6,}$/.test(digits)) {
    const phone = digits.startsWith('+84') ? `0${digits.slice(3)}` : digits;
    where.push('(d.applicant_id_number = ? OR d.applicant_phone = ? OR d.applicant_phone = ?)');
    params.push(digits, phone, digits);
    return 'exact';
  }
  const match = nameMatchQuery(text);
  if (!match) return undefined;
  // Newest matches first, bounded inside the index: "nguyen" matches a third of a ward's names.
  where.push(`d.rowid IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?)`);
  params.push(match, below, innerLimit);
  return 'name';
}

/**
 * A piece of a dossier code typed in the search box (any tail, e.g. the daily number "5003" or
 * "261203-5002", or its head, in any case): the matching rows are read from the two NOCASE indexes of
 * migration 010 first (CROSS JOIN keeps them the outer loop, so a status filter never turns the
 * search into a scan of every open dossier), then the other filters apply to those rows.
 */
function codeMatchSource(code: string): { sql: string; params: unknown[] } {
  const tail = codeTailKey(code);
  return {
    sql: `SELECT d.rowid, d.*, u.username AS received_by_username, u.full_name AS received_by_name
      FROM (SELECT rowid AS match FROM dossiers WHERE code_reversed >= ? AND code_reversed < ?
            UNION SELECT rowid FROM dossiers WHERE code COLLATE NOCASE >= ? AND code COLLATE NOCASE < ?) m
      CROSS JOIN dossiers d ON d.rowid = m.match LEFT JOIN users u ON u.id = d.received_by`,
    params: [tail, `${tail}\uffff`, code, `${code}\uffff`],
  };
}

/** One page of the queue as SQL: its parameters end with the row limit (a page and one more). */
export interface ListQuery {
  sql: string;
  params: unknown[];
  /** How the next page's cursor is made: a name search pages newest first by rowid, the rest by deadline. */
  pageBy: 'rowid' | 'due';
}

/** The queue: filters, sorted by deadline (no deadline yet first: online filings waiting), keyset pages. */
export function listDossiers(db: Database.Database, input: ListInput, now: Date, calendar: WorkCalendar, catalog?: ProcedureCatalog) {
  // A figure's dossiers are judged by the same code as reports.indicators, so the list and the figure agree.
  if (input.indicator && !catalog) throw new Error('listDossiers: the indicator filter needs the catalogue');
  const only = input.indicator && catalog ? indicatorRowids(judgePeriod(db, input.indicator, now, calendar, catalog), input.indicator) : undefined;
  const query = listQuery(input, now, calendar, only);
  const rows = prepared(db, query.sql).all(...query.params) as ListRow[];
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const more = rows.length > input.limit && last;
  const items: DossierListItem[] = page.map((r) => toListItem(r, now, calendar));
  if (query.pageBy === 'rowid') return { items, nextCursor: more ? encodeCursor({ due: null, rowid: last.rowid, byRowid: true }) : null };
  return { items, nextCursor: more ? encodeCursor({ due: last.due_at, rowid: last.rowid }) : null };
}

/** The SQL of the queue's page for this input (also what the benchmark explains). */
export function listQuery(input: ListInput, now: Date, calendar: WorkCalendar, rowids?: number[]): ListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (rowids) {
    where.push('d.rowid IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(rowids));
  }
  if (input.status?.length) {
    where.push(`d.status IN (${input.status.map(() => '?').join(', ')})`);
    params.push(...input.status);
  }
  const nowIso = now.toISOString();
  if (input.due === 'today') {
    const today = vnIsoDate(now);
    where.push(`d.status IN ${RUNNING} AND d.due_at >= ? AND d.due_at < ?`);
    params.push(startOfVnDay(today), startOfVnDay(today, 1));
  } else if (input.due === 'overdue') {
    where.push(`d.status IN ${RUNNING} AND d.due_at < ?`);
    params.push(nowIso);
  } else if (input.due === 'soon') {
    const horizon = dueDate(now, { unit: 'working-hours', amount: 4 }, { calendar });
    where.push(`d.status IN ${RUNNING} AND d.due_at >= ? AND d.due_at <= ?`);
    params.push(nowIso, horizon.toISOString());
  }
  if (input.procedureCode) {
    where.push('d.procedure_code = ?');
    params.push(input.procedureCode);
  }
  if (input.officer) {
    where.push('d.received_by = (SELECT id FROM users WHERE username = ?)');
    params.push(input.officer);
  }
  if (input.receivedFrom) {
    where.push('d.received_at >= ?');
    params.push(startOfVnDay(input.receivedFrom));
  }
  if (input.receivedTo) {
    where.push('d.received_at < ?');
    params.push(startOfVnDay(input.receivedTo, 1));
  }
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const code = input.search === undefined ? null : codeSearchText(input.search);
  const source = code ? codeMatchSource(code) : { sql: LIST_SELECT, params: [] };
  // A name search pages newest first by rowid, bounded inside the index unless other filters must see every match (LIMIT -1).
  const filtered = where.length > 0;
  const byName =
    input.search !== undefined &&
    !code &&
    searchCondition(input.search, where, params, cursor?.byRowid ? cursor.rowid : Number.MAX_SAFE_INTEGER, filtered ? -1 : input.limit + 1) === 'name';
  if (byName) {
    return { sql: `${LIST_SELECT} WHERE ${where.join(' AND ')} ORDER BY d.rowid DESC LIMIT ?`, params: [...params, input.limit + 1], pageBy: 'rowid' };
  }
  if (cursor) {
    const c = cursor;
    if (c.due === null) {
      where.push('((d.due_at IS NULL AND d.rowid > ?) OR d.due_at IS NOT NULL)');
      params.push(c.rowid);
    } else {
      where.push('(d.due_at > ? OR (d.due_at = ? AND d.rowid > ?))');
      params.push(c.due, c.due, c.rowid);
    }
  }
  let sql = `${source.sql} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.due_at, d.rowid LIMIT ?`;
  if (!code && (input.receivedFrom || input.receivedTo) && where.every((w) => w.startsWith('d.received_at') || w.startsWith('(d.due_at') || w.startsWith('((d.due_at'))) {
    // Only dates (and the page cursor): pick the page's rowids from the (received_at, due_at) index, then read those rows.
    sql = `${LIST_SELECT} WHERE d.rowid IN (SELECT d.rowid FROM dossiers d WHERE ${where.join(' AND ')} ORDER BY d.due_at, d.rowid LIMIT ?)
      ORDER BY d.due_at, d.rowid`;
  }
  return { sql, params: [...source.params, ...params, input.limit + 1], pageBy: 'due' };
}
