import type { MovementPrint, ParsedInputOf } from '../../../shared/api';
import { amountInWords, formatDong } from '../../../shared/money';
import { DeskError } from '../api/desk-error';
import type { HandlerContext } from '../api/handler-context';
import { readStoredCashSettings } from './cash-settings';

interface MovementRow {
  id: string;
  kind: 'void' | 'refund';
  amount: number;
  reason: string;
  document_form: string;
  document_series: string;
  document_number: number;
  counter: number;
  at: string;
  officer: string;
  officer_name: string | null;
  approved_by: string;
  approver_name: string | null;
  receipt_form: string;
  receipt_series: string;
  receipt_number: number;
  payer_name: string;
  payer_address: string | null;
  dossier_code: string;
  procedure_name: string;
}

/** The phiếu chi of a void or refund: the money paid back, the receipt it came from, who paid it and who approved. */
export function movementForPrint(ctx: HandlerContext, { movementId }: ParsedInputOf<'payments.movementDocument'>): MovementPrint {
  const row = ctx.db
    .prepare(
      `SELECT m.*, o.full_name AS officer_name, a.full_name AS approver_name, p.receipt_form, p.receipt_series, p.receipt_number,
         p.payer_name, p.payer_address, d.code AS dossier_code, d.procedure_name
       FROM cash_movements m JOIN payments p ON p.id = m.payment_id JOIN dossiers d ON d.id = p.dossier_id
       LEFT JOIN users o ON o.id = m.officer_id LEFT JOIN users a ON a.username = m.approved_by
       WHERE m.id = ?`,
    )
    .get(movementId) as MovementRow | undefined;
  if (!row) throw new DeskError('NOT_FOUND', 'Không tìm thấy chứng từ chi.');
  const settings = readStoredCashSettings(ctx.services.settings);
  const amount = -row.amount;
  return {
    movementId,
    kind: row.kind,
    document: { form: row.document_form, series: row.document_series, number: row.document_number },
    receipt: { form: row.receipt_form, series: row.receipt_series, number: row.receipt_number },
    unit: { name: settings.unitName || ctx.services.identity().agencyName, taxCode: settings.unitTaxCode },
    payer: { name: row.payer_name, address: row.payer_address },
    dossierCode: row.dossier_code,
    procedureName: row.procedure_name,
    amount,
    amountText: formatDong(amount),
    amountInWords: amountInWords(amount),
    reason: row.reason,
    officer: { username: row.officer, fullName: row.officer_name ?? row.officer },
    approvedBy: { username: row.approved_by, fullName: row.approver_name ?? row.approved_by },
    at: row.at,
    counter: row.counter,
  };
}
