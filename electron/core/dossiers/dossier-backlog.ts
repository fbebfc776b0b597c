import type Database from 'better-sqlite3-multiple-ciphers';
import type { Backlog } from '../../../shared/api';
import { vnIsoDate } from '../../../shared/calendar';
import { prepared } from '../db/prepared';
import { RUNNING, startOfVnDay } from './dossier-queue';

/**
 * What the supervisor's figures count, one definition each, shared by the cards and the tables so
 * that a table's column always adds up to its card:
 * - received: the dossier was received (tiếp nhận) — at a counter, or an online filing accepted —
 *   and not refused: every status but 1 (an online filing still waiting) and 3 (không được tiếp
 *   nhận, whether refused at once or after). The day is the Vietnam day of `received_at`.
 * - open (đang giải quyết): received and not finished (2, 4, 5, 6, 9).
 * - overdue: the deadline clock runs (2, 4, 6) and the promised time has passed.
 */
export const RECEIVED_SQL = 'd.status NOT IN (1, 3)';
export const OPEN_SQL = 'd.status IN (2, 4, 5, 6, 9)';
const OVERDUE_SQL = `d.status IN ${RUNNING} AND d.due_at < @now`;
const RECEIVED_TODAY_SQL = `${RECEIVED_SQL} AND d.received_at >= @dayStart AND d.received_at < @dayEnd`;

const FIGURES = `
  coalesce(sum(CASE WHEN ${RECEIVED_TODAY_SQL} THEN 1 ELSE 0 END), 0) AS receivedToday,
  coalesce(sum(CASE WHEN ${OPEN_SQL} THEN 1 ELSE 0 END), 0) AS open,
  coalesce(sum(CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END), 0) AS overdue`;

/** The ward's daily backlog for supervisors. */
export function backlog(db: Database.Database, now: Date): Backlog {
  const today = vnIsoDate(now);
  const at = { dayStart: startOfVnDay(today), dayEnd: startOfVnDay(today, 1), now: now.toISOString() };
  const count = (sql: string) => (prepared(db, `SELECT count(*) AS n FROM dossiers d WHERE ${sql}`).get(at) as { n: number }).n;
  const byProcedure = prepared(
    db,
    `SELECT d.procedure_code AS procedureCode, max(d.procedure_name) AS procedureName, count(*) AS open,
       sum(CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END) AS overdue
     FROM dossiers d WHERE ${OPEN_SQL} GROUP BY d.procedure_code ORDER BY open DESC, procedureCode`,
  ).all(at) as Backlog['byProcedure'];
  // Every officer with a dossier open or received today; dossiers another counter received
  // (learned from the portal, no officer of this desk) are their own line.
  const byOfficer = prepared(
    db,
    `SELECT u.username, u.full_name AS fullName, ${FIGURES}
     FROM dossiers d JOIN users u ON u.id = d.received_by
     WHERE ${OPEN_SQL} OR d.received_at >= @dayStart
     GROUP BY u.id ORDER BY u.username`,
  ).all(at) as Backlog['byOfficer'];
  const otherCounters = prepared(
    db,
    `SELECT ${FIGURES} FROM dossiers d WHERE d.received_by IS NULL AND (${OPEN_SQL} OR d.received_at >= @dayStart)`,
  ).get(at) as Backlog['otherCounters'];
  return {
    receivedToday: count(RECEIVED_TODAY_SQL),
    dueToday: count(`d.status IN ${RUNNING} AND d.due_at >= @dayStart AND d.due_at < @dayEnd`),
    overdue: count(OVERDUE_SQL),
    waitingSupplement: count('d.status = 5'),
    resultsWaiting: count('d.status = 9'),
    waitingOnline: count('d.status = 1'),
    byProcedure,
    byOfficer,
    otherCounters,
  };
}
