import { counterReceiptRange, readStoredCashSettings } from './cash-settings';
import { allocateDocumentNumber } from './receipt-numbers';
import type { FinishReceipt, ReceiptProvider, ReceiptRequest } from './receipt-provider';
import type { SettingsStore } from '../settings';

export const LOCAL_PROVIDER_ID = 'local';

/**
 * The counter's own series: form and series from the cash settings, the next number of the
 * counter's range taken inside the payment's transaction (never skipped, never reused, also
 * across a crash). Needs no network, so it is also the fallback when a provider fails.
 */
export class LocalReceiptSeries implements ReceiptProvider {
  readonly id = LOCAL_PROVIDER_ID;

  constructor(private readonly settings: SettingsStore) {}

  issue(request: ReceiptRequest): Promise<FinishReceipt> {
    return Promise.resolve(this.finish(request));
  }

  /** The in-transaction half alone, for callers that are already synchronous. */
  finish(request: Pick<ReceiptRequest, 'counter'>): FinishReceipt {
    return (db) => {
      const stored = readStoredCashSettings(this.settings);
      const id = allocateDocumentNumber(db, { form: stored.form, series: stored.series, counter: request.counter, range: counterReceiptRange(stored, request.counter) });
      return { ...id, provider: LOCAL_PROVIDER_ID, providerRef: null };
    };
  }

  void(): Promise<void> {
    return Promise.resolve();
  }
}
