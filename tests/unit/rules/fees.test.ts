import { describe, expect, it } from 'vitest';
import { vnInstant } from '../../../shared/calendar';
import type { Procedure } from '../../../shared/catalog';
import { computeFee, perPagePrice } from '../../../shared/fees';
import { loadCatalogDir } from '../../../electron/core/catalog';

const catalog = new Map(loadCatalogDir('resources/catalog').map((p) => [p.code, p]));
const procedure = (code: string) => catalog.get(code)!;
const today = vnInstant(2026, 3, 2, 9, 0);
const CERTIFIED_COPY = '2.000815';

describe('fees of shipped procedures', () => {
  it('certified copy of 5 pages, 2 copies = 14.000 đ (2 x (2 x 2.000 + 3 x 1.000))', () => {
    expect(computeFee(procedure(CERTIFIED_COPY), { pages: 5, copies: 2 }, today).total).toBe(14_000);
  });
  it('a certified copy of 300 pages is capped at 200.000 đ a copy', () => {
    expect(computeFee(procedure(CERTIFIED_COPY), { pages: 300, copies: 1 }, today).total).toBe(200_000);
    expect(computeFee(procedure(CERTIFIED_COPY), { pages: 300, copies: 3 }, today).total).toBe(600_000);
  });
  it('a certified copy needs the page count', () => {
    expect(() => computeFee(procedure(CERTIFIED_COPY), { copies: 1 }, today)).toThrow(/số trang/);
  });
  it('signature certification 10.000 đ a case; contract 50.000 đ; extract copy 8.000 đ a copy', () => {
    expect(computeFee(procedure('2.000884'), { cases: 3 }, today).total).toBe(30_000);
    expect(computeFee(procedure('2.001035'), {}, today).total).toBe(50_000);
    expect(computeFee(procedure('2.000635'), { copies: 3 }, today)).toEqual({
      lines: [{ code: 'PHI', name: 'Phí cấp bản sao trích lục hộ tịch', amount: 24_000, collection: 'before' }],
      total: 24_000,
    });
  });
  it('on-time birth registration is free (miễn)', () => {
    const fee = computeFee(procedure('1.001193'), {}, today);
    expect(fee.total).toBe(0);
    expect(fee.lines[0]!.collection).toBe('none');
  });
  it('a province-set fee not yet entered is flagged, not silently charged', () => {
    const fee = computeFee(procedure('1.004873'), {}, today);
    expect(fee.total).toBe(0);
    expect(fee.lines[0]!.unconfigured).toBe(true);
  });
});

describe('fee rules as data', () => {
  const base = procedure('1.004873');
  const priced: Procedure = {
    ...base,
    fees: [
      { ...base.fees[0]!, kind: 'per-case', amount: 15_000, from: '2025-07-01', to: null } as Procedure['fees'][number],
      { ...base.fees[0]!, kind: 'per-case', amount: 20_000, from: '2027-01-01', to: null } as Procedure['fees'][number],
    ],
  };
  it('applies the rule in force on the Vietnam date of receipt', () => {
    expect(computeFee(priced, {}, vnInstant(2026, 12, 31, 16, 0)).total).toBe(15_000);
    // 00:30 on 1 January 2027 in Vietnam is still 2026 in UTC.
    expect(computeFee(priced, {}, vnInstant(2027, 1, 1, 0, 30)).total).toBe(20_000);
    expect(computeFee(priced, {}, vnInstant(2025, 6, 30, 9, 0)).lines).toEqual([]);
  });
  it('exempt groups (poor households, families of people with merit, people with disabilities) pay 0', () => {
    for (const group of ['ho-ngheo', 'nguoi-co-cong', 'nguoi-khuyet-tat']) {
      const fee = computeFee(priced, {}, today, [group]);
      expect(fee.total).toBe(0);
      expect(fee.lines[0]!.exempt).toBe(true);
    }
    expect(computeFee(priced, {}, today, ['sinh-vien']).total).toBe(15_000);
  });
});

describe('perPagePrice', () => {
  const tiers = [
    { fromPage: 1, amount: 2000 },
    { fromPage: 3, amount: 1000 },
  ];
  it.each([
    [1, 2000],
    [2, 4000],
    [3, 5000],
    [197, 199_000],
    [198, 200_000],
    [199, 200_000],
  ])('%i pages cost %i đ', (pages, price) => expect(perPagePrice(pages, tiers, 200_000)).toBe(price));
});
