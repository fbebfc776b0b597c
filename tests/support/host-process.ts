import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { postApi } from './http-json';
import { makeTempDir } from './temp-dir';
import { TEST_DB_KEY_HEX } from './desk-database';

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
    external: ['better-sqlite3-multiple-ciphers', 'sharp', 'electron'],
    // The host finds resources/ two folders up from its bundle, as from dist/host/.
    logLevel: 'silent',
  });
}

export interface HostProcess {
  ready: Promise<string>;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  output(): { stdout: string; stderr: string };
  /** The process id (to read its memory from /proc). */
  pid: number | undefined;
}

export function spawnHost(args: string[], env: NodeJS.ProcessEnv = {}): HostProcess {
  // Every test host encrypts its database with the tests' key, unless a test says otherwise.
  const child = spawn(process.execPath, [HOST_BUNDLE, ...args], { env: { ...process.env, MOTCUA_DB_KEY: TEST_DB_KEY_HEX, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
  return { ready, exited, kill: (signal) => child.kill(signal), output: () => ({ stdout, stderr }), pid: child.pid };
}

/** The flags of a production host of UBND Phường Tân Phong (000.00.00.H29) at `counter`, syncing with `portal`. */
export function productionHostArgs(portal: { url: string; user: string }, counter: number, dstcode = 'TEST'): string[] {
  return ['--agency-id', '000.00.00.H29', '--agency-name', 'UBND Phường Tân Phong', '--counter', String(counter), '--portal-url', portal.url, '--portal-user', portal.user, '--dstcode', dstcode];
}

export const TEST_ADMIN_PASSWORD = 'quan-tri-123';

/**
 * A real host process over a fresh data folder, signed in as the admin: the start of every
 * crash test. `args` starts it again on the same folder; cleanups kill it and remove the folder.
 */
export async function startDeskProcess(
  cleanups: Array<() => void>,
  options: { extraArgs?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<{ dataDir: string; args: string[]; host: HostProcess; url: string; token: string }> {
  const data = makeTempDir();
  cleanups.push(data.cleanup);
  const args = ['--data-dir', data.dir, '--port', '0', '--admin-password', TEST_ADMIN_PASSWORD, ...(options.extraArgs ?? [])];
  const host = spawnHost(args, options.env);
  cleanups.push(() => host.kill('SIGKILL'));
  const url = await host.ready;
  const token = (await postApi(url, 'auth.login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).json().value.token as string;
  return { dataDir: data.dir, args, host, url, token };
}

/** Every component of a procedure, one original each: a complete dossier. */
export async function allComponents(url: string, token: string, procedureCode: string): Promise<Array<{ code: string; originals: number; copies: number }>> {
  const procedure = (await postApi(url, 'catalog.get', { code: procedureCode }, token)).json().value as { components: Array<{ code: string }> };
  return procedure.components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
}
