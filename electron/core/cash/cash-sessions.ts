import type Database from 'better-sqlite3-multiple-ciphers';
import type { CashSessionView, ParsedInputOf } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';

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
  approved_by: string | null;
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
    approvedBy: row.approved_by,
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
