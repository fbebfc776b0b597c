/**
 * The host's figures of issue 2: cold start to `HOST READY` (fresh and already-used data folder)
 * and a trivial API call's round trip over loopback with a keep-alive agent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { median, summarize, type SummaryRow } from './bench-stats';

const HOST_BUNDLE = path.resolve('dist', 'host', 'main.cjs');
const ADMIN_PASSWORD = 'quan-tri-bench-123';
const START_RUNS = 5;
const PING_WARMUP = 300;
const PING_CALLS = 2000;

interface StartedHost {
  child: ChildProcess;
  url: string;
  readyMs: number;
}

function startHost(dataDir: string): Promise<StartedHost> {
  if (!fs.existsSync(HOST_BUNDLE)) throw new Error(`${HOST_BUNDLE} is missing: run \`node electron/tools/prepare.mjs host\` first.`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [HOST_BUNDLE, '--data-dir', dataDir, '--port', '0', '--admin-password', ADMIN_PASSWORD], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the host exited before HOST READY (code ${code})\n${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^HOST READY (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (!match) return;
      const readyMs = performance.now() - t0;
      child.removeAllListeners('exit');
      resolve({ child, url: match[1]!, readyMs });
    });
  });
}

function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function coldStarts(): Promise<{ fresh: number[]; warm: number[] }> {
  const fresh: number[] = [];
  const warm: number[] = [];
  const warmDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-warm-'));
  try {
    // A first start creates the warm folder's database and admin; it is not counted.
    await stopHost((await startHost(warmDir)).child);
    for (let i = 0; i < START_RUNS; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-fresh-'));
      try {
        const host = await startHost(dir);
        fresh.push(host.readyMs);
        await stopHost(host.child);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      const host = await startHost(warmDir);
      warm.push(host.readyMs);
      await stopHost(host.child);
    }
  } finally {
    fs.rmSync(warmDir, { recursive: true, force: true });
  }
  return { fresh, warm };
}

function post(agent: http.Agent, url: URL, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`system.ping answered ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8')}`));
          else resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function pingRoundTrips(): Promise<number[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-ping-'));
  const host = await startHost(dir);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const url = new URL('/api/system.ping', host.url);
    for (let i = 0; i < PING_WARMUP; i++) await post(agent, url, '{}');
    const samples: number[] = [];
    for (let i = 0; i < PING_CALLS; i++) {
      const t0 = performance.now();
      await post(agent, url, '{}');
      samples.push(performance.now() - t0);
    }
    return samples;
  } finally {
    agent.destroy();
    await stopHost(host.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runHostBench(): Promise<SummaryRow[]> {
  console.log(`Host (${HOST_BUNDLE})`);
  const { fresh, warm } = await coldStarts();
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`  cold start to HOST READY, fresh data folder: median ${median(fresh).toFixed(0)} ms (runs: ${fmt(fresh)} ms; target <= 1500 ms)`);
  console.log(`  cold start to HOST READY, used data folder:  median ${median(warm).toFixed(0)} ms (runs: ${fmt(warm)} ms; target <= 1500 ms)`);
  const ping = summarize(await pingRoundTrips());
  console.log(
    `  POST /api/system.ping over loopback, keep-alive, ${ping.n} calls: p50 ${ping.p50.toFixed(3)} ms, p95 ${ping.p95.toFixed(3)} ms, max ${ping.max.toFixed(1)} ms (target p50 <= 2 ms)`,
  );
  return [
    { name: 'host cold start, fresh data folder (median)', value: median(fresh), unit: 'ms', target: 1500 },
    { name: 'host cold start, used data folder (median)', value: median(warm), unit: 'ms', target: 1500 },
    { name: 'system.ping round trip p50', value: ping.p50, unit: 'ms', target: 2 },
    { name: 'system.ping round trip p95', value: ping.p95, unit: 'ms', target: null },
  ];
}
