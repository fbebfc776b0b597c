import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';

const BIRTH = '1.001193';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function seeded(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('sync under every fault kind', () => {
  it('500 dossiers created and changed while the portal misbehaves end up on the portal once, at their latest revision', async () => {
    const p = await startPortal();
    const h = await startCore({ portal: p.settings, syncIntervalMs: 3_600_000 });
    h.clock.set(new Date().toISOString());
    const token = await h.userWithRole('officer', 'lan');
    const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    await p.control({
      faults: [
        { kind: 'drop-before-commit', probability: 0.08 },
        { kind: 'drop-after-commit', probability: 0.08 },
        { kind: 'status-5xx', probability: 0.08 },
        { kind: 'expire-session', probability: 0.05 },
        { kind: 'delay', probability: 0.05, ms: 20 },
        // and each kind for certain, so a lucky roll cannot skip one
        { kind: 'drop-after-commit', service: 'DongBoHoSoMC', times: 2 },
        { kind: 'drop-before-commit', service: 'LayDanhSachThayDoi', times: 2 },
        { kind: 'status-5xx', service: 'DongBoHoSoMC', times: 2 },
        { kind: 'expire-session', service: 'DongBoHoSoMC', times: 2 },
        { kind: 'delay', service: 'LayDanhSachThayDoi', times: 2, ms: 20 },
      ],
    });
    const random = seeded(20261125);
    const ids: string[] = [];
    for (let i = 0; i < 500; i++) {
      ids.push((await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: `Công dân ${i}`, address: 'Bản Lang' }, components }, token)).id);
      if (i % 25 === 24) await h.raw('sync.run', undefined, token); // rounds interleave with the officer's work
      if (random() < 0.3) {
        const id = ids[Math.floor(random() * ids.length)]!;
        await h.raw('dossiers.update', { id, applicant: { phone: `09${String(i).padStart(8, '0')}` } }, token);
        if (random() < 0.5) await h.raw('dossiers.handOff', { id }, token);
      }
    }
    const during = (await p.state()) as unknown as { faults: Array<{ kind: string; remaining: number | null }> };
    // The portal drops a counted fault once it has fired its times: every kind surely happened.
    expect(during.faults.filter((f) => f.remaining !== null)).toEqual([]);
    await p.control({ clearFaults: true });
    for (let round = 0; round < 20; round++) {
      const run = await h.ok('sync.run', undefined, token);
      if (run.ok && (await h.ok('sync.status', undefined, token)).pending === 0) break;
    }
    const final = await h.ok('sync.status', undefined, token);
    const issues = await h.ok('sync.issues', undefined, token);
    expect({ ...final, issues }).toMatchObject({ pending: 0, rejected: 0, conflicts: 0, issues: [] });
    const state = await p.state();
    expect(state.dossiers).toBe(500);
    expect(state.duplicateIdNoiBo).toEqual(expect.objectContaining({ length: 0 }));
    for (const id of ids) {
      const d = await h.ok('dossiers.get', { id }, token);
      expect(state.byMaHoSo[d.code], d.code).toMatchObject({ IdNoiBo: id, PhienBan: String(d.revision), TrangThaiHoSo: String(d.status) });
    }
  }, 120_000);
});
