import type Database from 'better-sqlite3-multiple-ciphers';
import type { CashMovement, ParsedInputOf, PaymentListItem, PaymentStatus, UnpaidFee } from '../../../shared/api';
import { requireUser, type HandlerContext } from '../api/handler-context';

interface PaymentListRow {
  id: string;
  dossier_id: string;
  dossier_code: string;
  amount: number;
  refunded: number;
  status: PaymentStatus;
  receipt_form: string;
  receipt_series: string;
  receipt_number: number;
  collected_at: string;
  officer: string;
  counter: number;
  session_id: number;
  method: 'cash' | 'transfer';
  transfer_reference: string | null;
}

const PAYMENT_SELECT = `SELECT p.*, d.code AS dossier_code,
  (SELECT coalesce(sum(-m.amount), 0) FROM cash_movements m WHERE m.payment_id = p.id AND m.kind = 'refund') AS refunded
  FROM payments p JOIN dossiers d ON d.id = p.dossier_id`;

function toItem(r: PaymentListRow): PaymentListItem {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    dossierCode: r.dossier_code,
    amount: r.amount,
    refunded: r.refunded,
    status: r.status,
    receipt: { form: r.receipt_form, series: r.receipt_series, number: r.receipt_number },
    collectedAt: r.collected_at,
    officer: r.officer,
    counter: r.counter,
    sessionId: r.session_id,
    method: r.method,
    reference: r.transfer_reference,
  };
}

/** UTC bounds of a Vietnam calendar day (UTC+7, no daylight saving). */
export function vnDayBounds(date: string): { from: string; to: string } {
  const from = new Date(`${date}T00:00:00+07:00`);
  return { from: from.toISOString(), to: new Date(from.getTime() + 86_400_000).toISOString() };
}

export function listPayments(db: Database.Database, input: ParsedInputOf<'payments.list'> & { officer?: string }): PaymentListItem[] {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (input.date) {
    const { from, to } = vnDayBounds(input.date);
    where.push('p.collected_at >= ? AND p.collected_at < ?');
    params.push(from, to);
  }
  const filters: Array<[string, string | number | undefined]> = [
    ['p.session_id = ?', input.sessionId],
    ['p.dossier_id = ?', input.dossierId],
    ['p.officer = ?', input.officer],
  ];
  for (const [clause, value] of filters) {
    if (value === undefined) continue;
    where.push(clause);
    params.push(value);
  }
  const sql = `${PAYMENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.collected_at, p.counter, p.receipt_number LIMIT 5000`;
  return (db.prepare(sql).all(...params) as PaymentListRow[]).map(toItem);
}

interface MovementRow {
  id: string;
  kind: 'void' | 'refund';
  payment_id: string;
  session_id: number;
  amount: number;
  reason: string;
  document_form: string;
  document_series: string;
  document_number: number;
  at: string;
  officer: string;
  approved_by: string;
  counter: number;
}

export function listMovements(db: Database.Database, input: { date: string; officer?: string }): CashMovement[] {
  const { from, to } = vnDayBounds(input.date);
  const rows = db
    .prepare(`SELECT * FROM cash_movements WHERE at >= ? AND at < ? ${input.officer ? 'AND officer = ?' : ''} ORDER BY at, document_number`)
    .all(...[from, to, ...(input.officer ? [input.officer] : [])]) as MovementRow[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    paymentId: r.payment_id,
    sessionId: r.session_id,
    amount: r.amount,
    reason: r.reason,
    document: { form: r.document_form, series: r.document_series, number: r.document_number },
    at: r.at,
    officer: r.officer,
    approvedBy: r.approved_by,
    counter: r.counter,
  }));
}

/** The signed-in officer's dossiers whose fee is still to collect, oldest first. */
export function unpaidFees(ctx: HandlerContext): UnpaidFee[] {
  const user = requireUser(ctx);
  const rows = ctx.db
    .prepare(
      `SELECT d.id, d.code, d.applicant_name, d.procedure_name, d.received_at, d.fee_collection
       FROM dossiers d
       WHERE d.received_by = ? AND d.fee_collection IN ('before', 'after') AND d.paid_online = 0 AND d.status NOT IN (3, 7, 8)
         AND EXISTS (SELECT 1 FROM dossier_fee_lines l WHERE l.dossier_id = d.id AND l.amount > 0)
         AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.dossier_id = d.id AND p.status IN ('paid', 'refunded'))
       ORDER BY d.received_at, d.code LIMIT 500`,
    )
    .all(user.id) as Array<{ id: string; code: string; applicant_name: string; procedure_name: string; received_at: string; fee_collection: 'before' | 'after' }>;
  const lines = ctx.db.prepare('SELECT code, name, amount FROM dossier_fee_lines WHERE dossier_id = ? ORDER BY line_no');
  return rows.map((r) => {
    const feeLines = lines.all(r.id) as UnpaidFee['lines'];
    return {
      dossierId: r.id,
      dossierCode: r.code,
      applicantName: r.applicant_name,
      procedureName: r.procedure_name,
      receivedAt: r.received_at,
      amount: feeLines.reduce((sum, l) => sum + l.amount, 0),
      collection: r.fee_collection,
      lines: feeLines,
    };
  });
}
