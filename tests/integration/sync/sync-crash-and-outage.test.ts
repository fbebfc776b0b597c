import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { allComponents, buildHostBundle, spawnHost, startDeskProcess } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { startPortal } from '../../support/training-portal-harness';
import { openDeskDatabase } from '../../support/desk-database';

const BIRTH = '1.001193';

describe('sync through a crash and an outage', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('the host killed with SIGKILL mid-sync, restarted, finishes with no loss and no duplicate', async () => {
    const p = await startPortal();
    await p.control({ faults: [{ kind: 'delay', service: 'DongBoHoSoMC', ms: 150 }] }); // keep requests in flight
    const env = { MOTCUA_PORTAL_PASSWORD: p.settings.password };
    const extraArgs = ['--portal-url', p.settings.url, '--portal-user', p.settings.user, '--dstcode', 'TEST'];
    const { dataDir, args, host: first, url, token } = await startDeskProcess(cleanups, { extraArgs, env });
    const components = await allComponents(url, token, BIRTH);
    const codes: string[] = [];
    for (let i = 0; i < 120; i++) {
      const r = await postApi(url, 'dossiers.create', { procedureCode: BIRTH, applicant: { fullName: `Công dân ${i}`, address: 'Bản Lang' }, components }, token);
      codes.push(r.json().value.code);
    }
    await new Promise((r) => setTimeout(r, 400)); // the worker is now sending batches
    first.kill('SIGKILL');
    await first.exited;
    await p.control({ clearFaults: true });

    const second = spawnHost(args, env);
    cleanups.push(() => second.kill('SIGKILL'));
    const url2 = await second.ready;
    const token2 = (await postApi(url2, 'auth.login', { username: 'admin', password: 'quan-tri-123' })).json().value.token;
    // The dead process's lease expires within 20 s; then the new worker drains the queue.
    let pending = -1;
    for (let i = 0; i < 60 && pending !== 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      pending = (await postApi(url2, 'sync.status', undefined, token2)).json().value.pending;
    }
    expect(pending).toBe(0);
    const state = await p.state();
    expect(state.dossiers).toBe(120);
    for (const code of codes) expect(state.byMaHoSo[code]?.PhienBan, code).toBe('1');
    second.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const db = openDeskDatabase(dataDir, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    db.close();
  }, 60_000);

  it('an hour offline (portal down, clock moved) then back: intake never waited, everything syncs', async () => {
    const p = await startPortal();
    const h = await startCore({ portal: p.settings, syncIntervalMs: 3_600_000 });
    h.clock.set(new Date().toISOString());
    const token = await h.userWithRole('officer', 'lan');
    const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    await p.control({ faults: [{ kind: 'drop-before-commit' }] }); // every request fails: the portal is down
    const ids: string[] = [];
    for (let minute = 0; minute < 60; minute += 5) {
      const started = Date.now();
      ids.push((await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: `Công dân ${minute}`, address: 'Bản Lang' }, components }, token)).id);
      expect(Date.now() - started).toBeLessThan(1_000);
      const run = await h.ok('sync.run', undefined, token);
      expect(run.ok).toBe(false);
      h.clock.advance(5 * 60_000);
      await h.ok('auth.me', undefined, token); // the officer keeps working: the session stays alive
    }
    const offline = await h.ok('sync.status', undefined, token);
    expect(offline).toMatchObject({ online: false, pending: 12 });
    expect(offline.oldestPendingAt).not.toBeNull();
    await p.control({ clearFaults: true });
    const back = await h.ok('sync.run', undefined, token);
    expect(back.ok).toBe(true);
    expect(await h.ok('sync.status', undefined, token)).toMatchObject({ online: true, pending: 0 });
    expect((await p.state()).dossiers).toBe(12);
  });
});
