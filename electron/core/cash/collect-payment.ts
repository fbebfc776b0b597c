import { randomUUID } from 'node:crypto';
import type { CollectResult, ParsedInputOf } from '../../../shared/api';
import { formatVnd } from '../../../shared/money';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { requireOpenSession } from './cash-sessions';
import { counterReceiptRange, readStoredCashSettings } from './cash-settings';
import { bumpDossierRevision } from './dossier-revision';
import { feeLines, unpaidFeeAmount } from './fee-status';
import { allocateDocumentNumber } from './receipt-numbers';

const CLOSED_STATUSES = [3, 7, 8];

/**
 * Collects a dossier's fee in cash, in one transaction: the payment against the officer's open
 * session, its lines, the next receipt number of this counter's range, the dossier's new
 * revision with its outbox entry, and the audit entry.
 */
export function collectPayment(ctx: HandlerContext, { dossierId, tendered }: ParsedInputOf<'payments.collect'>): CollectResult {
  const user = requireUser(ctx);
  const dossier = ctx.db.prepare('SELECT id, code, status, applicant_name, applicant_json FROM dossiers WHERE id = ?').get(dossierId) as
    | { id: string; code: string; status: number; applicant_name: string; applicant_json: string }
    | undefined;
  if (!dossier) throw new DeskError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  const session = requireOpenSession(ctx);
  if (CLOSED_STATUSES.includes(dossier.status)) throw new DeskError('INVALID_TRANSITION', 'Hồ sơ đã bị từ chối, rút hoặc dừng xử lý: không thu phí.');
  const amount = unpaidFeeAmount(ctx.db, dossierId);
  if (amount === 0) throw new DeskError('CONFLICT', 'Hồ sơ không có phí, lệ phí cần thu hoặc đã thu rồi.');
  const given = tendered ?? amount;
  if (given < amount) {
    throw new DeskError('INVALID_INPUT', `Số tiền khách đưa (${formatVnd(given)}) chưa đủ ${formatVnd(amount)}.`, { fields: { tendered: 'Chưa đủ số tiền phải thu.' } });
  }
  const change = given - amount;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const counter = ctx.services.identity().counter;
  const settings = readStoredCashSettings(ctx.services.settings);
  const receipt = allocateDocumentNumber(ctx.db, { form: settings.form, series: settings.series, counter, range: counterReceiptRange(settings, counter) });
  const applicant = JSON.parse(dossier.applicant_json) as { address?: string };
  const paymentId = randomUUID();
  ctx.db
    .prepare(
      `INSERT INTO payments(id, dossier_id, session_id, amount, tendered, change, status, receipt_form, receipt_series, receipt_number,
        counter, collected_at, officer_id, officer, officer_name, payer_name, payer_address)
       VALUES (?, ?, ?, ?, ?, ?, 'paid', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(paymentId, dossierId, session.id, amount, given, change, receipt.form, receipt.series, receipt.number, counter, at, user.id, user.username,
      user.full_name, dossier.applicant_name, applicant.address ?? null);
  const insertLine = ctx.db.prepare('INSERT INTO payment_lines(payment_id, line_no, code, name, amount) VALUES (?, ?, ?, ?, ?)');
  for (const line of feeLines(ctx.db, dossierId)) insertLine.run(paymentId, line.line_no, line.code, line.name, line.amount);
  const revision = bumpDossierRevision(ctx, dossierId, 'payment.collect', now);
  ctx.audit({ entity: 'payment', entityId: paymentId, after: { dossierId, dossierCode: dossier.code, amount, tendered: given, change, receipt, sessionId: session.id, revision } });
  return { paymentId, receipt, amount, tendered: given, change };
}
