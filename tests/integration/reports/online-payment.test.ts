// Online payment (Decision 766, 3.6): the portal says which online filings came paid online
// (DuocThanhToanTrucTuyen 1); the desk keeps it from the feed, counts it in the figure, never asks
// the counter to collect that fee again, and sends it back as it came. A real training portal on
// loopback, real SQLite files.
import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';
import { seededRandom } from '../../support/seeded-random';

const AGENCY = '000.00.00.H56';

describe('online payment from the portal', () => {
  it('is kept from the feed, counted in reports.indicators, not collected at the counter, and echoed back', async () => {
    const p = await startPortal({ random: seededRandom(11) });
    const h = await startCore({ portal: p.settings, counter: 1, syncIntervalMs: 3_600_000 });
    h.clock.set(new Date().toISOString());
    const officer = await h.userWithRole('officer', 'quay1');
    const supervisor = await h.userWithRole('supervisor', 'giamsat');
    await h.ok('sync.run', undefined, officer);
    const { seeded } = (await p.control({ seedOnline: { count: 12, madonvi: AGENCY } })) as { seeded: string[] };
    await h.ok('sync.run', undefined, officer);

    const onPortal = (await p.state()).byMaHoSo;
    const paidOnline = seeded.filter((code) => onPortal[code]!.DuocThanhToanTrucTuyen === '1');
    expect(paidOnline.length).toBeGreaterThan(0);
    expect(paidOnline.length).toBeLessThan(seeded.length);

    // Accepted at the counter: the paid ones are not offered for collection, the others are.
    const filings = (await h.ok('dossiers.list', { status: [1], limit: 50 }, officer)).items;
    expect(filings.map((f) => f.code).sort()).toEqual([...seeded].sort());
    for (const f of filings) await h.ok('dossiers.accept', { id: f.id }, officer);
    const unpaid = (await h.ok('payments.unpaid', undefined, officer)).map((u) => u.dossierCode);
    for (const code of paidOnline) expect(unpaid).not.toContain(code);
    const paid = filings.find((f) => f.code === paidOnline[0])!;
    await h.ok('cash.open', { float: 0 }, officer);
    const refused = await h.raw('payments.collect', { dossierId: paid.id }, officer);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Hồ sơ đã thanh toán phí, lệ phí trực tuyến trên cổng dịch vụ công: không thu tại quầy.' } });

    // The figure counts them: numerator the paid ones among the fee-bearing received this month
    // (judged a minute after the acceptances: the test's clock stands still otherwise).
    h.clock.set(new Date(h.clock.now().getTime() + 60_000).toISOString());
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const report = await h.ok('reports.indicators', { from: `${today.slice(0, 8)}01`, to: today }, supervisor);
    const payment = report.figures.find((f) => f.code === 'onlinePayment')!;
    expect(payment.numerator).toBe(paidOnline.length);
    expect(payment.denominator).toBe(paidOnline.length + unpaid.filter((c) => seeded.includes(c)).length);
    const listed = (await h.ok('dossiers.list', { indicator: payment.lists.numerator!, limit: 50 }, supervisor)).items.map((d) => d.code);
    expect(listed.sort()).toEqual([...paidOnline].sort());

    // The acceptance reaches the portal without undoing the payment there.
    await h.ok('sync.run', undefined, officer);
    const after = (await p.state()).byMaHoSo;
    for (const code of paidOnline) expect(after[code]).toMatchObject({ TrangThaiHoSo: '2', DuocThanhToanTrucTuyen: '1' });
  });
});
