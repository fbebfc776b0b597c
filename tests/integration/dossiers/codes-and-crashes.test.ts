import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDossierCode } from '../../../shared/dossier-code';
import { startCore } from '../../support/core-harness';
import { allComponents, buildHostBundle, spawnHost, startDeskProcess } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { openDeskDatabase } from '../../support/desk-database';

const BIRTH = '1.001193';
const applicant = { fullName: 'Lò Thị Mai', address: 'Bản Lang, Phường Tân Phong' };

async function birthComponents(h: Awaited<ReturnType<typeof startCore>>, token: string) {
  return (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
}

describe('dossier codes', () => {
  it('two counters of one agency, both offline, never issue the same code', async () => {
    const codes: string[] = [];
    for (const counter of [1, 2]) {
      const h = await startCore({ counter });
      const token = await h.userWithRole('officer', `quay${counter}`);
      const components = await birthComponents(h, token);
      for (let i = 0; i < 40; i++) {
        codes.push((await h.ok('dossiers.create', { procedureCode: BIRTH, applicant, components }, token)).code);
      }
    }
    expect(new Set(codes).size).toBe(80);
    const seqs = codes.map((c) => parseDossierCode(c)!.seq);
    // Counter 1 uses 5001-5500, counter 2 5501-6000: disjoint slices, each consecutive from its start.
    expect(seqs.slice(0, 40)).toEqual(Array.from({ length: 40 }, (_, i) => 5001 + i));
    expect(seqs.slice(40)).toEqual(Array.from({ length: 40 }, (_, i) => 5501 + i));
  });

  it('each slice restarts on the next Vietnam day', async () => {
    const h = await startCore();
    h.clock.set('2026-11-25T16:59:00Z'); // 23:59 Vietnam time
    const token = await h.userWithRole('officer');
    const components = await birthComponents(h, token);
    const late = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant, components }, token);
    h.clock.set('2026-11-25T17:01:00Z'); // 00:01 on the 26th
    const next = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant, components }, token);
    expect(parseDossierCode(late.code)).toMatchObject({ date: '2026-11-25', seq: 5001 });
    expect(parseDossierCode(next.code)).toMatchObject({ date: '2026-11-26', seq: 5001 });
  });
});

describe('a crash during intake', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('SIGKILL in the middle of a burst of intakes leaves only whole dossiers and no gap in the codes', async () => {
    const { dataDir, args, host: first, url, token } = await startDeskProcess(cleanups);
    const components = await allComponents(url, token, BIRTH);
    let acknowledged = 0;
    const burst = Array.from({ length: 4 }, async () => {
      for (;;) {
        const r = await postApi(url, 'dossiers.create', { procedureCode: BIRTH, applicant, components }, token).catch(() => null);
        if (!r || r.status !== 200) return;
        acknowledged++;
      }
    });
    await new Promise((r) => setTimeout(r, 400));
    first.kill('SIGKILL');
    await Promise.all(burst);
    await first.exited;
    expect(acknowledged).toBeGreaterThan(5);

    const second = spawnHost(args);
    cleanups.push(() => second.kill('SIGKILL'));
    await second.ready;
    expect(second.output().stderr).toMatch(/kiểm tra toàn vẹn/);
    second.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const db = openDeskDatabase(dataDir, { readonly: true });
    const dossiers = db.prepare('SELECT id, code, row_number FROM dossiers ORDER BY code').all() as Array<{ id: string; code: string; row_number: number }>;
    // Everything the officer was told is saved survived the power cut.
    expect(dossiers.length).toBeGreaterThanOrEqual(acknowledged);
    const seqs = dossiers.map((d) => parseDossierCode(d.code)!.seq);
    expect(seqs).toEqual(Array.from({ length: dossiers.length }, (_, i) => 5001 + i));
    expect(dossiers.map((d) => d.row_number).sort((a, b) => a - b)).toEqual(Array.from({ length: dossiers.length }, (_, i) => i + 1));
    for (const table of ['dossier_components', 'dossier_status_history']) {
      const orphans = db.prepare(`SELECT count(*) AS n FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.dossier_id = d.id)`).get() as { n: number };
      expect(orphans.n, table).toBe(0);
    }
    // The desk runs in training mode, so its sync may already have sent some dossiers to the
    // training portal (and dropped their outbox rows): every dossier not yet sent still has one.
    const unsentWithoutOutbox = db
      .prepare(`SELECT count(*) AS n FROM dossiers d WHERE d.synced_revision < d.revision AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = d.id AND o.revision = d.revision)`)
      .get() as { n: number };
    expect(unsentWithoutOutbox.n).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM dossiers WHERE revision < 1`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'dossier'`).get()).toEqual({ n: dossiers.length });
    db.close();
  }, 60_000);
});
