import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '../..');
export const HOST_BUNDLE = path.join(root, 'dist', 'test-host', 'main.cjs');

/** Bundles the real host entry point as `npm run host` runs it (renderer not needed by these tests). */
export async function buildHostBundle(): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'electron/host/main.ts')],
    outfile: HOST_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'sharp', 'electron'],
    // The host finds resources/ two folders up from its bundle, as from dist/host/.
    logLevel: 'silent',
  });
}

export interface HostProcess {
  ready: Promise<string>;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  output(): { stdout: string; stderr: string };
}

export function spawnHost(args: string[], env: NodeJS.ProcessEnv = {}): HostProcess {
  const child = spawn(process.execPath, [HOST_BUNDLE, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const m = stdout.match(/^HOST READY (http:\/\/127\.0\.0\.1:\d+)$/m);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`host exited ${code}: ${stderr}`)));
  });
  ready.catch(() => {});
  return { ready, exited, kill: (signal) => child.kill(signal), output: () => ({ stdout, stderr }) };
}
