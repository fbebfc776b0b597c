import type Database from 'better-sqlite3-multiple-ciphers';
import type { ReceiptId } from '../../../shared/api';
import { DeskError } from '../api/desk-error';

/**
 * Takes the next number of a (form, series, counter) sequence inside the counter's range. It
 * runs in the transaction that records the payment (or the void/refund document), so a crash
 * either keeps both or neither: numbers are never skipped or reused.
 */
export function allocateDocumentNumber(
  db: Database.Database,
  input: { form: string; series: string; counter: number; range: { first: number; last: number } },
): ReceiptId {
  const { form, series, counter, range } = input;
  const row = db
    .prepare('SELECT last_used FROM receipt_number_sequences WHERE form = ? AND series = ? AND counter = ?')
    .get(form, series, counter) as { last_used: number } | undefined;
  const next = Math.max(row?.last_used ?? range.first - 1, range.first - 1) + 1;
  if (next > range.last) {
    throw new DeskError(
      'CONFLICT',
      `Quầy số ${counter} đã dùng hết dải số ${form} ${series} (${range.first}-${range.last}). Vui lòng báo quản trị viên cấp dải số mới.`,
    );
  }
  db.prepare(
    `INSERT INTO receipt_number_sequences(form, series, counter, first_number, last_number, last_used) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(form, series, counter) DO UPDATE SET first_number = excluded.first_number, last_number = excluded.last_number, last_used = excluded.last_used`,
  ).run(form, series, counter, range.first, range.last, next);
  return { form, series, number: next };
}
