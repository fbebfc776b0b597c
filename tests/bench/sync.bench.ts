/**
 * Sync benchmark (issue 5): drain 10 000 queued dossiers to the training portal on loopback, and
 * compare with a bare client posting the same payloads in the same batches; intake save p95
 * while draining versus idle. The portal runs in its own process, as a real one would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/create-core';
import { hosoFromDossier } from '../../electron/core/sync/hoso-from-dossier';
import type { DossierRow } from '../../electron/core/dossiers/dossier-row';
import type { DeskCore } from '../../electron/core/core-types';
import type { HoSo } from '../../shared/portal/hoso';
import Database from 'better-sqlite3';
import { makeTempDir } from '../support/temp-dir';
import { summarize, type SummaryRow } from './bench-stats';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../..');
const USER = { username: 'bench', password: 'bench-123' };
const BIRTH = '1.001193';

async function startPortalProcess(): Promise<{ url: string; child: ChildProcess; cleanup: () => void }> {
  const { dir, cleanup } = makeTempDir('motcua-bench-portal-');
  const child = spawn(process.execPath, [path.join(root, 'dist/training-portal/main.cjs'), '--port', '0', '--data-dir', dir, '--user', USER.username, '--password', USER.password, '--back-office-delay-ms', 'off', '--seed-every-ms', 'off'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = out.match(/PORTAL READY (\S+)/);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`portal exited ${code}`)));
  });
  return { url, child, cleanup: () => { child.kill('SIGTERM'); cleanup(); } };
}

async function call<T>(core: DeskCore, method: string, input: unknown, token: string | null): Promise<T> {
  const r = await core.call(method, input, token, { transport: 'http' });
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

async function bareClient(url: string, agencyId: string, payloads: HoSo[]): Promise<number> {
  const post = async (pathName: string, body: unknown) =>
    (await (await fetch(url + pathName, { method: 'POST', headers: { 'content-type': 'application/json', dstcode: 'BENCH' }, body: JSON.stringify(body) })).json()) as { session?: string; error_code: string };
  const started = performance.now();
  const { session } = await post('/auth', USER);
  for (let i = 0; i < payloads.length; i += 50) {
    const answer = await post('/service', { session, madonvi: agencyId, service: 'DongBoHoSoMC', isUpdating: 'False', data: payloads.slice(i, i + 50) });
    if (answer.error_code !== '0') throw new Error(`bare client: ${JSON.stringify(answer)}`);
  }
  return performance.now() - started;
}

export async function runSyncBench(count = Number(process.env.BENCH_SYNC_DOSSIERS ?? 10_000)): Promise<SummaryRow[]> {
  spawnSync(process.execPath, [path.join(root, 'electron/tools/prepare.mjs'), 'portal'], { stdio: 'inherit' });
  console.log(`Sync: ${count} queued dossiers to the training portal (own process) on loopback`);
  const portalA = await startPortalProcess();
  const portalB = await startPortalProcess();
  const desk = makeTempDir('motcua-bench-desk-');
  // Each counter's slice holds 500 codes a day: the queue spans several working days, as after a long outage.
  const clock = new ManualClock(new Date());
  const core = await createCore({
    clock,
    dataDir: desk.dir, adminPassword: 'quan-tri-123', resourcesDir: path.join(root, 'resources'),
    portal: { url: portalA.url, user: USER.username, password: USER.password, dstcode: 'BENCH' }, syncIntervalMs: 3_600_000,
  });
  try {
    const login = async () => (await call<{ token: string }>(core, 'auth.login', { username: 'admin', password: 'quan-tri-123' }, null)).token;
    let token = await login();
    const procedure = await call<{ components: Array<{ code: string }> }>(core, 'catalog.get', { code: BIRTH }, token);
    const components = procedure.components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const create = (i: number) => call(core, 'dossiers.create', { procedureCode: BIRTH, applicant: { fullName: `Công dân ${i}`, address: 'Bản Lang' }, components }, token);
    const idle: number[] = [];
    for (let i = 0; i < count; i++) {
      if (i > 0 && i % 500 === 0) {
        clock.advance(86_400_000);
        token = await login();
      }
      const t = performance.now();
      await create(i);
      idle.push(performance.now() - t);
    }
    clock.advance(86_400_000);
    token = await login();
    const queued = idle.length;
    // The same payloads for the bare client, built before the desk sends anything.
    const db = new Database(path.join(desk.dir, 'desk.sqlite3'), { readonly: true });
    const payloads = (db.prepare('SELECT rowid, * FROM dossiers ORDER BY updated_at').all() as DossierRow[]).map((row) => hosoFromDossier(db, row));
    db.close();

    const started = performance.now();
    let pending = queued;
    while (pending > 0) {
      const run = await call<{ ok: boolean; message: string }>(core, 'sync.run', undefined, token);
      if (!run.ok) throw new Error(run.message);
      pending = (await call<{ pending: number }>(core, 'sync.status', undefined, token)).pending;
    }
    const drainMs = performance.now() - started;
    const bareMs = await bareClient(portalB.url, '000.00.00.H56', payloads);
    console.log(`  drained ${queued} dossiers in ${(drainMs / 1000).toFixed(2)} s; bare client ${(bareMs / 1000).toFixed(2)} s; ratio ${(drainMs / bareMs).toFixed(2)} (target <= 1.3)`);

    // Intake while the worker drains a fresh queue, on the next day's slice.
    const busy: number[] = [];
    const idleSample = summarize(idle.slice(-200));
    const backlog: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) backlog.push(create(100_000 + i));
    await Promise.all(backlog);
    const draining = call(core, 'sync.run', undefined, token);
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      await create(200_000 + i);
      busy.push(performance.now() - t);
    }
    await draining;
    const busySample = summarize(busy.length ? busy : [0]);
    console.log(`  intake save p95 idle ${idleSample.p95.toFixed(2)} ms, while draining ${busySample.p95.toFixed(2)} ms (${busy.length} saves); ratio ${(busySample.p95 / idleSample.p95).toFixed(2)} (target <= 2)`);
    return [
      { name: `sync drain of ${queued} dossiers`, value: drainMs / 1000, unit: 's', target: null },
      { name: 'sync drain / bare client (ratio)', value: drainMs / bareMs, unit: 'x', target: 1.3 },
      { name: 'intake p95 while draining / idle (ratio)', value: busySample.p95 / idleSample.p95, unit: 'x', target: 2 },
    ];
  } finally {
    await core.close();
    desk.cleanup();
    portalA.cleanup();
    portalB.cleanup();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  void runSyncBench();
}
