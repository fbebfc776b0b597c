import type { FinishReceipt, IssuedReceipt, ReceiptProvider, ReceiptRequest } from './receipt-provider';
import { LOCAL_PROVIDER_ID, type LocalReceiptSeries } from './receipt-provider-local';

/** How long the counter waits for a provider before the local series takes over. */
export const PROVIDER_TIMEOUT_MS = 5_000;

export interface ReceiptIssue {
  finish: FinishReceipt;
  /** The configured provider that failed, when the local series issued instead: the payment is marked for later. */
  pendingProvider: string | null;
  error: string | null;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: không phản hồi sau ${ms / 1000} giây`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Issues through the configured provider; when it fails (network down, an error, no answer in
 * time) the local series issues the number in the payment's transaction and the payment is
 * marked for the provider later. With no provider configured, the local series issues.
 */
export async function issueWithFallback(
  configured: ReceiptProvider | undefined,
  local: LocalReceiptSeries,
  request: ReceiptRequest,
  log: (line: string) => void = () => undefined,
  timeoutMs = PROVIDER_TIMEOUT_MS,
): Promise<ReceiptIssue> {
  if (!configured || configured.id === LOCAL_PROVIDER_ID) return { finish: local.finish(request), pendingProvider: null, error: null };
  try {
    return { finish: await withTimeout(configured.issue(request), timeoutMs, configured.id), pendingProvider: null, error: null };
  } catch (error) {
    log(`receipt provider ${configured.id} failed for payment ${request.paymentId}: ${messageOf(error)}; the local series issues`);
    return { finish: local.finish(request), pendingProvider: configured.id, error: messageOf(error) };
  }
}

/**
 * Voids at the provider that issued the receipt; a receipt of the local series has nothing to
 * cancel elsewhere. A failure leaves the local void standing and names the provider to retry.
 */
export async function voidAtProvider(
  configured: ReceiptProvider | undefined,
  receipt: IssuedReceipt & { paymentId: string; reason: string },
  log: (line: string) => void = () => undefined,
  timeoutMs = PROVIDER_TIMEOUT_MS,
): Promise<{ pendingProvider: string | null; error: string | null }> {
  if (receipt.provider === LOCAL_PROVIDER_ID) return { pendingProvider: null, error: null };
  try {
    if (!configured || configured.id !== receipt.provider) throw new Error(`nhà cung cấp ${receipt.provider} chưa được cấu hình`);
    await withTimeout(configured.void(receipt), timeoutMs, configured.id);
    return { pendingProvider: null, error: null };
  } catch (error) {
    log(`receipt provider ${receipt.provider} could not void payment ${receipt.paymentId}: ${messageOf(error)}; marked for later`);
    return { pendingProvider: receipt.provider, error: messageOf(error) };
  }
}
