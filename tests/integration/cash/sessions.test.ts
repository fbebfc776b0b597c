import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { acknowledgeAll, receiveCertifiedCopy } from './cash-fixtures';

async function dayOfCash() {
  const h = await startCore();
  const officer = await h.userWithRole('officer');
  await h.ok('cash.open', { float: 500_000 }, officer);
  for (const pages of [5, 1, 300]) {
    const dossier = await receiveCertifiedCopy(h, officer, pages, 1);
    await h.ok('payments.collect', { dossierId: dossier.id }, officer);
  }
  // 7.000 + 2.000 + 200.000 collected: the drawer should hold 709.000 đ.
  return { h, officer };
}

describe('cash sessions', () => {
  it('one open session per officer', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    expect(await h.ok('cash.current', undefined, officer)).toBeNull();
    await h.ok('cash.open', { float: 100_000 }, officer);
    const twice = await h.raw('cash.open', { float: 0 }, officer);
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
    // Another officer opens their own.
    await h.ok('cash.open', { float: 0 }, await h.userWithRole('officer', 'officer2'));
  });

  it('closes balanced, with a surplus, and with a shortfall', async () => {
    for (const [counted, difference] of [
      [{ '500000': 1, '200000': 1, '5000': 1, '2000': 2 }, 0],
      [{ '500000': 1, '200000': 1, '10000': 1 }, 1_000],
      [{ '500000': 1, '200000': 1, '5000': 1 }, -4_000],
    ] as const) {
      const { h, officer } = await dayOfCash();
      acknowledgeAll(h);
      await h.userWithRole('supervisor', 'giamsat');
      // A difference is confirmed and explained; a shortage is approved (see close-difference.test.ts).
      const confirmed = difference === 0 ? {} : { confirmedDifference: difference, note: 'Chênh lệch đã kiểm tra' };
      const approval = difference < 0 ? { approval: { username: 'giamsat', password: 'giamsat-pass-1' } } : {};
      const closed = await h.ok('cash.close', { counted, ...confirmed, ...approval }, officer);
      expect(closed).toMatchObject({ expected: 709_000, counted: 709_000 + difference, difference, unsyncedPayments: 0 });
      expect(await h.ok('cash.current', undefined, officer)).toBeNull();
    }
  });

  it('cannot close while the portal has not acknowledged its payments, unless a hand-over note says so', async () => {
    const { h, officer } = await dayOfCash();
    const blocked = await h.raw('cash.close', { counted: { '500000': 1, '200000': 1, '5000': 1, '2000': 2 } }, officer);
    expect(!blocked.ok && blocked.error.code).toBe('UNSYNCED_PAYMENTS');
    expect(!blocked.ok && (blocked.error.details as { dossierIds: string[] }).dossierIds).toHaveLength(3);
    const closed = await h.ok('cash.close', { counted: { '500000': 1, '200000': 1, '5000': 1, '2000': 2 }, note: 'Mất mạng, bàn giao 3 biên lai chưa đồng bộ' }, officer);
    expect(closed).toMatchObject({ difference: 0, unsyncedPayments: 3 });
  });

  it('refuses a denomination that is not in the settings', async () => {
    const { h, officer } = await dayOfCash();
    const r = await h.raw('cash.close', { counted: { '300000': 1 }, note: 'x' }, officer);
    expect(!r.ok && r.error.code).toBe('INVALID_INPUT');
  });

  it("the day's report: payments, sessions and totals per officer and counter; an officer sees only their own", async () => {
    const { h, officer } = await dayOfCash();
    const other = await h.userWithRole('officer', 'officer2');
    await h.ok('cash.open', { float: 0 }, other);
    await h.ok('payments.collect', { dossierId: (await receiveCertifiedCopy(h, other)).id }, other);
    const admin = await h.adminToken();
    const report = await h.ok('cash.report', { date: '2026-11-25' }, admin);
    expect(report.payments).toHaveLength(4);
    expect(report.sessions.map((s) => [s.officer, s.expected])).toEqual([['officer1', 709_000], ['officer2', 14_000]]);
    expect(report.totals.map((t) => [t.officer, t.counter, t.collected])).toEqual([['officer1', 1, 209_000], ['officer2', 1, 14_000]]);
    expect(report.grandTotal).toMatchObject({ payments: 4, collected: 223_000, net: 223_000 });
    // The screen, the print and the Excel name officers by their full names.
    expect(report.officerNames).toEqual({ officer1: 'Cán bộ officer', officer2: 'Cán bộ officer' });
    const own = await h.ok('cash.report', { date: '2026-11-25' }, officer);
    expect(own.payments).toHaveLength(3);
    const peek = await h.raw('cash.report', { date: '2026-11-25', officer: 'officer2' }, officer);
    expect(!peek.ok && peek.error.code).toBe('FORBIDDEN');
  });
});
