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

/**
 * Cash the drawer should hold: float + cash payments collected in it + voids/refunds of cash
 * payments paid out of it (negative). A transfer went to the agency's account, so neither it nor a
 * void or refund of it (paid back by transfer) touches the drawer.
 */
export function sessionTotals(db: Database.Database, sessionId: number): { collected: number; payments: number; movements: number; transfers: number; transferPayments: number } {
  const byMethod = db.prepare('SELECT method, coalesce(sum(amount), 0) AS total, count(*) AS n FROM payments WHERE session_id = ? GROUP BY method').all(sessionId) as Array<{ method: 'cash' | 'transfer'; total: number; n: number }>;
  const cash = byMethod.find((r) => r.method === 'cash');
  const transfer = byMethod.find((r) => r.method === 'transfer');
  const m = db
    .prepare(`SELECT coalesce(sum(m.amount), 0) AS total FROM cash_movements m JOIN payments p ON p.id = m.payment_id WHERE m.session_id = ? AND p.method = 'cash'`)
    .get(sessionId) as { total: number };
  return { collected: cash?.total ?? 0, payments: cash?.n ?? 0, movements: m.total, transfers: transfer?.total ?? 0, transferPayments: transfer?.n ?? 0 };
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
    transfers: totals.transfers,
    transferPayments: totals.transferPayments,
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
