import { DEFAULT_DENOMINATIONS, type CashSettings } from '../../../shared/api';
import type { SettingsStore } from '../settings';

const KEY = 'cashReceipts';

export type StoredCashSettings = Omit<CashSettings, 'counter' | 'counterRange'>;

export const DEFAULT_CASH_SETTINGS: StoredCashSettings = {
  form: '01BLP0-001',
  series: 'AA-26P',
  movementForm: 'PC',
  ranges: {},
  sliceSize: 1_000_000,
  denominations: [...DEFAULT_DENOMINATIONS],
  unitName: '',
  unitTaxCode: '',
  paper: 'a5',
  receiptCopies: 2,
  shortageApprovalThreshold: 0,
  transferAccount: null,
};

export function readStoredCashSettings(settings: SettingsStore): StoredCashSettings {
  return { ...DEFAULT_CASH_SETTINGS, ...settings.get<Partial<StoredCashSettings>>(KEY, {}) };
}

export function writeStoredCashSettings(settings: SettingsStore, value: StoredCashSettings): void {
  settings.set(KEY, value);
}

/** A counter's receipt number range: the configured one, else slice n of sliceSize numbers. */
export function counterReceiptRange(stored: StoredCashSettings, counter: number): { first: number; last: number } {
  return stored.ranges[String(counter)] ?? { first: (counter - 1) * stored.sliceSize + 1, last: counter * stored.sliceSize };
}

export function readCashSettings(settings: SettingsStore, counter: number): CashSettings {
  const stored = readStoredCashSettings(settings);
  return { ...stored, counter, counterRange: counterReceiptRange(stored, counter) };
}
