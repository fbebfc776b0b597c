import type { DossierSyncState } from '../../../shared/api/dossiers';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { DossierDetail, DossierListItem, DossierResultDocument } from '../../../shared/api';
import { dueDate, workingMinutesBetween, type WorkCalendar, type ProcessingTime } from '../../../shared/calendar';
import { allowedActions } from '../../../shared/dossier-lifecycle';
import { STATUS_NAMES, type DossierStatus } from '../../../shared/dossier-status';
import { processingTimeText } from '../../../shared/processing-time-text';
import { DeskError } from '../api/desk-error';
import type { DossierRow } from './dossier-row';
import { prepared } from '../db/prepared';
import { ANY_COUNTER_ACTIONS, receivedElsewhere } from './counter-rights';

export type ListRow = DossierRow & { received_by_username: string | null; received_by_name: string | null };

const DEADLINE_RUNNING: readonly number[] = [2, 4, 6];

/** Working minutes past the promised time; null when not overdue (or finished, or paused in time). */
export function overdueMinutes(row: Pick<DossierRow, 'status' | 'due_at' | 'paused_at'>, now: Date, calendar: WorkCalendar): number | null {
  if (!row.due_at) return null;
  const due = new Date(row.due_at);
  let until: Date | null = null;
  if (DEADLINE_RUNNING.includes(row.status)) until = now;
  else if (row.status === 5 && row.paused_at) until = new Date(row.paused_at);
  if (!until || until <= due) return null;
  const minutes = workingMinutesBetween(due, until, { calendar });
  return minutes > 0 ? Math.round(minutes) : null;
}

export function toListItem(row: ListRow, now: Date, calendar: WorkCalendar): DossierListItem {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    statusName: STATUS_NAMES[row.status as DossierStatus],
    applicantName: row.applicant_name,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    overdueMinutes: overdueMinutes(row, now, calendar),
    receivedBy: row.received_by_username ?? '',
  };
}

export const LIST_SELECT = `SELECT d.rowid, d.*, u.username AS received_by_username, u.full_name AS received_by_name
  FROM dossiers d LEFT JOIN users u ON u.id = d.received_by`;

export function loadListRow(db: Database.Database, id: string): ListRow {
  const row = prepared(db, `${LIST_SELECT} WHERE d.id = ?`).get(id) as ListRow | undefined;
  if (!row) throw new DeskError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  return row;
}

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** The result documents as stored from the portal feed; entries without a name or code are left out. */
function resultDocuments(json: string | null): DossierResultDocument[] {
  const stored = parse<Array<{ TenGiayTo?: string; MaGiayToKetQua?: string; DuongDanTepTinKetQua?: string }>>(json) ?? [];
  return stored
    .filter((r) => r.TenGiayTo || r.MaGiayToKetQua)
    .map((r) => ({ name: r.TenGiayTo ?? '', code: r.MaGiayToKetQua ?? '', url: r.DuongDanTepTinKetQua ?? '' }));
}

/** The counter hands a received dossier on the same working day, or the next one after the 15:00 cut-off (the same-day rule). */
function handOffDue(receivedAt: string, calendar: WorkCalendar): string {
  return dueDate(new Date(receivedAt), { unit: 'same-day' }, { calendar }).toISOString();
}

/** Actions only supervisors may take (the rest of the contract's roles allow every role). */
const SUPERVISOR_ACTIONS: readonly string[] = ['markProcessed'];

export function loadDossierDetail(
  db: Database.Database,
  id: string,
  now: Date,
  calendar: WorkCalendar,
  role: string = 'officer',
  isSending: (id: string) => boolean = () => false,
): DossierDetail {
  const row = loadListRow(db, id);
  const components = prepared(db, 'SELECT code, name, required, originals, copies FROM dossier_components WHERE dossier_id = ? ORDER BY position')
    .all(id) as Array<{ code: string; name: string; required: number; originals: number; copies: number }>;
  const history = prepared(db, 'SELECT status, action, at, username, full_name, reason, due_at FROM dossier_status_history WHERE dossier_id = ? ORDER BY id')
    .all(id) as Array<{ status: number; action: string; at: string; username: string; full_name: string; reason: string | null; due_at: string | null }>;
  const feeLines = prepared(db, 'SELECT code, name, amount FROM dossier_fee_lines WHERE dossier_id = ? ORDER BY line_no')
    .all(id) as Array<{ code: string; name: string; amount: number }>;
  // A refusal made at this desk has its officer's history line; one learned from the feed reads 'portal'.
  const refusedHere = row.status === 3 ? history.findLast((h) => h.action === 'refuse') : undefined;
  const elsewhere = receivedElsewhere(row, refusedHere !== undefined);
  return {
    ...toListItem(row, now, calendar),
    revision: row.revision,
    channel: row.channel,
    applicant: JSON.parse(row.applicant_json),
    delegate: parse(row.delegate_json),
    components: components.map((c) => ({ ...c, required: c.required === 1 })),
    sets: row.sets,
    feeQuantities: JSON.parse(row.fee_quantities_json),
    fee: { lines: feeLines, total: feeLines.reduce((sum, l) => sum + l.amount, 0), collection: row.fee_collection },
    returnMethod: row.return_method,
    postalAddress: row.postal_address,
    note: row.note,
    processingTimeText: processingTimeText(JSON.parse(row.processing_time_json) as ProcessingTime),
    counter: row.counter,
    bookNumber: row.book_number ?? '',
    rowNumber: row.row_number ?? 0,
    receivedByName: row.received_by_name ?? '',
    pausedAt: row.paused_at,
    supplement: parse(row.supplement_json),
    refusalReasons: parse(row.refusal_json),
    collectedBy: parse(row.collected_by_json),
    history: history.map((h) => ({
      status: h.status,
      statusName: STATUS_NAMES[h.status as DossierStatus],
      action: h.action,
      at: h.at,
      by: h.username,
      byName: h.full_name,
      reason: h.reason,
      dueAt: h.due_at,
    })),
    allowedActions: allowedActions(row.status as DossierStatus)
      .filter((a) => !elsewhere || ANY_COUNTER_ACTIONS.includes(a))
      .filter((a) => role !== 'officer' || !SUPERVISOR_ACTIONS.includes(a)),
    receivedElsewhere: elsewhere,
    refusal:
      row.status === 3
        ? { at: refusedHere?.at ?? row.refused_at, byName: refusedHere ? refusedHere.full_name || refusedHere.username : null }
        : null,
    handOffDueAt: row.status === 1 || row.status === 3 ? null : handOffDue(row.received_at, calendar),
    results: resultDocuments(row.results_json ?? null),
    // "sending" lives only in the worker's memory: the row says pending until the answer is written.
    syncState: (row.sync_state === 'pending' && isSending(row.id) ? 'sending' : row.sync_state) as DossierSyncState,
  };
}
