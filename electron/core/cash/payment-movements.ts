import { randomUUID } from 'node:crypto';
import type { MovementResult, ParsedInputOf, PaymentStatus } from '../../../shared/api';
import { formatVnd } from '../../../shared/money';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { recordDossierChange } from '../dossiers';
import { requireOpenSession } from './cash-sessions';
import { counterReceiptRange, readStoredCashSettings } from './cash-settings';
import { allocateDocumentNumber } from './receipt-numbers';
import { verifySupervisorApproval } from './supervisor-approval';
import { voidAtProvider } from './receipt-provider-fallback';

interface PaymentRow {
  id: string;
  dossier_id: string;
  amount: number;
  status: PaymentStatus;
  receipt_form: string;
  receipt_series: string;
  receipt_number: number;
  receipt_provider: string;
  provider_ref: string | null;
}

function loadPayment(ctx: HandlerContext, id: string): PaymentRow {
  const row = ctx.db.prepare('SELECT * FROM payments WHERE id = ?').get(id) as PaymentRow | undefined;
  if (!row) throw new DeskError('NOT_FOUND', 'Không tìm thấy khoản thu.');
  return row;
}

export function refundedSoFar(ctx: HandlerContext, paymentId: string): number {
  const row = ctx.db.prepare(`SELECT coalesce(sum(-amount), 0) AS n FROM cash_movements WHERE payment_id = ? AND kind = 'refund'`).get(paymentId) as { n: number };
  return row.n;
}

/**
 * Records a void or refund: cash paid out of the officer's current session (a negative movement)
 * with its own document number, the payment's new status, the dossier's new revision with its
 * outbox entry, and the approver in the audit, all in one transaction.
 */
function recordMovement(
  ctx: HandlerContext,
  input: { kind: 'void' | 'refund'; payment: PaymentRow; amount: number; status: PaymentStatus; reason: string; approver: string },
): MovementResult {
  const user = requireUser(ctx);
  const session = requireOpenSession(ctx);
  const now = ctx.clock.now();
  const counter = ctx.services.identity().counter;
  const settings = readStoredCashSettings(ctx.services.settings);
  const document = allocateDocumentNumber(ctx.db, { form: settings.movementForm, series: settings.series, counter, range: counterReceiptRange(settings, counter) });
  const movementId = randomUUID();
  ctx.db
    .prepare(
      `INSERT INTO cash_movements(id, kind, payment_id, session_id, amount, reason, document_form, document_series, document_number, counter, at,
        officer_id, officer, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(movementId, input.kind, input.payment.id, session.id, -input.amount, input.reason, document.form, document.series, document.number, counter,
      now.toISOString(), user.id, user.username, input.approver);
  ctx.db.prepare('UPDATE payments SET status = ? WHERE id = ?').run(input.status, input.payment.id);
  const dossierRevision = recordDossierChange(ctx, input.payment.dossier_id, `payment.${input.kind}`, { at: now });
  ctx.audit({
    entity: 'payment',
    entityId: input.payment.id,
    before: { status: input.payment.status },
    after: { status: input.status, kind: input.kind, amount: -input.amount, reason: input.reason, approvedBy: input.approver, document, sessionId: session.id, movementId },
  });
  return { movementId, paymentId: input.payment.id, status: input.status, amount: -input.amount, document, dossierRevision };
}

export async function voidPayment(ctx: HandlerContext, { paymentId, reason, approval }: ParsedInputOf<'payments.void'>): Promise<MovementResult> {
  loadPayment(ctx, paymentId);
  requireOpenSession(ctx);
  const approver = await verifySupervisorApproval(ctx, approval);
  const before = loadPayment(ctx, paymentId);
  if (before.status !== 'paid') throw new DeskError('CONFLICT', 'Chỉ hủy được biên lai đang có hiệu lực và chưa hoàn tiền.');
  // A receipt an electronic provider issued is cancelled there too; when it cannot be, the local void stands and the payment is marked for later.
  const atProvider = await voidAtProvider(ctx.services.receiptProvider, {
    form: before.receipt_form,
    series: before.receipt_series,
    number: before.receipt_number,
    provider: before.receipt_provider,
    providerRef: before.provider_ref,
    paymentId,
    reason,
  });
  return ctx.write(() => {
    const payment = loadPayment(ctx, paymentId);
    if (payment.status !== 'paid') throw new DeskError('CONFLICT', 'Chỉ hủy được biên lai đang có hiệu lực và chưa hoàn tiền.');
    if (atProvider.pendingProvider) {
      ctx.db.prepare('UPDATE payments SET provider_pending = ?, provider_error = ? WHERE id = ?').run(atProvider.pendingProvider, `void: ${atProvider.error}`, paymentId);
    }
    return recordMovement(ctx, { kind: 'void', payment, amount: payment.amount, status: 'void', reason, approver: approver.username });
  });
}

export async function refundPayment(ctx: HandlerContext, { paymentId, amount, reason, approval }: ParsedInputOf<'payments.refund'>): Promise<MovementResult> {
  loadPayment(ctx, paymentId);
  requireOpenSession(ctx);
  const approver = await verifySupervisorApproval(ctx, approval);
  return ctx.write(() => {
    const payment = loadPayment(ctx, paymentId);
    if (payment.status === 'void') throw new DeskError('CONFLICT', 'Biên lai đã hủy: không hoàn tiền.');
    const left = payment.amount - refundedSoFar(ctx, paymentId);
    if (amount > left) {
      throw new DeskError('INVALID_INPUT', `Số tiền hoàn vượt quá số còn lại của biên lai (${formatVnd(left)}).`, { fields: { amount: 'Vượt quá số tiền đã thu.' } });
    }
    return recordMovement(ctx, { kind: 'refund', payment, amount, status: 'refunded', reason, approver: approver.username });
  });
}
