// Satisfaction in the Decision 766 figures: once citizens have rated dossiers of the period
// (ratings.record after a hand-over), reports.indicators carries the share rated "Hài lòng", and
// its lists open exactly the rated and the satisfied dossiers. Real core, real SQLite file.
import { describe, expect, it } from 'vitest';
import { startCore, type Harness } from '../../support/core-harness';

const BIRTH = '1.001193';

async function handedOver(h: Harness, officer: string, supervisor: string, fullName: string) {
  const components = (await h.ok('catalog.get', { code: BIRTH }, officer)).components.map((c) => ({ code: c.code, originals: c.originals || 1, copies: c.copies }));
  const dossier = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName, address: 'Bản Lang' }, components }, officer);
  await h.ok('dossiers.handOff', { id: dossier.id }, officer);
  await h.ok('dossiers.markProcessed', { id: dossier.id }, supervisor);
  await h.ok('dossiers.handOver', { id: dossier.id, collectedBy: { fullName } }, officer);
  return dossier;
}

describe('satisfaction in reports.indicators', () => {
  it('is absent without ratings, then counts the satisfied among the rated dossiers of the period, with its lists', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer', 'lan');
    const supervisor = await h.userWithRole('supervisor', 'hoa');
    const day = new Date(h.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const period = { from: day, to: day };
    const a = await handedOver(h, officer, supervisor, 'Lò Thị Mai');
    const b = await handedOver(h, officer, supervisor, 'Lò Văn Páo');
    const c = await handedOver(h, officer, supervisor, 'Tòng Thị Ơn');
    h.clock.advance(60_000);
    expect((await h.ok('reports.indicators', period, supervisor)).figures.map((f) => f.code)).not.toContain('satisfaction');

    await h.ok('ratings.record', { dossierId: a.id, score: 'satisfied' }, officer);
    await h.ok('ratings.record', { dossierId: b.id, score: 'dissatisfied', reasons: ['Phải chờ lâu'] }, officer);
    h.clock.advance(60_000);
    const report = await h.ok('reports.indicators', period, supervisor);
    const satisfaction = report.figures.find((f) => f.code === 'satisfaction')!;
    expect(satisfaction).toMatchObject({ numerator: 1, denominator: 2, ratio: 0.5, target: 0.9, title: 'Tỷ lệ đánh giá hài lòng' });
    const codes = async (filter: NonNullable<typeof satisfaction.lists.numerator>) =>
      (await h.ok('dossiers.list', { indicator: filter, limit: 50 }, supervisor)).items.map((d) => d.code).sort();
    expect(await codes(satisfaction.lists.numerator!)).toEqual([a.code]);
    expect(await codes(satisfaction.lists.denominator)).toEqual([a.code, b.code].sort());
    expect(await codes(satisfaction.lists.denominator)).not.toContain(c.code);
  });
});
