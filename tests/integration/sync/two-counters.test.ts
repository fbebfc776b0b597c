import { describe, expect, it } from 'vitest';
import { startCore, type Harness } from '../../support/core-harness';
import { startPortal, type PortalHarness } from '../../support/training-portal-harness';

const BIRTH = '1.001193';

async function counter(p: PortalHarness, n: number): Promise<{ h: Harness; token: string; supervisor: string }> {
  const h = await startCore({ portal: p.settings, counter: n, syncIntervalMs: 3_600_000 });
  h.clock.set(new Date().toISOString());
  return { h, token: await h.userWithRole('officer', `quay${n}`), supervisor: await h.userWithRole('supervisor', `lanhdao${n}`) };
}

/** Counter 1 receives a dossier, the back office finishes it, counter 2 learns of it. */
async function processedDossier() {
  const p = await startPortal();
  const a = await counter(p, 1);
  const b = await counter(p, 2);
  const components = (await a.h.ok('catalog.get', { code: BIRTH }, a.token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  const d = await a.h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components }, a.token);
  await a.h.ok('dossiers.handOff', { id: d.id }, a.token);
  await a.h.ok('sync.run', undefined, a.token);
  await p.control({ backOffice: { runNow: true } });
  await a.h.ok('sync.run', undefined, a.token);
  await b.h.ok('sync.run', undefined, b.token);
  const atB = await b.h.ok('dossiers.get', { id: d.id }, b.token);
  expect(atB.status).toBe(9);
  // Received at counter 1: counter 2 may hand the result over, nothing else.
  expect(atB.allowedActions).toEqual(['handOver']);
  const refused = await b.h.raw('dossiers.withdraw', { id: d.id, reason: 'rút ở quầy 2' }, b.token);
  expect(!refused.ok && refused.error.code).toBe('INVALID_TRANSITION');
  return { p, a, b, id: d.id, code: d.code };
}

describe('two counters of one ward', () => {
  it('a change on another field merges: our phone and their hand-over both survive', async () => {
    const { p, a, b, id, code } = await processedDossier();
    await a.h.ok('dossiers.update', { id, applicant: { phone: '0912345678' } }, a.token); // not sent yet
    await b.h.ok('dossiers.handOver', { id, collectedBy: { fullName: 'Lò Thị Mai' } }, b.token);
    await b.h.ok('sync.run', undefined, b.token);
    await a.h.ok('sync.run', undefined, a.token);
    const mine = await a.h.ok('dossiers.get', { id }, a.token);
    expect(mine.status).toBe(10);
    expect(mine.applicant.phone).toBe('0912345678');
    expect(await a.h.ok('sync.status', undefined, a.token)).toMatchObject({ pending: 0, conflicts: 0 });
    expect((await p.state()).byMaHoSo[code]).toMatchObject({ TrangThaiHoSo: '10', PhienBan: String(mine.revision) });
  });

  it('a clash on the same field is a conflict for a supervisor, who chooses', async () => {
    const { a, b, id } = await processedDossier();
    await a.h.ok('dossiers.withdraw', { id, reason: 'Công dân xin rút' }, a.token); // not sent yet
    await b.h.ok('dossiers.handOver', { id, collectedBy: { fullName: 'Lò Thị Mai' } }, b.token);
    await b.h.ok('sync.run', undefined, b.token);
    await a.h.ok('sync.run', undefined, a.token);
    const issues = await a.h.ok('sync.issues', undefined, a.token);
    expect(issues).toEqual([expect.objectContaining({ dossierId: id, kind: 'conflict', message: expect.stringContaining('Trạng thái') })]);
    expect(issues[0]!.local?.['Trạng thái']).toBe('7');
    expect(issues[0]!.portal?.['Trạng thái']).toBe('10');
    // The officer's local change was not erased by the portal's news.
    expect((await a.h.ok('dossiers.get', { id }, a.token)).status).toBe(7);
    expect((await a.h.raw('sync.resolve', { dossierId: id, choice: 'portal' }, a.token)).ok).toBe(false); // officers may not
    await a.h.ok('sync.resolve', { dossierId: id, choice: 'portal' }, a.supervisor);
    expect((await a.h.ok('dossiers.get', { id }, a.token)).status).toBe(10);
    expect(await a.h.ok('sync.issues', undefined, a.token)).toEqual([]);
  });
});

describe('a counter that syncs less often than the ward works', () => {
  it('learns the hand-off and the back office result from one feed item, and keeps the result status', async () => {
    const p = await startPortal();
    const a = await counter(p, 1);
    const b = await counter(p, 2);
    const components = (await a.h.ok('catalog.get', { code: BIRTH }, a.token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const d = await a.h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Giàng A Páo', address: 'Bản Hon' }, components }, a.token);
    await a.h.ok('sync.run', undefined, a.token);
    await b.h.ok('sync.run', undefined, b.token);
    expect((await b.h.ok('dossiers.get', { id: d.id }, b.token)).status).toBe(2); // counter 2 saw it received
    // Counter 1 hands it off (revision 2) and the back office finishes it before counter 2 syncs again:
    // counter 2's next feed item carries both the newer revision and status 9.
    await a.h.ok('dossiers.handOff', { id: d.id }, a.token);
    await a.h.ok('sync.run', undefined, a.token);
    await p.control({ backOffice: { runNow: true } });
    await b.h.ok('sync.run', undefined, b.token);
    const atB = await b.h.ok('dossiers.get', { id: d.id }, b.token);
    expect(atB.status).toBe(9);
    expect(atB.allowedActions).toEqual(['handOver']);
    expect(atB.history.at(-1)).toMatchObject({ status: 9 });
    // The detail says why only the hand-over is offered, and which result to hand over.
    expect(atB.receivedElsewhere).toBe(true);
    expect(atB.results).toEqual([expect.objectContaining({ code: `KQ-${d.code}`, name: 'Kết quả: Đăng ký khai sinh' })]);
    expect((await a.h.ok('dossiers.get', { id: d.id }, a.token)).receivedElsewhere).toBe(false);
    expect(await b.h.ok('sync.status', undefined, b.token)).toMatchObject({ pending: 0, conflicts: 0 });
  });
});
