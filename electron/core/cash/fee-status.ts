import type Database from 'better-sqlite3-multiple-ciphers';
import { formatVnd } from '../../../shared/money';
import { DeskError } from '../api/desk-error';

export interface FeeLineRow {
  line_no: number;
  code: string;
  name: string;
  amount: number;
}

export function feeLines(db: Database.Database, dossierId: string): FeeLineRow[] {
  return db.prepare('SELECT line_no, code, name, amount FROM dossier_fee_lines WHERE dossier_id = ? ORDER BY line_no').all(dossierId) as FeeLineRow[];
}

/** The fee still to collect on a dossier: its lines' total unless a payment stands (paid or partly refunded) or the portal says it was paid online. */
export function unpaidFeeAmount(db: Database.Database, dossierId: string): number {
  const row = db
    .prepare(
      `SELECT d.fee_collection AS collection, d.paid_online,
              (SELECT coalesce(sum(amount), 0) FROM dossier_fee_lines WHERE dossier_id = d.id) AS total,
              EXISTS (SELECT 1 FROM payments WHERE dossier_id = d.id AND status IN ('paid', 'refunded')) AS paid
       FROM dossiers d WHERE d.id = ?`,
    )
    .get(dossierId) as { collection: string; paid_online: number; total: number; paid: number } | undefined;
  if (!row || row.collection === 'none' || row.paid || row.paid_online === 1) return 0;
  return row.total;
}

/** Hand-over (and anything else that needs the fee settled) refuses a dossier with a fee unpaid. */
export function assertFeePaid(db: Database.Database, dossierId: string): void {
  const unpaid = unpaidFeeAmount(db, dossierId);
  if (unpaid > 0) {
    throw new DeskError('FEE_UNPAID', `Hồ sơ còn ${formatVnd(unpaid)} phí, lệ phí chưa thu. Vui lòng thu phí trước khi trả kết quả.`, {
      details: { dossierId, amount: unpaid },
    });
  }
}
