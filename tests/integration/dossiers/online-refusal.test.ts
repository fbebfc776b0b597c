import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { startPortal, type PortalHarness } from '../../support/training-portal-harness';

async function counter(p: PortalHarness, n: number) {
  const h = await startCore({ portal: p.settings, counter: n, syncIntervalMs: 3_600_000 });
  h.clock.set(new Date().toISOString());
  const token = await h.userWithRole('officer', `quay${n}`);
  await h.ok('sync.run', undefined, token);
  return { h, token };
}

describe('an online filing refused', () => {
  it('here reads as refused by this desk, never as received at another counter', async () => {
    const p = await startPortal();
    const a = await counter(p, 1);
    await p.control({ seedOnline: { count: 1, madonvi: '000.00.00.H56' } });
    await a.h.ok('sync.run', undefined, a.token);
    const [filing] = (await a.h.ok('dossiers.list', { status: [1] }, a.token)).items;
    const refused = await a.h.ok('dossiers.refuse', { id: filing!.id, reasons: ['Thiếu tờ khai'] }, a.token);
    expect(refused).toMatchObject({ status: 3, receivedElsewhere: false, refusal: { byName: 'Cán bộ officer' }, bookNumber: '' });
    expect(refused.refusal?.at).toBe(a.h.clock.now().toISOString());
    // Still so after the portal has acknowledged it and the feed has echoed it.
    await a.h.ok('sync.run', undefined, a.token);
    await a.h.ok('sync.run', undefined, a.token);
    expect(await a.h.ok('dossiers.get', { id: filing!.id }, a.token)).toMatchObject({ status: 3, receivedElsewhere: false, refusal: { byName: 'Cán bộ officer' } });

    // The other counter learns of the refusal from the portal: refused at a counter not its own.
    const b = await counter(p, 2);
    const atB = await b.h.ok('dossiers.get', { id: filing!.id }, b.token);
    expect(atB.status).toBe(3);
    expect(atB.refusal).toMatchObject({ byName: null });
    expect(atB.allowedActions).toEqual([]);
  });
});
