import type Database from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../db/prepared';

/** The receipt a dossier's fee stands on, as cash knows it (the portal adapter maps it into its protocol). */
export interface StandingReceipt {
  form: string;
  series: string;
  number: number;
  /** UTC ISO time of the collection. */
  collectedAt: string;
}

/**
 * The receipt of the standing payment (paid or partly refunded); none while the fee is unpaid or
 * its receipt was voided.
 */
export function standingReceipt(db: Database.Database, dossierId: string): StandingReceipt | null {
  const row = prepared(db,
      `SELECT receipt_form, receipt_series, receipt_number, collected_at FROM payments
       WHERE dossier_id = ? AND status IN ('paid', 'refunded') ORDER BY collected_at DESC LIMIT 1`,
    )
    .get(dossierId) as { receipt_form: string; receipt_series: string; receipt_number: number; collected_at: string } | undefined;
  if (!row) return null;
  return { form: row.receipt_form, series: row.receipt_series, number: row.receipt_number, collectedAt: row.collected_at };
}
