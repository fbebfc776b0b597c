import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { applicant, CERTIFIED_COPY, RE_REGISTER_BIRTH, readDb, receiveCertifiedCopy } from './cash-fixtures';

describe('fee lines at intake', () => {
  it('a certified copy of 5 pages in 2 copies costs 14.000 đ; 300 pages cost 200.000 đ a copy; an exempt group pays 0', async () => {
    const h = await startCore();
    const token = await h.userWithRole('officer');
    const small = await receiveCertifiedCopy(h, token, 5, 2);
    expect((await h.ok('dossiers.get', { id: small.id }, token)).fee).toMatchObject({ total: 14_000, collection: 'before' });
    const thick = await receiveCertifiedCopy(h, token, 300, 1);
    expect((await h.ok('dossiers.get', { id: thick.id }, token)).fee.total).toBe(200_000);

    const components = (await h.ok('catalog.get', { code: RE_REGISTER_BIRTH }, token)).components
      .filter((c) => c.required)
      .map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const exempt = await h.ok(
      'dossiers.create',
      { procedureCode: RE_REGISTER_BIRTH, applicant, components, applicantGroups: ['ho-ngheo'], exemptionEvidence: 'Sổ hộ nghèo số 12/2026' },
      token,
    );
    const detail = await h.ok('dossiers.get', { id: exempt.id }, token);
    expect(detail.fee.total).toBe(0);
    expect(detail.fee.collection).toBe('none');
    // The exempt dossier is not in the officer's list of fees to collect; the two others are, oldest first.
    const unpaid = await h.ok('payments.unpaid', undefined, token);
    expect(unpaid.map((u) => [u.dossierId, u.amount, u.collection])).toEqual([
      [small.id, 14_000, 'before'],
      [thick.id, 200_000, 'before'],
    ]);
  });
});

