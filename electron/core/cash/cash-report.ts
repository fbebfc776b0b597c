import type Database from 'better-sqlite3-multiple-ciphers';
import type { CashReport, OfficerTotals, ParsedInputOf } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { sessionView, type CashSessionRow } from './cash-sessions';
import { listMovements, listPayments, vnDayBounds } from './payment-views';

/** Full names of the given usernames (accounts that exist); the report shows them in place of usernames. */
function officerNames(db: Database.Database, usernames: Iterable<string>): Record<string, string> {
  const byUsername = db.prepare('SELECT full_name FROM users WHERE username = ?');
  const names: Record<string, string> = {};
  for (const username of new Set(usernames)) {
    const row = byUsername.get(username) as { full_name: string } | undefined;
    if (row?.full_name) names[username] = row.full_name;
  }
  return names;
}

/** The day's cash: payments, voids, refunds, sessions and totals per officer and counter. An officer sees only their own. */
export function cashReport(ctx: HandlerContext, input: ParsedInputOf<'cash.report'>): CashReport {
  const user = requireUser(ctx);
  if (user.role === 'officer' && input.officer && input.officer !== user.username) {
    throw new DeskError('FORBIDDEN', 'Cán bộ chỉ xem được báo cáo thu tiền của mình.');
  }
  const officer = user.role === 'officer' ? user.username : input.officer;
  const payments = listPayments(ctx.db, { date: input.date, officer });
  const movements = listMovements(ctx.db, { date: input.date, officer });
  const { from, to } = vnDayBounds(input.date);
  const sessionRows = ctx.db
    .prepare(
      `SELECT * FROM cash_sessions WHERE opened_at < ? AND (closed_at IS NULL OR closed_at >= ?) ${officer ? 'AND officer = ?' : ''} ORDER BY opened_at`,
    )
    .all(...[to, from, ...(officer ? [officer] : [])]) as CashSessionRow[];

  const totals = new Map<string, OfficerTotals>();
  const totalsOf = (name: string, counter: number) => {
    const key = `${name}\u0000${counter}`;
    let t = totals.get(key);
    if (!t) totals.set(key, (t = { officer: name, counter, payments: 0, collected: 0, cash: 0, transfer: 0, voided: 0, refunded: 0, net: 0 }));
    return t;
  };
  for (const p of payments) {
    const t = totalsOf(p.officer, p.counter);
    t.payments++;
    t.collected += p.amount;
    t[p.method] += p.amount;
  }
  for (const m of movements) {
    const t = totalsOf(m.officer, m.counter);
    if (m.kind === 'void') t.voided += m.amount;
    else t.refunded += m.amount;
  }
  const grandTotal = { payments: 0, collected: 0, cash: 0, transfer: 0, voided: 0, refunded: 0, net: 0 };
  for (const t of totals.values()) {
    t.net = t.collected + t.voided + t.refunded;
    grandTotal.payments += t.payments;
    grandTotal.collected += t.collected;
    grandTotal.cash += t.cash;
    grandTotal.transfer += t.transfer;
    grandTotal.voided += t.voided;
    grandTotal.refunded += t.refunded;
    grandTotal.net += t.net;
  }
  const sessions = sessionRows.map((row) => sessionView(ctx.db, row));
  const named = [
    ...(officer ? [officer] : []),
    ...payments.map((p) => p.officer),
    ...movements.flatMap((m) => [m.officer, m.approvedBy]),
    ...sessions.flatMap((s) => (s.approvedBy ? [s.officer, s.approvedBy] : [s.officer])),
  ];
  return {
    date: input.date,
    officer: officer ?? null,
    payments,
    voids: movements.filter((m) => m.kind === 'void'),
    refunds: movements.filter((m) => m.kind === 'refund'),
    sessions,
    totals: [...totals.values()].sort((a, b) => a.counter - b.counter || a.officer.localeCompare(b.officer)),
    grandTotal,
    officerNames: officerNames(ctx.db, named),
  };
}
