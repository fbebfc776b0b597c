import type { ParsedInputOf, ReconcileProblem, ReconcileResult } from '../../../shared/api';
import type { HandlerContext } from '../api/handler-context';
import { vnDayBounds } from './payment-views';

interface TransferRow {
  id: string;
  code: string;
  amount: number;
  transfer_reference: string | null;
  collected_at: string;
  officer: string;
}

/** Banks drop or change the "." and "-" of a memo: compare letters and digits only. */
function bare(text: string): string {
  return text.normalize('NFKD').replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

function transfersOf(ctx: HandlerContext, date: string): TransferRow[] {
  const { from, to } = vnDayBounds(date);
  return ctx.db
    .prepare(
      `SELECT p.id, d.code, p.amount, p.transfer_reference, p.collected_at, p.officer FROM payments p JOIN dossiers d ON d.id = p.dossier_id
       WHERE p.method = 'transfer' AND p.status IN ('paid', 'refunded') AND p.collected_at >= ? AND p.collected_at < ? ORDER BY p.collected_at`,
    )
    .all(from, to) as TransferRow[];
}

/**
 * `payments.reconcile`: each statement line against the transfers recorded on its Vietnam day. A
 * line matches the transfer whose dossier code its memo carries, with the same amount; a code with
 * another amount is a wrong amount; no code of that day is unknown. Transfers no line matched are
 * listed as missing from the statement.
 */
export function reconcileTransfers(ctx: HandlerContext, { rows }: ParsedInputOf<'payments.reconcile'>): ReconcileResult {
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  const byDate = new Map(dates.map((d) => [d, transfersOf(ctx, d)]));
  const taken = new Set<string>();
  const result: ReconcileResult = { dates, matched: [], problems: [], missing: [] };
  for (const row of rows) {
    const memo = bare(row.memo);
    const named = (byDate.get(row.date) ?? []).filter((t) => !taken.has(t.id) && memo.includes(bare(t.code)));
    const same = named.find((t) => t.amount === row.amount);
    if (same) {
      taken.add(same.id);
      result.matched.push({ row, paymentId: same.id, dossierCode: same.code });
      continue;
    }
    const problem: ReconcileProblem = named[0]
      ? { row, problem: 'wrong-amount', dossierCode: named[0].code, expectedAmount: named[0].amount }
      : { row, problem: 'unknown', dossierCode: null, expectedAmount: null };
    result.problems.push(problem);
  }
  for (const transfers of byDate.values()) {
    for (const t of transfers) {
      if (taken.has(t.id)) continue;
      result.missing.push({ paymentId: t.id, dossierCode: t.code, amount: t.amount, reference: t.transfer_reference, collectedAt: t.collected_at, officer: t.officer });
    }
  }
  return result;
}
