import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import type { FinishReceipt, IssuedReceipt, ReceiptProvider, ReceiptRequest } from '../../../electron/core/cash/receipt-provider';
import { readDb, receiveCertifiedCopy } from './cash-fixtures';

/** A loopback port nothing listens on: connecting to it fails like a network that is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An electronic receipt provider whose service is unreachable: every call is a real failed connection. */
function unreachableProvider(port: number): ReceiptProvider & { calls: string[] } {
  const calls: string[] = [];
  return {
    id: 'fake-vnpt',
    calls,
    async issue(request: ReceiptRequest): Promise<FinishReceipt> {
      calls.push(`issue ${request.paymentId}`);
      await fetch(`http://127.0.0.1:${port}/bien-lai`, { method: 'POST', body: JSON.stringify(request) });
      throw new Error('unreachable');
    },
    async void(receipt) {
      calls.push(`void ${receipt.paymentId}`);
      await fetch(`http://127.0.0.1:${port}/bien-lai/${receipt.providerRef}`, { method: 'DELETE' });
    },
  };
}

/** A provider that answers: its own series and numbers, and a reference per receipt. */
function workingProvider(): ReceiptProvider & { voided: string[]; up: boolean } {
  let next = 41;
  const provider = {
    id: 'fake-vnpt',
    voided: [] as string[],
    up: true,
    issue(request: ReceiptRequest): Promise<FinishReceipt> {
      if (!provider.up) return Promise.reject(new Error('503 Service Unavailable'));
      const issued: IssuedReceipt = { form: '1-BLP', series: 'C26TVN', number: ++next, provider: 'fake-vnpt', providerRef: `vnpt-${request.paymentId.slice(0, 8)}` };
      return Promise.resolve(() => issued);
    },
    void(receipt: IssuedReceipt & { paymentId: string }): Promise<void> {
      if (!provider.up) return Promise.reject(new Error('503 Service Unavailable'));
      provider.voided.push(receipt.providerRef ?? '');
      return Promise.resolve();
    },
  };
  return provider;
}

type PaymentRow = { receipt_number: number; receipt_form: string; receipt_provider: string; provider_ref: string | null; provider_pending: string | null; provider_error: string | null };
const paymentRows = (h: Awaited<ReturnType<typeof startCore>>) =>
  readDb(h, (db) => db.prepare('SELECT receipt_number, receipt_form, receipt_provider, provider_ref, provider_pending, provider_error FROM payments ORDER BY rowid').all() as PaymentRow[]);

describe('electronic receipt providers', () => {
  it('when the provider cannot be reached, the local series issues consecutive numbers and each payment is marked for the provider later', async () => {
    const provider = unreachableProvider(await closedPort());
    const h = await startCore({ receiptProvider: provider });
    const officer = await h.userWithRole('officer');
    await h.ok('cash.open', { float: 0 }, officer);
    const numbers = [];
    for (let i = 0; i < 3; i++) {
      const dossier = await receiveCertifiedCopy(h, officer);
      numbers.push((await h.ok('payments.collect', { dossierId: dossier.id, tendered: 20_000 }, officer)).receipt);
    }
    expect(numbers).toEqual([1, 2, 3].map((number) => ({ form: '01BLP0-001', series: 'AA-26P', number })));
    expect(provider.calls).toHaveLength(3);
    const rows = paymentRows(h);
    expect(rows.map((r) => [r.receipt_provider, r.provider_ref, r.provider_pending])).toEqual(Array(3).fill(['local', null, 'fake-vnpt']));
    expect(rows[0]!.provider_error).toMatch(/fetch failed|ECONNREFUSED/);
    const audit = readDb(h, (db) => db.prepare(`SELECT after_json FROM audit_log WHERE method = 'payments.collect' ORDER BY id LIMIT 1`).get()) as { after_json: string };
    expect(JSON.parse(audit.after_json)).toMatchObject({ providerPending: 'fake-vnpt', receipt: { number: 1 } });
  });

  it('a working provider issues the receipt (its series, number and reference); when it fails the local series takes over, and its void is sent to it', async () => {
    const provider = workingProvider();
    const h = await startCore({ receiptProvider: provider });
    const officer = await h.userWithRole('officer');
    await h.userWithRole('supervisor', 'giamsat');
    await h.ok('cash.open', { float: 0 }, officer);
    const first = await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer)).id }, officer);
    expect(first.receipt).toEqual({ form: '1-BLP', series: 'C26TVN', number: 42 });
    provider.up = false;
    const second = await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer)).id }, officer);
    expect(second.receipt).toEqual({ form: '01BLP0-001', series: 'AA-26P', number: 1 });
    expect(paymentRows(h).map((r) => [r.receipt_provider, r.provider_ref?.startsWith('vnpt-') ?? null, r.provider_pending])).toEqual([
      ['fake-vnpt', true, null],
      ['local', null, 'fake-vnpt'],
    ]);
    // The printed receipt shows what the provider issued.
    expect((await h.ok('payments.receipt', { paymentId: first.paymentId }, officer)).receipt).toEqual(first.receipt);

    // Voiding the provider's receipt cancels it there; while the provider is down, the local void stands and the payment waits for it.
    const approval = { username: 'giamsat', password: 'giamsat-pass-1' };
    provider.up = true;
    await h.ok('payments.void', { paymentId: first.paymentId, reason: 'Thu nhầm', approval }, officer);
    expect(provider.voided).toEqual([expect.stringMatching(/^vnpt-/)]);
    const third = await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer)).id }, officer);
    provider.up = false;
    const voided = await h.ok('payments.void', { paymentId: third.paymentId, reason: 'Thu nhầm', approval }, officer);
    expect(voided.status).toBe('void');
    const pending = readDb(h, (db) => db.prepare('SELECT provider_pending, provider_error FROM payments WHERE id = ?').get(third.paymentId));
    expect(pending).toEqual({ provider_pending: 'fake-vnpt', provider_error: 'void: 503 Service Unavailable' });
  });

  it('without a provider the local series issues and nothing is marked', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    await h.ok('cash.open', { float: 0 }, officer);
    await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, officer)).id }, officer);
    expect(paymentRows(h)).toEqual([expect.objectContaining({ receipt_number: 1, receipt_provider: 'local', provider_ref: null, provider_pending: null })]);
  });
});
