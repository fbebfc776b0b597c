import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';

const BIRTH = '1.001193';

describe('the queue', () => {
  it('filters by received dates and by name, paging through every match exactly once', async () => {
    const h = await startCore();
    h.clock.set('2026-11-23T01:00:00Z'); // Monday 08:00 Vietnam time
    const token = await h.userWithRole('officer', 'lan');
    const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const byDay: Record<string, string[]> = {};
    for (const day of ['2026-11-23', '2026-11-24', '2026-11-25']) {
      h.clock.set(`${day}T01:00:00Z`);
      const token2 = await h.login('lan', 'lan-pass-1');
      byDay[day] = [];
      for (let i = 0; i < 3; i++) {
        h.clock.advance(60_000);
        const names = ['Nguyễn Văn Đức', 'Trần Thị Hương', 'Lò Văn Páo'];
        byDay[day].push((await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: names[i]!, address: 'Bản Lang' }, components }, token2)).id);
      }
    }
    const token3 = await h.login('lan', 'lan-pass-1');
    const collect = async (input: Record<string, unknown>) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await h.ok('dossiers.list', { ...input, limit: 2, ...(cursor ? { cursor } : {}) }, token3);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    const range = await collect({ receivedFrom: '2026-11-24', receivedTo: '2026-11-25' });
    expect(range.sort()).toEqual([...byDay['2026-11-24']!, ...byDay['2026-11-25']!].sort());
    const duc = await collect({ search: 'nguyen van duc' });
    expect(duc.sort()).toEqual([byDay['2026-11-23']![0]!, byDay['2026-11-24']![0]!, byDay['2026-11-25']![0]!].sort());
    const ducOnDay = await collect({ search: 'Đức', receivedFrom: '2026-11-24', receivedTo: '2026-11-24' });
    expect(ducOnDay).toEqual([byDay['2026-11-24']![0]]);
    expect(await collect({ search: 'xyz khong co' })).toEqual([]);
  });
});
