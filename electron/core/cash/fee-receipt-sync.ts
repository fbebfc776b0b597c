import type Database from 'better-sqlite3-multiple-ciphers';
import { toPortalDate } from '../../../shared/portal/portal-date';
import { prepared } from '../db/prepared';

export interface PortalReceiptFields {
  MauSoBienLai: string;
  KyHieuBienLai: string;
  SoBienLai: string;
  NgayThu: string;
}

/**
 * The cash receipt fields each DanhSachLePhi entry of a dossier carries: those of the standing
 * payment (paid or partly refunded); none while the fee is unpaid or its receipt was voided.
 * The HoSo mapping spreads them into every fee line.
 */
export function portalReceiptFields(db: Database.Database, dossierId: string): PortalReceiptFields | null {
  const row = prepared(db, 
      `SELECT receipt_form, receipt_series, receipt_number, collected_at FROM payments
       WHERE dossier_id = ? AND status IN ('paid', 'refunded') ORDER BY collected_at DESC LIMIT 1`,
    )
    .get(dossierId) as { receipt_form: string; receipt_series: string; receipt_number: number; collected_at: string } | undefined;
  if (!row) return null;
  return { MauSoBienLai: row.receipt_form, KyHieuBienLai: row.receipt_series, SoBienLai: String(row.receipt_number), NgayThu: toPortalDate(row.collected_at) };
}
