import type Database from 'better-sqlite3';
import type { Backlog, DossierListItem, ParsedInputOf } from '../../../shared/api';
import { dueDate, vnInstant, parseIsoDate, vnIsoDate, type WorkCalendar } from '../../../shared/calendar';
import { DeskError } from '../api/desk-error';
import { LIST_SELECT, toListItem, type ListRow } from './dossier-views';
import { nameMatchQuery } from './dossier-search-index';
import { prepared } from '../db/prepared';

type ListInput = ParsedInputOf<'dossiers.list'>;

/** Statuses in which the deadline clock runs. */
const RUNNING = '(2, 4, 6)';

function startOfVnDay(iso: string, plusDays = 0): string {
  const d = parseIsoDate(iso);
  if (!d) throw new DeskError('INVALID_INPUT', 'Ngày không hợp lệ.');
  return vnInstant(d.year, d.month, d.day + plusDays).toISOString();
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

/** The search box: a dossier code, an ID number or phone, or words of the applicant's name. */
function searchCondition(search: string, where: string[], params: unknown[], below: number, innerLimit: number): 'name' | 'exact' | undefined {
  const text = search.trim();
  if (/\d{6}-\d+$/.test(text) || /^\d{3}\.\d{2}\.\d{2}\./.test(text)) {
    where.push('(d.code = ? OR (d.code >= ? AND d.code < ?))');
    params.push(text, text, `${text}\uffff`);
    return 'exact';
  }
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

/** The queue: filters, sorted by deadline (no deadline yet first: online filings waiting), keyset pages. */
export function listDossiers(db: Database.Database, input: ListInput, now: Date, calendar: WorkCalendar) {
  const where: string[] = [];
  const params: unknown[] = [];
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
  // A name search pages newest first by rowid, bounded inside the index unless other filters must see every match (LIMIT -1).
  const filtered = where.length > 0;
  const byName =
    input.search !== undefined &&
    searchCondition(input.search, where, params, cursor?.byRowid ? cursor.rowid : Number.MAX_SAFE_INTEGER, filtered ? -1 : input.limit + 1) === 'name';
  if (byName) {
    const sql = `${LIST_SELECT} WHERE ${where.join(' AND ')} ORDER BY d.rowid DESC LIMIT ?`;
    const rows = prepared(db, sql).all(...params, input.limit + 1) as ListRow[];
    const page = rows.slice(0, input.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => toListItem(r, now, calendar)),
      nextCursor: rows.length > input.limit && last ? encodeCursor({ due: null, rowid: last.rowid, byRowid: true }) : null,
    };
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
  let sql = `${LIST_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.due_at, d.rowid LIMIT ?`;
  if ((input.receivedFrom || input.receivedTo) && where.every((w) => w.startsWith('d.received_at') || w.startsWith('(d.due_at') || w.startsWith('((d.due_at'))) {
    // Only dates (and the page cursor): pick the page's rowids from the (received_at, due_at) index, then read those rows.
    sql = `${LIST_SELECT} WHERE d.rowid IN (SELECT d.rowid FROM dossiers d WHERE ${where.join(' AND ')} ORDER BY d.due_at, d.rowid LIMIT ?)
      ORDER BY d.due_at, d.rowid`;
  }
  const rows = prepared(db, sql).all(...params, input.limit + 1) as ListRow[];
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const items: DossierListItem[] = page.map((r) => toListItem(r, now, calendar));
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor({ due: last.due_at, rowid: last.rowid }) : null };
}

/** The ward's daily backlog for supervisors. */
export function backlog(db: Database.Database, now: Date): Backlog {
  const today = vnIsoDate(now);
  const dayStart = startOfVnDay(today);
  const dayEnd = startOfVnDay(today, 1);
  const nowIso = now.toISOString();
  const count = (sql: string, ...params: unknown[]) => (prepared(db, `SELECT count(*) AS n FROM dossiers d WHERE ${sql}`).get(...params) as { n: number }).n;
  const byProcedure = prepared(db, 
      `SELECT procedure_code AS procedureCode, max(procedure_name) AS procedureName, count(*) AS open,
         sum(CASE WHEN status IN ${RUNNING} AND due_at < ? THEN 1 ELSE 0 END) AS overdue
       FROM dossiers WHERE status IN (1, 2, 4, 5, 6, 9) GROUP BY procedure_code ORDER BY open DESC LIMIT 50`,
    )
    .all(nowIso) as Backlog['byProcedure'];
  const byOfficer = prepared(db, 
      `SELECT u.username, u.full_name AS fullName,
         sum(CASE WHEN d.received_at >= ? AND d.received_at < ? THEN 1 ELSE 0 END) AS receivedToday,
         sum(CASE WHEN d.status IN (1, 2, 4, 5, 6, 9) THEN 1 ELSE 0 END) AS open,
         sum(CASE WHEN d.status IN ${RUNNING} AND d.due_at < ? THEN 1 ELSE 0 END) AS overdue
       FROM dossiers d JOIN users u ON u.id = d.received_by
       WHERE d.status IN (1, 2, 4, 5, 6, 9) OR d.received_at >= ?
       GROUP BY u.id ORDER BY u.username`,
    )
    .all(dayStart, dayEnd, nowIso, dayStart) as Backlog['byOfficer'];
  return {
    receivedToday: count('d.received_at >= ? AND d.received_at < ?', dayStart, dayEnd),
    dueToday: count(`d.status IN ${RUNNING} AND d.due_at >= ? AND d.due_at < ?`, dayStart, dayEnd),
    overdue: count(`d.status IN ${RUNNING} AND d.due_at < ?`, nowIso),
    waitingSupplement: count('d.status = 5'),
    resultsWaiting: count('d.status = 9'),
    byProcedure,
    byOfficer,
  };
}
