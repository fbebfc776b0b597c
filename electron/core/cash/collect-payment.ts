import { randomUUID } from 'node:crypto';
import type { CollectResult, ParsedInputOf } from '../../../shared/api';
import { formatVnd } from '../../../shared/money';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { recordDossierChange } from '../dossiers';
import { readDossierRow, type DossierRow } from '../dossiers';
import { requireOpenSession } from './cash-sessions';
import { feeLines, unpaidFeeAmount } from './fee-status';
import { issueWithFallback, voidAtProvider } from './receipt-provider-fallback';
import { LocalReceiptSeries } from './receipt-provider-local';
import type { IssuedReceipt } from './receipt-provider';
import { readStoredCashSettings } from './cash-settings';

const CLOSED_STATUSES = [3, 7, 8];

/** Everything that must hold to collect: checked before asking a provider, and again inside the transaction. */
function checkCollection(ctx: HandlerContext, { dossierId, tendered, method }: ParsedInputOf<'payments.collect'>) {
  const dossier = readDossierRow(ctx.db, dossierId);
  if (!dossier) throw new DeskError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  const session = requireOpenSession(ctx);
  if (CLOSED_STATUSES.includes(dossier.status)) throw new DeskError('INVALID_TRANSITION', 'Hồ sơ đã bị từ chối, rút hoặc dừng xử lý: không thu phí.');
  if (dossier.paid_online === 1) throw new DeskError('CONFLICT', 'Hồ sơ đã thanh toán phí, lệ phí trực tuyến trên cổng dịch vụ công: không thu tại quầy.');
  const amount = unpaidFeeAmount(ctx.db, dossierId);
  if (amount === 0) throw new DeskError('CONFLICT', 'Hồ sơ không có phí, lệ phí cần thu hoặc đã thu rồi.');
  if (method === 'transfer' && !readStoredCashSettings(ctx.services.settings).transferAccount) {
    throw new DeskError('NOT_FOUND', 'Chưa cài đặt tài khoản nhận chuyển khoản của cơ quan (Cài đặt → Biên lai).');
  }
  const given = tendered ?? amount;
  if (given < amount) {
    throw new DeskError('INVALID_INPUT', `Số tiền khách đưa (${formatVnd(given)}) chưa đủ ${formatVnd(amount)}.`, { fields: { tendered: 'Chưa đủ số tiền phải thu.' } });
  }
  const applicant = JSON.parse(dossier.applicant_json) as { address?: string };
  return { dossier, session, amount, given, address: applicant.address ?? null };
}

/**
 * Collects a dossier's fee in cash, or records a transfer the officer saw arrive (its reference). The receipt comes through the receipt provider (the local
 * series unless another is configured; the local series stands in when it fails). Then one
 * transaction: the payment against the officer's open session, its lines, the receipt number
 * (the local series allocates it here), the dossier's new revision with its outbox entry, and the
 * audit entry.
 */
export async function collectPayment(ctx: HandlerContext, input: ParsedInputOf<'payments.collect'>): Promise<CollectResult> {
  const first = checkCollection(ctx, input);
  const paymentId = randomUUID();
  const counter = ctx.services.identity().counter;
  const local = new LocalReceiptSeries(ctx.services.settings);
  const issue = await issueWithFallback(ctx.services.receiptProvider, local, {
    paymentId,
    counter,
    amount: first.amount,
    payer: { name: first.dossier.applicant_name, address: first.address },
    dossierCode: first.dossier.code,
    lines: feeLines(ctx.db, input.dossierId).map(({ code, name, amount }) => ({ code, name, amount })),
  });
  let issued: IssuedReceipt | null = null;
  try {
    return ctx.write(() => {
      const { dossier, session, amount, given, address } = checkCollection(ctx, input);
      const receipt = issue.finish(ctx.db);
      issued = receipt;
      const transfer = input.method === 'transfer' ? (input.reference ?? null) : null;
      return recordPayment(ctx, { paymentId, dossier, sessionId: session.id, amount, given, address, counter, receipt, pending: issue, transfer });
    });
  } catch (error) {
    // The provider issued a receipt but the payment could not be recorded (collected meanwhile, session closed): cancel it there.
    const orphan = issued as IssuedReceipt | null;
    if (orphan && orphan.providerRef !== null && ctx.services.receiptProvider) {
      void voidAtProvider(ctx.services.receiptProvider, { ...orphan, paymentId, reason: 'Khoản thu không được ghi nhận' });
    }
    throw error;
  }
}

function recordPayment(
  ctx: HandlerContext,
  p: {
    paymentId: string;
    dossier: DossierRow;
    sessionId: number;
    amount: number;
    given: number;
    address: string | null;
    counter: number;
    receipt: IssuedReceipt;
    pending: { pendingProvider: string | null; error: string | null };
    /** The transfer's reference, or null for cash. */
    transfer: string | null;
  },
): CollectResult {
  const user = requireUser(ctx);
  const now = ctx.clock.now();
  const change = p.given - p.amount;
  ctx.db
    .prepare(
      `INSERT INTO payments(id, dossier_id, session_id, amount, tendered, change, status, receipt_form, receipt_series, receipt_number,
        counter, collected_at, officer_id, officer, officer_name, payer_name, payer_address, receipt_provider, provider_ref, provider_pending, provider_error,
        method, transfer_reference)
       VALUES (?, ?, ?, ?, ?, ?, 'paid', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(p.paymentId, p.dossier.id, p.sessionId, p.amount, p.given, change, p.receipt.form, p.receipt.series, p.receipt.number, p.counter, now.toISOString(),
      user.id, user.username, user.full_name, p.dossier.applicant_name, p.address, p.receipt.provider, p.receipt.providerRef, p.pending.pendingProvider, p.pending.error,
      p.transfer === null ? 'cash' : 'transfer', p.transfer);
  const insertLine = ctx.db.prepare('INSERT INTO payment_lines(payment_id, line_no, code, name, amount) VALUES (?, ?, ?, ?, ?)');
  for (const line of feeLines(ctx.db, p.dossier.id)) insertLine.run(p.paymentId, line.line_no, line.code, line.name, line.amount);
  const revision = recordDossierChange(ctx, p.dossier.id, 'payment.collect', { at: now });
  const receipt = { form: p.receipt.form, series: p.receipt.series, number: p.receipt.number };
  ctx.audit({
    entity: 'payment',
    entityId: p.paymentId,
    after: {
      dossierId: p.dossier.id,
      dossierCode: p.dossier.code,
      amount: p.amount,
      tendered: p.given,
      change,
      receipt,
      sessionId: p.sessionId,
      revision,
      method: p.transfer === null ? 'cash' : 'transfer',
      ...(p.transfer !== null ? { reference: p.transfer } : {}),
      ...(p.receipt.provider !== 'local' ? { provider: p.receipt.provider, providerRef: p.receipt.providerRef } : {}),
      ...(p.pending.pendingProvider ? { providerPending: p.pending.pendingProvider, providerError: p.pending.error } : {}),
    },
  });
  return { paymentId: p.paymentId, receipt, amount: p.amount, tendered: p.given, change, method: p.transfer === null ? 'cash' : 'transfer', reference: p.transfer };
}
