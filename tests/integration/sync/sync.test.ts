import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';

const BIRTH = '1.001193';
const applicant = (n: number) => ({ fullName: `Lò Thị Mai ${n}`, address: 'Bản Lang, Phường Tân Phong' });

async function deskWithPortal(counter = 1) {
  const p = await startPortal();
  const h = await startCore({ portal: p.settings, counter, syncIntervalMs: 60_000 });
  h.clock.set(new Date().toISOString());
  const token = await h.userWithRole('officer', `quay${counter}`);
  const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  const create = (n: number) => h.ok('dossiers.create', { procedureCode: BIRTH, applicant: applicant(n), components }, token);
  return { p, h, token, create };
}

describe('sync with the portal', () => {
  it('sends each dossier once at its latest revision, and nothing stays pending', async () => {
    const { p, h, token, create } = await deskWithPortal();
    const a = await create(1);
    const b = await create(2);
    await h.ok('dossiers.handOff', { id: a.id }, token);
    await h.ok('dossiers.update', { id: a.id, applicant: { phone: '0912345678' } }, token);
    const run = await h.ok('sync.run', undefined, token);
    expect(run.ok).toBe(true);
    const state = await p.state();
    expect(state.byMaHoSo[a.code]).toMatchObject({ PhienBan: '3', TrangThaiHoSo: '4', IdNoiBo: a.id });
    expect(state.byMaHoSo[b.code]).toMatchObject({ PhienBan: '1', TrangThaiHoSo: '2', IdNoiBo: b.id });
    expect(await h.ok('sync.status', undefined, token)).toMatchObject({ online: true, pending: 0, rejected: 0, conflicts: 0 });
  });

  it('a dossier reads "sending" while its request is with the portal, then "synced"; a failed send is pending again', async () => {
    const { p, h, token, create } = await deskWithPortal();
    const a = await create(1);
    expect((await h.ok('dossiers.get', { id: a.id }, token)).syncState).toBe('pending');
    await p.control({ faults: [{ kind: 'delay', service: 'DongBoHoSoMC', ms: 600, times: 1 }] });
    const run = h.ok('sync.run', undefined, token);
    let seen: string | undefined;
    for (let i = 0; i < 50 && seen !== 'sending'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = (await h.ok('dossiers.get', { id: a.id }, token)).syncState;
    }
    expect(seen).toBe('sending');
    expect((await run).ok).toBe(true);
    expect((await h.ok('dossiers.get', { id: a.id }, token)).syncState).toBe('synced');

    await h.ok('dossiers.handOff', { id: a.id }, token);
    await p.control({ faults: [{ kind: 'status-5xx', service: 'DongBoHoSoMC', times: 1 }] });
    expect((await h.ok('sync.run', undefined, token)).ok).toBe(false);
    expect((await h.ok('dossiers.get', { id: a.id }, token)).syncState).toBe('pending');
  });

  it('a lost response after the portal committed is harmless: the repeat becomes an update', async () => {
    const { p, h, token, create } = await deskWithPortal();
    const a = await create(1);
    await p.control({ faults: [{ kind: 'drop-after-commit', service: 'DongBoHoSoMC', times: 1 }] });
    const first = await h.ok('sync.run', undefined, token);
    expect(first.ok).toBe(false);
    expect((await h.ok('sync.status', undefined, token)).pending).toBe(1);
    const second = await h.ok('sync.run', undefined, token);
    expect(second.ok).toBe(true);
    expect((await p.state()).byMaHoSo[a.code]).toMatchObject({ PhienBan: '1', IdNoiBo: a.id });
    expect((await h.ok('sync.status', undefined, token)).pending).toBe(0);
  });

  it('our own change whose answer was lost, echoed by the feed while a newer change waits, is ours: no false conflict', async () => {
    const { p, h, token, create } = await deskWithPortal();
    const a = await create(1);
    expect((await h.ok('sync.run', undefined, token)).ok).toBe(true);
    await h.ok('dossiers.update', { id: a.id, applicant: { phone: '0912000001' } }, token);
    await p.control({ faults: [{ kind: 'drop-after-commit', service: 'DongBoHoSoMC', times: 1 }] });
    expect((await h.ok('sync.run', undefined, token)).ok).toBe(false); // the portal holds revision 2; we never heard
    await h.ok('dossiers.update', { id: a.id, applicant: { phone: '0912000002' } }, token);
    expect((await h.ok('sync.run', undefined, token)).ok).toBe(true);
    expect(await h.ok('sync.issues', undefined, token)).toEqual([]);
    expect((await p.state()).byMaHoSo[a.code]).toMatchObject({ PhienBan: '3', IdNoiBo: a.id });
    expect(await h.ok('sync.status', undefined, token)).toMatchObject({ pending: 0, conflicts: 0 });
  });

  it('one rejected dossier does not block the others, and goes again once corrected', async () => {
    const { p, h, token, create } = await deskWithPortal();
    const bad = await create(1);
    const good = await create(2);
    await p.control({ faults: [{ kind: 'reject', maHoSo: bad.code, times: 1 }] });
    await h.ok('sync.run', undefined, token);
    const issues = await h.ok('sync.issues', undefined, token);
    expect(issues).toEqual([expect.objectContaining({ dossierId: bad.id, kind: 'rejected' })]);
    expect((await p.state()).byMaHoSo[good.code]).toBeDefined();
    await h.ok('dossiers.update', { id: bad.id, applicant: { fullName: 'Lò Thị Mai Sửa' } }, token);
    await h.ok('sync.run', undefined, token);
    expect((await p.state()).byMaHoSo[bad.code]).toMatchObject({ PhienBan: '2' });
    expect(await h.ok('sync.issues', undefined, token)).toEqual([]);
  });

  it('a code already used on the portal by another dossier is flagged, never overwritten', async () => {
    const first = await deskWithPortal(1);
    const a = await first.create(1);
    await first.h.ok('sync.run', undefined, first.token);
    // A reinstalled counter 1 with an empty database issues the same code for another dossier.
    const again = await startCore({ portal: first.p.settings, counter: 1, syncIntervalMs: 60_000 });
    again.clock.set(new Date().toISOString());
    const token = await again.userWithRole('officer', 'quay1b');
    const components = (await again.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const clash = await again.ok('dossiers.create', { procedureCode: BIRTH, applicant: applicant(9), components }, token);
    expect(clash.code).toBe(a.code);
    await again.ok('sync.run', undefined, token);
    expect(await again.ok('sync.issues', undefined, token)).toEqual([expect.objectContaining({ kind: 'code-conflict', dossierId: clash.id })]);
    expect((await first.p.state()).byMaHoSo[a.code]).toMatchObject({ IdNoiBo: a.id });
  });

  it('back-office progress comes back through the feed and the result is handed over', async () => {
    const { p, h, token, create } = await deskWithPortal();
    const a = await create(1);
    await h.ok('dossiers.handOff', { id: a.id }, token);
    await h.ok('sync.run', undefined, token);
    await p.control({ backOffice: { runNow: true } });
    await h.ok('sync.run', undefined, token);
    const detail = await h.ok('dossiers.get', { id: a.id }, token);
    expect(detail.status).toBe(9);
    const done = await h.ok('dossiers.handOver', { id: a.id, collectedBy: { fullName: 'Lò Thị Mai 1' } }, token);
    expect(done.status).toBe(10);
    await h.ok('sync.run', undefined, token);
    expect((await p.state()).byMaHoSo[a.code]).toMatchObject({ TrangThaiHoSo: '10' });
  });

  it('online filings appear for an officer to accept', async () => {
    const { p, h, token, create } = await deskWithPortal();
    await create(1);
    await h.ok('sync.run', undefined, token);
    const seeded = (await p.control({ seedOnline: { count: 2, madonvi: '000.00.00.H56' } })) as { seeded: string[] };
    expect(seeded.seeded).toHaveLength(2);
    await h.ok('sync.run', undefined, token);
    const online = await h.ok('dossiers.list', { status: [1] }, token);
    expect(online.items.map((i) => i.code).sort()).toEqual([...seeded.seeded].sort());
    const accepted = await h.ok('dossiers.accept', { id: online.items[0]!.id }, token);
    expect(accepted.status).toBe(2);
    expect(accepted.dueAt).not.toBeNull();
    await h.ok('sync.run', undefined, token);
    expect((await p.state()).byMaHoSo[accepted.code]).toMatchObject({ TrangThaiHoSo: '2', IdNoiBo: accepted.id });
  });
});
