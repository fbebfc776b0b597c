/**
 * Backups on the generated database (issue 12, point 7): the time and size of a backup, intake
 * while it runs against intake alone, and a restore of it by the real host up to HOST READY.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProcedureDetail } from '../../shared/api';
import { summarize, type SummaryRow } from './bench-stats';
import { officerCall, openGeneratedCopy } from './generated-core';

const HOST_BUNDLE = path.resolve('dist', 'host', 'main.cjs');
const ADMIN_PASSWORD = 'quan-tri-bench-123';
const IDLE_SAVES = 100;
const DURING_SAVES = 300;

export async function runBackupBench(count: number): Promise<SummaryRow[]> {
  console.log(`Backups of the ${count.toLocaleString('en-US')}-dossier database`);
  const { core, cached, close } = await openGeneratedCopy(count, 'motcua-bench-backup-');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-backups-'));
  const restored = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-restore-')), 'du-lieu');
  const rows: SummaryRow[] = [];
  try {
    const admin = await core.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD }, null, { transport: 'http' });
    if (!admin.ok) throw new Error(`auth.login admin: ${JSON.stringify(admin.error)}`);
    const adminCall = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await core.call(method, input, (admin.value as { token: string }).token, { transport: 'http' });
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };
    await adminCall('backup.configure', { folder });
    const call = await officerCall(core);
    const procedure = await call<ProcedureDetail>('catalog.get', { code: cached.procedureCodes[0] });
    const intake = (i: number) => ({
      procedureCode: procedure.code,
      applicant: { fullName: `Nguyễn Văn Bench ${i}`, address: 'Số 12, đường Lê Lợi' },
      components: procedure.components.filter((c) => c.required).map((c) => ({ code: c.code, originals: Math.max(1, c.originals), copies: c.copies })),
      feeQuantities: { pages: 3, copies: 2, cases: 1 },
    });
    const save = async (i: number) => {
      const t0 = performance.now();
      await call('dossiers.create', intake(i));
      return performance.now() - t0;
    };
    for (let i = 0; i < 5; i++) await save(-1 - i);
    const idle: number[] = [];
    for (let i = 0; i < IDLE_SAVES; i++) idle.push(await save(i));

    // The backup, with an officer saving one dossier after another until it is done.
    const during: number[] = [];
    let done = false;
    const t0 = performance.now();
    const backup = adminCall<{ id: string; path: string; bytes: number; dossiers: number }>('backup.create', {}).finally(() => (done = true));
    // Paced faster than any counter saves (one every 100 ms), within what is left of the counter's 500 codes of the day.
    for (let i = 0; !done && i < DURING_SAVES; i++) {
      during.push(await save(10_000 + i));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const created = await backup;
    const seconds = (performance.now() - t0) / 1000;
    const mb = created.bytes / 2 ** 20;
    console.log(`  backup of the ${count}-dossier database: ${seconds.toFixed(1)} s, ${mb.toFixed(0)} MB`);
    const idleP95 = summarize(idle).p95;
    const duringP95 = summarize(during).p95;
    const ratio = duringP95 / idleP95;
    console.log(`  intake p95 during a backup / idle (ratio): ${ratio.toFixed(2)} (${duringP95.toFixed(2)} ms over ${during.length} saves / ${idleP95.toFixed(2)} ms; target <= 2)`);
    rows.push({ name: `backup of ${count} dossiers (create + verify)`, value: seconds, unit: 's', target: null });
    rows.push({ name: 'intake p95 during a backup / idle', value: ratio, unit: 'x', target: 2 });

    // The restore, as an admin types it on the new machine.
    if (!fs.existsSync(HOST_BUNDLE)) throw new Error(`${HOST_BUNDLE} is missing: run \`node electron/tools/prepare.mjs host\` first.`);
    const r0 = performance.now();
    const child = spawn(process.execPath, [HOST_BUNDLE, '--data-dir', restored, '--port', '0', '--restore', created.path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        if (/^HOST READY /m.test(out)) resolve();
      });
      child.on('exit', (code) => reject(new Error(`restore exited ${code}: ${stderr}`)));
    });
    const restoreSeconds = (performance.now() - r0) / 1000;
    console.log(`  restore of that backup to HOST READY: ${restoreSeconds.toFixed(1)} s`);
    rows.push({ name: 'restore of that backup to HOST READY', value: restoreSeconds, unit: 's', target: null });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  } finally {
    await close();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(path.dirname(restored), { recursive: true, force: true });
  }
  return rows;
}