describe('collecting at the counter', () => {
  it('without an open cash session the officer is told to open one', async () => {
    const h = await startCore();
    const token = await h.userWithRole('officer');
    const dossier = await receiveCertifiedCopy(h, token);
    const r = await h.raw('payments.collect', { dossierId: dossier.id }, token);
    expect(!r.ok && r.error.code).toBe('NO_CASH_SESSION');
  });

  it('collects 14.000 đ from a 50.000 đ note, gives 36.000 đ change and prints the amount in words', async () => {
    const h = await startCore();
    const token = await h.userWithRole('officer');
    await h.ok('cash.open', { float: 200_000 }, token);
    const dossier = await receiveCertifiedCopy(h, token);
    const before = await h.ok('dossiers.get', { id: dossier.id }, token);

    const paid = await h.ok('payments.collect', { dossierId: dossier.id, tendered: 50_000 }, token);
    expect(paid).toMatchObject({ amount: 14_000, tendered: 50_000, change: 36_000, receipt: { form: '01BLP0-001', series: 'AA-26P', number: 1 } });
    expect(Number.isInteger(paid.receipt.number)).toBe(true);

    const receipt = await h.ok('payments.receipt', { paymentId: paid.paymentId }, token);
    expect(receipt).toMatchObject({
      amount: 14_000,
      amountText: '14.000 đồng',
      amountInWords: 'Mười bốn nghìn đồng',
      payer: { name: applicant.fullName, address: applicant.address },
      collector: { username: 'officer1' },
      method: 'Tiền mặt',
      void: false,
      copy: false,
      copies: ['Liên 1', 'Liên 2'],
    });
    expect(receipt.lines).toEqual([expect.objectContaining({ amount: 14_000 })]);
    expect((await h.ok('payments.receipt', { paymentId: paid.paymentId }, token)).copy).toBe(true);

    // The payment is a change the portal must learn: a new revision, pending in the outbox.
    const after = await h.ok('dossiers.get', { id: dossier.id }, token);
    expect(after.revision).toBe(before.revision + 1);
    expect(after.syncState).toBe('pending');
    expect(await h.ok('payments.unpaid', undefined, token)).toEqual([]);
    const again = await h.raw('payments.collect', { dossierId: dossier.id }, token);
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    expect((await h.ok('cash.current', undefined, token))).toMatchObject({ float: 200_000, collected: 14_000, expected: 214_000 });
  });

  it('refuses a tendered amount below the fee, and money that is not whole đồng', async () => {
    const h = await startCore();
    const token = await h.userWithRole('officer');
    await h.ok('cash.open', { float: 0 }, token);
    const dossier = await receiveCertifiedCopy(h, token);
    const short = await h.raw('payments.collect', { dossierId: dossier.id, tendered: 10_000 }, token);
    expect(!short.ok && short.error.code).toBe('INVALID_INPUT');
    const fraction = await h.raw('payments.collect', { dossierId: dossier.id, tendered: 14_000.5 }, token);
    expect(!fraction.ok && fraction.error.code).toBe('INVALID_INPUT');
    const negative = await h.raw('cash.open', { float: -1 }, token);
    expect(!negative.ok && negative.error.code).toBe('INVALID_INPUT');
  });

  it('receipt numbers are consecutive, and payments.list answers them as integers', async () => {
    const h = await startCore();
    const token = await h.userWithRole('officer');
    await h.ok('cash.open', { float: 0 }, token);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const dossier = await receiveCertifiedCopy(h, token, 1 + i, 1);
      ids.push((await h.ok('payments.collect', { dossierId: dossier.id }, token)).paymentId);
    }
    const list = await h.ok('payments.list', { date: '2026-11-25' }, token);
    expect(list.map((p) => p.id)).toEqual(ids);
    expect(list.map((p) => p.receipt.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(list.every((p) => p.status === 'paid' && p.officer === 'officer1')).toBe(true);
    expect(await h.ok('payments.list', { date: '2026-11-26' }, token)).toEqual([]);
    expect(readDb(h, (db) => db.prepare('SELECT last_used FROM receipt_number_sequences').all())).toEqual([{ last_used: 12 }]);
  });

  it('two counters, both offline, never issue the same receipt number', async () => {
    const numbers: Array<{ counter: number; number: number }> = [];
    for (const counter of [1, 2]) {
      const h = await startCore({ counter });
      const token = await h.userWithRole('officer', `quay${counter}`);
      await h.ok('cash.open', { float: 0 }, token);
      for (let i = 0; i < 5; i++) {
        const dossier = await receiveCertifiedCopy(h, token);
        numbers.push({ counter, number: (await h.ok('payments.collect', { dossierId: dossier.id }, token)).receipt.number });
      }
      const settings = await h.ok('cash.settings', undefined, token);
      expect(settings.counterRange).toEqual({ first: (counter - 1) * 1_000_000 + 1, last: counter * 1_000_000 });
    }
    expect(new Set(numbers.map((n) => n.number)).size).toBe(10);
    expect(numbers.filter((n) => n.counter === 1).map((n) => n.number)).toEqual([1, 2, 3, 4, 5]);
    expect(numbers.filter((n) => n.counter === 2).map((n) => n.number)).toEqual([1_000_001, 1_000_002, 1_000_003, 1_000_004, 1_000_005]);
  });

  it('a counter whose range is used up is told so, and no number is burnt', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    await h.ok('cash.configure', { ranges: { '1': { first: 101, last: 102 } } }, admin);
    await h.ok('cash.open', { float: 0 }, admin);
    const numbers: number[] = [];
    for (let i = 0; i < 2; i++) numbers.push((await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, admin)).id }, admin)).receipt.number);
    expect(numbers).toEqual([101, 102]);
    const third = await receiveCertifiedCopy(h, admin);
    const r = await h.raw('payments.collect', { dossierId: third.id }, admin);
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    expect(readDb(h, (db) => db.prepare('SELECT count(*) AS n FROM payments').get())).toEqual({ n: 2 });
  });
});

describe('procedure codes used here', () => {
  it('are in the shipped catalogue', async () => {
    const h = await startCore();
    const token = await h.adminToken();
    expect((await h.ok('catalog.get', { code: CERTIFIED_COPY }, token)).feeCollection).toBe('before');
  });
});
