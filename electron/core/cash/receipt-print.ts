import type { ParsedInputOf, PaymentStatus, ReceiptPrint } from '../../../shared/api';
import { PAYMENT_METHOD_TEXT } from '../../../shared/api/payments';
import { amountInWords, formatDong } from '../../../shared/money';
import { DeskError } from '../api/desk-error';
import type { HandlerContext } from '../api/handler-context';
import { readStoredCashSettings } from './cash-settings';

interface ReceiptRow {
  id: string;
  amount: number;
  status: PaymentStatus;
  receipt_form: string;
  receipt_series: string;
  receipt_number: number;
  counter: number;
  collected_at: string;
  officer: string;
  officer_name: string;
  payer_name: string;
  payer_address: string | null;
  print_count: number;
  dossier_code: string;
  procedure_name: string;
  refunded: number;
  method: 'cash' | 'transfer';
  transfer_reference: string | null;
}

/** The print model of a biên lai; each call counts one print, so every print after the first is a copy. */
export function receiptForPrint(ctx: HandlerContext, { paymentId }: ParsedInputOf<'payments.receipt'>): ReceiptPrint {
  const row = ctx.db
    .prepare(
      `SELECT p.*, d.code AS dossier_code, d.procedure_name,
        (SELECT coalesce(sum(-m.amount), 0) FROM cash_movements m WHERE m.payment_id = p.id AND m.kind = 'refund') AS refunded
       FROM payments p JOIN dossiers d ON d.id = p.dossier_id WHERE p.id = ?`,
    )
    .get(paymentId) as ReceiptRow | undefined;
  if (!row) throw new DeskError('NOT_FOUND', 'Không tìm thấy khoản thu.');
  const printNumber = row.print_count + 1;
  ctx.db.prepare('UPDATE payments SET print_count = ? WHERE id = ?').run(printNumber, paymentId);
  const settings = readStoredCashSettings(ctx.services.settings);
  const identity = ctx.services.identity();
  const words = amountInWords(row.amount);
  ctx.audit({ entity: 'payment', entityId: paymentId, after: { printed: printNumber } });
  return {
    paymentId,
    receipt: { form: row.receipt_form, series: row.receipt_series, number: row.receipt_number },
    unit: { name: settings.unitName || identity.agencyName, taxCode: settings.unitTaxCode, agencyId: identity.agencyId },
    payer: { name: row.payer_name, address: row.payer_address },
    dossierCode: row.dossier_code,
    procedureName: row.procedure_name,
    lines: ctx.db.prepare('SELECT code, name, amount FROM payment_lines WHERE payment_id = ? ORDER BY line_no').all(paymentId) as ReceiptPrint['lines'],
    amount: row.amount,
    amountText: formatDong(row.amount),
    amountInWords: words,
    method: PAYMENT_METHOD_TEXT[row.method],
    transferReference: row.transfer_reference,
    collector: { username: row.officer, fullName: row.officer_name },
    collectedAt: row.collected_at,
    counter: row.counter,
    void: row.status === 'void',
    voidMark: row.status === 'void' ? 'ĐÃ HỦY' : null,
    refunded: row.refunded,
    printNumber,
    copy: printNumber > 1,
    copies: settings.receiptCopies === 1 ? ['Liên 2'] : ['Liên 1', 'Liên 2'],
    paper: settings.paper,
  };
}
