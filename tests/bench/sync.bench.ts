/**
 * Sync benchmark (issue 5): drain 10 000 queued dossiers to the training portal on loopback, and
 * compare with a bare client posting the same payloads in the same batches; intake save p95
 * while draining versus idle. The portal runs in its own process, as a real one would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/create-core';
import { hosoFromDossier } from '../../electron/core/portal';
import { DOSSIER_PARTS } from '../../electron/core/sync/dossier-parts';
import type { DossierRow } from '../../electron/core/dossiers/dossier-row';
import type { DeskCore } from '../../electron/core/core-types';
import type { HoSo } from '../../shared/portal/hoso';
import Database from 'better-sqlite3-multiple-ciphers';
import { makeTempDir } from '../support/temp-dir';
import { summarize, verdict, type SummaryRow } from './bench-stats';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../..');
const USER = { username: 'bench', password: 'bench-123' };
const BIRTH = '1.001193';
/** Dossiers queued for the intake-while-draining figure: enough for several hundred saves meanwhile. */
const BACKLOG = 6_000;
/** Saves timed with the worker idle, before and after the drain each. */
const IDLE_SAVES = 200;

/** A process's processor time so far (user + system), from /proc on Linux; NaN elsewhere. */
function processCpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100 a second)
  } catch {
    return Number.NaN;
  }
}

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function startPortalProcess(): Promise<{ url: string; child: ChildProcess; cleanup: () => void; cpuMs: () => number }> {
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
  return { url, child, cleanup: () => { child.kill('SIGTERM'); cleanup(); }, cpuMs: () => processCpuMs(child.pid!) };
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

/** A desk on the bench's data folder; without a portal nothing syncs, so a queue builds up untouched. */
class BenchDesk {
  private constructor(
    readonly core: DeskCore,
    private readonly clock: ManualClock,
    private token: string,
    private readonly components: Array<{ code: string; originals: number; copies: number }>,
  ) {}

  static async open(dataDir: string, clock: ManualClock, portalUrl: string | null): Promise<BenchDesk> {
    const core = await createCore({
      clock,
      dataDir, adminPassword: 'quan-tri-123', resourcesDir: path.join(root, 'resources'),
      ...(portalUrl ? { portal: { url: portalUrl, user: USER.username, password: USER.password, dstcode: 'BENCH' } } : {}),
      syncIntervalMs: 3_600_000,
    });
    const token = await BenchDesk.login(core);
    const procedure = await call<{ components: Array<{ code: string }> }>(core, 'catalog.get', { code: BIRTH }, token);
    return new BenchDesk(core, clock, token, procedure.components.map((c) => ({ code: c.code, originals: 1, copies: 0 })));
  }

  private static async login(core: DeskCore): Promise<string> {
    return (await call<{ token: string }>(core, 'auth.login', { username: 'admin', password: 'quan-tri-123' }, null)).token;
  }

  /** The next day: each counter's slice holds 500 codes a day, so a long queue spans several days. */
  async nextDay(): Promise<void> {
    this.clock.advance(86_400_000);
    this.token = await BenchDesk.login(this.core);
  }

  create(i: number): Promise<unknown> {
    return this.call('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: `Công dân ${i}`, address: 'Bản Lang' }, components: this.components });
  }

  /** n dossiers saved back to back, a new day every 500. */
  async queue(n: number, first: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      if (i % 500 === 0) await this.nextDay();
      await this.create(first + i);
    }
    await this.nextDay();
  }

  call<T>(method: string, input?: unknown): Promise<T> {
    return call<T>(this.core, method, input, this.token);
  }

  /** The worker asked to run until nothing is pending (as "Đồng bộ ngay" does); answers the time and how many it sent. */
  async drain(): Promise<{ ms: number; sent: number }> {
    const started = performance.now();
    let sent = 0;
    for (;;) {
      const run = await this.call<{ ok: boolean; message: string; sent: number }>('sync.run');
      if (!run.ok) throw new Error(run.message);
      sent += run.sent;
      if ((await this.call<{ pending: number }>('sync.status')).pending === 0) return { ms: performance.now() - started, sent };
    }
  }
}

const seconds = (msValue: number) => `${(msValue / 1000).toFixed(2)} s`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const pause = () => new Promise((resolve) => setTimeout(resolve, 1));

export async function runSyncBench(count = Number(process.env.BENCH_SYNC_DOSSIERS ?? 10_000)): Promise<SummaryRow[]> {
  spawnSync(process.execPath, [path.join(root, 'electron/tools/prepare.mjs'), 'portal'], { stdio: 'inherit' });
  console.log(`Sync: ${count} queued dossiers to the training portal (own process) on loopback`);
  const portalA = await startPortalProcess();
  const portalB = await startPortalProcess();
  const portalC = await startPortalProcess();
  const desk = makeTempDir('motcua-bench-desk-');
  const clock = new ManualClock(new Date());
  let online: BenchDesk | null = null;
  try {
    // The queue is saved with no portal configured (as after a long outage), so none of it leaves early.
    const offline = await BenchDesk.open(desk.dir, clock, null);
    await offline.queue(count, 0);
    await offline.core.close();
    // The same payloads for the bare client, built before the desk sends anything.
    const db = new Database(path.join(desk.dir, 'desk.sqlite3'), { readonly: true });
    const payloads = (db.prepare('SELECT rowid, * FROM dossiers ORDER BY updated_at').all() as DossierRow[]).map((row) => hosoFromDossier(db, row, DOSSIER_PARTS));
    db.close();

    // The desk drains it; then the bare client posts the same payloads in the same batches, twice,
    // each time to a fresh portal of its own; the ratio is to the mean of its two runs.
    online = await BenchDesk.open(desk.dir, clock, portalA.url);
    const cpu = { desk: ownCpuMs(), portal: portalA.cpuMs() };
    const drain = await online.drain();
    const deskCpu = { desk: ownCpuMs() - cpu.desk, portal: portalA.cpuMs() - cpu.portal };
    if (drain.sent !== count) throw new Error(`the drain sent ${drain.sent} dossiers, not ${count}`);
    const bareCpu = { client: ownCpuMs(), portal: portalB.cpuMs() };
    const bareRuns = [await bareClient(portalB.url, '000.00.00.H56', payloads)];
    Object.assign(bareCpu, { client: ownCpuMs() - bareCpu.client, portal: portalB.cpuMs() - bareCpu.portal });
    bareRuns.push(await bareClient(portalC.url, '000.00.00.H56', payloads));
    const bareMs = (bareRuns[0]! + bareRuns[1]!) / 2;
    const ratio = drain.ms / bareMs;
    console.log(`  desk drain of ${count} queued dossiers: ${seconds(drain.ms)} (${Math.round(count / (drain.ms / 1000))} dossiers/s)`);
    console.log(`  bare client, same payloads and batches: ${bareRuns.map(seconds).join(' and ')}, mean ${seconds(bareMs)}`);
    console.log(`  ratio desk / bare client: ${ratio.toFixed(2)} (target <= 1.3) ${verdict(ratio, 1.3)}`);
    console.log(`  processor time: desk ${seconds(deskCpu.desk)} + its portal ${seconds(deskCpu.portal)}; bare client ${seconds(bareCpu.client)} + its portal ${seconds(bareCpu.portal)} (first run)`);
    // The next round reads the drained dossiers back from the change feed (echoes of our own revisions).
    const echoStarted = performance.now();
    const echo = await online.call<{ pulled: number }>('sync.run');
    console.log(`  next round, ${echo.pulled} echoes read back from the change feed: ${seconds(performance.now() - echoStarted)} (not part of the drain)`);

    // Intake save latency, one save every millisecond or so (each its own turn of the event loop,
    // as requests from the window arrive), while the worker drains a queue of BACKLOG dossiers,
    // against saves with the worker idle just before and just after (so a passing load on the
    // machine weighs on both sides alike).
    const savesIdle = async (n: number, first: number, into: number[]) => {
      await online!.nextDay();
      for (let i = 0; i < n; i++) {
        await pause();
        const t = performance.now();
        await online!.create(first + i);
        into.push(performance.now() - t);
      }
      await online!.drain(); // those saves go too, so the worker is quiet again
    };
    const idle: number[] = [];
    await savesIdle(IDLE_SAVES, 100_000, idle);
    await online.core.close();
    const queuing = await BenchDesk.open(desk.dir, clock, null);
    await queuing.queue(BACKLOG, 200_000);
    await queuing.core.close();
    online = await BenchDesk.open(desk.dir, clock, portalA.url);
    let draining = true;
    const drainStarted = performance.now();
    const backlogDrain = online.call<{ sent: number }>('sync.run').finally(() => (draining = false));
    const busy: number[] = [];
    for (let i = 0; draining && i < 480; i++) {
      await pause();
      if (!draining) break;
      const t = performance.now();
      await online.create(300_000 + i);
      busy.push(performance.now() - t);
    }
    const sent = (await backlogDrain).sent;
    const backlogMs = performance.now() - drainStarted;
    await online.drain();
    await savesIdle(IDLE_SAVES, 400_000, idle);
    const idleSample = summarize(idle);
    const busySample = summarize(busy.length ? busy : [Number.NaN]);
    const intakeRatio = busySample.p95 / idleSample.p95;
    console.log(`  intake save, worker idle (before and after): p50 ${ms(idleSample.p50)}, p95 ${ms(idleSample.p95)}, max ${ms(idleSample.max)} (${idleSample.n} saves)`);
    console.log(`  intake save while ${sent} queued dossiers drain (${seconds(backlogMs)}): p50 ${ms(busySample.p50)}, p95 ${ms(busySample.p95)}, max ${ms(busySample.max)} (${busySample.n} saves)`);
    console.log(`  ratio p95 draining / idle: ${intakeRatio.toFixed(2)} (target <= 2) ${verdict(intakeRatio, 2)}`);
    return [
      { name: `sync drain of ${count} dossiers`, value: drain.ms / 1000, unit: 's', target: null },
      { name: 'sync drain / bare client (ratio)', value: ratio, unit: 'x', target: 1.3 },
      { name: 'intake p95 while draining / idle (ratio)', value: intakeRatio, unit: 'x', target: 2 },
    ];
  } finally {
    await online?.core.close();
    desk.cleanup();
    portalA.cleanup();
    portalB.cleanup();
    portalC.cleanup();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  void runSyncBench();
}
