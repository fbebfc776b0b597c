import type Database from 'better-sqlite3-multiple-ciphers';
import type { ReceiptId } from '../../../shared/api';

/** What a provider needs to issue the receipt of one cash payment. */
export interface ReceiptRequest {
  /** The payment's own id: the idempotency key a provider's service can be given. */
  paymentId: string;
  counter: number;
  amount: number;
  payer: { name: string; address: string | null };
  dossierCode: string;
  lines: Array<{ code: string; name: string; amount: number }>;
}

/** A receipt as issued: form, series and number, by which provider, and that provider's own reference. */
export interface IssuedReceipt extends ReceiptId {
  provider: string;
  providerRef: string | null;
}

/** Runs inside the payment's transaction and gives its receipt (the local series allocates its number here). */
export type FinishReceipt = (db: Database.Database) => IssuedReceipt;

/**
 * Where the biên lai of a payment comes from: the local series (shipped, and the offline fallback)
 * or an electronic receipt provider (VNPT, Viettel, ...; an adapter later).
 *
 * Issuing has two phases because a provider answers over the network while a payment is one
 * synchronous transaction: `issue` runs before the transaction (it may await the provider's
 * service, and throws when the provider fails); the function it resolves to runs inside the
 * payment's transaction. A remote provider's function only returns what the service issued.
 */
export interface ReceiptProvider {
  readonly id: string;
  issue(request: ReceiptRequest): Promise<FinishReceipt>;
  /** Cancels an issued receipt at the provider (the local series has nothing to do: the number stays, marked void). */
  void(receipt: IssuedReceipt & { paymentId: string; reason: string }): Promise<void>;
}
