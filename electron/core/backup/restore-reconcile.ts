import type Database from 'better-sqlite3-multiple-ciphers';
import { isoDateOfDay, vnDayNumber } from '../../../shared/calendar/vietnam-time';
import type { PortalReceiptNumber } from '../portal';
import { counterReceiptRange, readStoredCashSettings } from '../cash';
import { counterSlice, readCodeRange } from '../dossiers';
import { prepared } from '../db/prepared';
import { readIdentity } from '../settings';
import type { SettingsStore } from '../settings';

/**
 * Numbers a restored desk skips on top of the highest ones in its backup while it has not yet
 * reached the portal (the lost machine may have issued more after the backup): dossier codes of
 * each day from the backup's day to the day of the restore, and the counter's receipt series.
 */
export const RESTORE_CODE_GAP = 50;
export const RESTORE_RECEIPT_GAP = 100;

/** Set by a restore, deleted once the portal's feed has been read to its end. */
export const RESTORE_PENDING_SETTING = 'restorePendingPortal';

export interface RestorePending {
  backupId: string;
  backupCreatedAt: string;
  restoredAt: string;
  /** Vietnam dates whose dossier codes have jumped the gap (offline intake on that day). */
  codeGapDays: string[];
  /** The counter's receipt series have jumped the gap (an offline payment). */
  receiptGapApplied: boolean;
}

export function readRestorePending(settings: SettingsStore): RestorePending | null {
  return settings.get<RestorePending | null>(RESTORE_PENDING_SETTING, null);
}

export function markRestorePending(settings: SettingsStore, from: Pick<RestorePending, 'backupId' | 'backupCreatedAt' | 'restoredAt'>): void {
  settings.set(RESTORE_PENDING_SETTING, { ...from, codeGapDays: [], receiptGapApplied: false } satisfies RestorePending);
}

export function clearRestorePending(db: Database.Database): void {
  prepared(db, 'DELETE FROM settings WHERE key = ?').run(RESTORE_PENDING_SETTING);
}

/**
 * Offline after a restore: what is issued now continues past the safety gap. Dossier codes jump
 * once for today, if today is a day the lost machine may have worked (from the backup's day to
 * the restore's); each receipt series of this counter jumps once. Idempotent: the marker records
 * what has jumped.
 */
export function applyOfflineGap(db: Database.Database, settings: SettingsStore, now: Date, kind: 'code' | 'receipt'): void {
  db.transaction(() => {
    const pending = readRestorePending(settings);
    if (!pending) return;
    const { agencyId, counter } = readIdentity(settings);
    if (kind === 'code') {
      const today = vnDayNumber(now);
      const iso = isoDateOfDay(today);
      const lostMachineDays = today >= vnDayNumber(new Date(pending.backupCreatedAt)) && today <= vnDayNumber(new Date(pending.restoredAt));
      if (!lostMachineDays || pending.codeGapDays.includes(iso)) return;
      const { first, last } = counterSlice(readCodeRange(settings), counter);
      const row = prepared(db, 'SELECT last_seq FROM dossier_code_sequences WHERE agency_id = ? AND day = ? AND counter = ?').get(agencyId, iso, counter) as { last_seq: number } | undefined;
      const next = Math.min(Math.max(row?.last_seq ?? first - 1, first - 1) + RESTORE_CODE_GAP, last);
      prepared(db,
        `INSERT INTO dossier_code_sequences(agency_id, day, counter, last_seq) VALUES (?, ?, ?, ?)
         ON CONFLICT(agency_id, day, counter) DO UPDATE SET last_seq = excluded.last_seq`,
      ).run(agencyId, iso, counter, next);
      settings.set(RESTORE_PENDING_SETTING, { ...pending, codeGapDays: [...pending.codeGapDays, iso] });
      return;
    }
    if (pending.receiptGapApplied) return;
    const stored = readStoredCashSettings(settings);
    const range = counterReceiptRange(stored, counter);
    // The current series starts its own row if the backup had none of its receipts.
    prepared(db,
      `INSERT INTO receipt_number_sequences(form, series, counter, first_number, last_number, last_used) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(form, series, counter) DO NOTHING`,
    ).run(stored.form, stored.series, counter, range.first, range.last, range.first - 1);
    prepared(db, 'UPDATE receipt_number_sequences SET last_used = min(max(last_used, first_number - 1) + ?, last_number) WHERE counter = ?').run(RESTORE_RECEIPT_GAP, counter);
    settings.set(RESTORE_PENDING_SETTING, { ...pending, receiptGapApplied: true });
  })();
}

/**
 * A restored desk reading the portal's feed: a receipt number of this counter's range in a
 * series the counter uses, higher than the counter's last, moves the counter's next number past
 * it (the lost machine issued it after the backup). Runs in the transaction that applies the
 * page. Answers how many series moved.
 */
export function raiseReceiptNumbersFromFeed(db: Database.Database, settings: SettingsStore, receipts: readonly PortalReceiptNumber[]): number {
  const { counter } = readIdentity(settings);
  const stored = readStoredCashSettings(settings);
  const currentRange = counterReceiptRange(stored, counter);
  const rowOf = prepared(db, 'SELECT first_number, last_number, last_used FROM receipt_number_sequences WHERE form = ? AND series = ? AND counter = ?');
  const upsert = prepared(db,
    `INSERT INTO receipt_number_sequences(form, series, counter, first_number, last_number, last_used) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(form, series, counter) DO UPDATE SET last_used = max(last_used, excluded.last_used)`,
  );
  let moved = 0;
  for (const r of receipts) {
    const row = rowOf.get(r.form, r.series, counter) as { first_number: number; last_number: number; last_used: number } | undefined;
    const current = r.form === stored.form && r.series === stored.series;
    const range = row ? { first: row.first_number, last: row.last_number } : current ? currentRange : null;
    if (!range || r.number < range.first || r.number > range.last || (row && r.number <= row.last_used)) continue;
    upsert.run(r.form, r.series, counter, range.first, range.last, r.number);
    moved++;
  }
  return moved;
}
