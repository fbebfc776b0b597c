import type Database from 'better-sqlite3';
import type { CashSessionView, CloseResult, ParsedInputOf } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { readStoredCashSettings } from './cash-settings';

export interface CashSessionRow {
  id: number;
  officer_id: number;
  officer: string;
  counter: number;
  opened_at: string;
  float: number;
  closed_at: string | null;
  counted_json: string | null;
  counted: number | null;
  expected: number | null;
  difference: number | null;
  note: string | null;
}

export function openSessionOf(db: Database.Database, officerId: number): CashSessionRow | undefined {
  return db.prepare('SELECT * FROM cash_sessions WHERE officer_id = ? AND closed_at IS NULL').get(officerId) as CashSessionRow | undefined;
}

/** The officer's open session; collecting, voiding and refunding all need one. */
export function requireOpenSession(ctx: HandlerContext): CashSessionRow {
  const session = openSessionOf(ctx.db, requireUser(ctx).id);
  if (!session) throw new DeskError('NO_CASH_SESSION');
  return session;
}

/** Cash the drawer should hold: float + payments collected in it + voids/refunds paid out of it (negative). */
export function sessionTotals(db: Database.Database, sessionId: number): { collected: number; payments: number; movements: number } {
  const p = db.prepare('SELECT coalesce(sum(amount), 0) AS collected, count(*) AS n FROM payments WHERE session_id = ?').get(sessionId) as { collected: number; n: number };
  const m = db.prepare('SELECT coalesce(sum(amount), 0) AS total FROM cash_movements WHERE session_id = ?').get(sessionId) as { total: number };
  return { collected: p.collected, payments: p.n, movements: m.total };
}

export function sessionView(db: Database.Database, row: CashSessionRow): CashSessionView {
  const totals = sessionTotals(db, row.id);
  return {
    id: row.id,
    officer: row.officer,
    counter: row.counter,
    openedAt: row.opened_at,
    float: row.float,
    closedAt: row.closed_at,
    collected: totals.collected,
    payments: totals.payments,
    movements: totals.movements,
    expected: row.expected ?? row.float + totals.collected + totals.movements,
    counted: row.counted,
    difference: row.difference,
    note: row.note,
  };
}

export function openCashSession(ctx: HandlerContext, { float }: ParsedInputOf<'cash.open'>): CashSessionView {
  const user = requireUser(ctx);
  if (openSessionOf(ctx.db, user.id)) throw new DeskError('CONFLICT', 'Bạn đang có một ca thu tiền chưa đóng. Vui lòng đóng ca đó trước.');
  const at = ctx.clock.now().toISOString();
  const counter = ctx.services.identity().counter;
  const info = ctx.db
    .prepare('INSERT INTO cash_sessions(officer_id, officer, counter, opened_at, float) VALUES (?, ?, ?, ?, ?)')
    .run(user.id, user.username, counter, at, float);
  const row = ctx.db.prepare('SELECT * FROM cash_sessions WHERE id = ?').get(info.lastInsertRowid) as CashSessionRow;
  ctx.audit({ entity: 'cash_session', entityId: String(row.id), after: { float, counter } });
  return sessionView(ctx.db, row);
}

export function currentCashSession(ctx: HandlerContext): CashSessionView | null {
  const row = openSessionOf(ctx.db, requireUser(ctx).id);
  return row ? sessionView(ctx.db, row) : null;
}

/** Dossiers of the session's payments and movements whose latest revision the portal has not acknowledged. */
function unsyncedDossiers(db: Database.Database, sessionId: number): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT d.id FROM dossiers d
       WHERE d.id IN (SELECT dossier_id FROM payments WHERE session_id = ?
                      UNION SELECT p.dossier_id FROM cash_movements m JOIN payments p ON p.id = m.payment_id WHERE m.session_id = ?)
         AND (d.sync_state <> 'synced' OR d.synced_revision < d.revision)`,
    )
    .all(sessionId, sessionId) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

export function closeCashSession(ctx: HandlerContext, { counted, note }: ParsedInputOf<'cash.close'>): CloseResult {
  const session = requireOpenSession(ctx);
  const denominations = readStoredCashSettings(ctx.services.settings).denominations;
  const unknown = Object.keys(counted).filter((d) => !denominations.includes(Number(d)));
  if (unknown.length) {
    throw new DeskError('INVALID_INPUT', `Mệnh giá không có trong danh sách: ${unknown.join(', ')}.`, { fields: { counted: 'Mệnh giá không hợp lệ.' } });
  }
  let total = 0;
  const byDenomination: Record<string, number> = {};
  for (const d of denominations) {
    const n = counted[String(d)] ?? 0;
    byDenomination[String(d)] = n;
    total += d * n;
  }
  const unsynced = unsyncedDossiers(ctx.db, session.id);
  if (unsynced.length && !note) {
    throw new DeskError(
      'UNSYNCED_PAYMENTS',
      `Ca có ${unsynced.length} hồ sơ đã thu tiền nhưng cổng chưa xác nhận. Vui lòng ghi chú bàn giao để đóng ca.`,
      { details: { dossierIds: unsynced } },
    );
  }
  const view = sessionView(ctx.db, session);
  const difference = total - view.expected;
  const at = ctx.clock.now().toISOString();
  ctx.db
    .prepare('UPDATE cash_sessions SET closed_at = ?, counted_json = ?, counted = ?, expected = ?, difference = ?, note = ? WHERE id = ?')
    .run(at, JSON.stringify(byDenomination), total, view.expected, difference, note ?? null, session.id);
  ctx.audit({
    entity: 'cash_session',
    entityId: String(session.id),
    after: { closedAt: at, expected: view.expected, counted: total, difference, byDenomination, note: note ?? null, unsynced: unsynced.length },
  });
  return { sessionId: session.id, expected: view.expected, counted: total, difference, byDenomination, unsyncedPayments: unsynced.length };
}

