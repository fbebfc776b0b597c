// Each end-to-end test gets its own host: a fresh data folder, a free port, an admin account.
// Use `import { test, expect } from './fixtures'`; `page.goto('/')` opens the desk, and
// `desk` tells the test the admin's credentials and the data folder.
// The host must be built first (`node electron/tools/prepare.mjs host`; `npm test` does it).
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOST_BUNDLE = path.join(ROOT, 'dist', 'host', 'main.cjs');
const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;

export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'quan-tri-e2e-123';

export interface DeskHost {
  url: string;
  dataDir: string;
  admin: { username: string; password: string };
  /** What the host wrote to stderr so far (its log). */
  log(): string;
}

/** Starts the host in a process group of its own and resolves once it prints HOST READY. */
export function startHost(
  dataDir: string,
  adminPassword: string | null,
  extraArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  if (!fs.existsSync(HOST_BUNDLE)) {
    throw new Error(`${HOST_BUNDLE} is missing: run \`node electron/tools/prepare.mjs host\` first.`);
  }
  const adminArgs = adminPassword === null ? [] : ['--admin-password', adminPassword];
  const child = spawn(process.execPath, [HOST_BUNDLE, '--data-dir', dataDir, '--port', '0', ...adminArgs, ...extraArgs], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const log = () => stderr;

  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`${why}\n--- host stderr ---\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`the host did not print HOST READY within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
    child.once('error', (error) => fail(`the host could not start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`the host exited before it was ready (code ${code}, signal ${signal})`));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^HOST READY (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, url: match[1]!, log });
    });
  });
}

/** SIGTERM to the host's process group; resolves with its exit code (null if it had to be killed). */
export function stopHost(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL');
      resolve(null);
    }, STOP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    process.kill(-child.pid!, 'SIGTERM');
  });
}

export const test = base.extend<{ desk: DeskHost; adminPassword: string | null }>({
  // `test.use({ adminPassword: null })` starts the host without an account (the first-run screen).
  adminPassword: [ADMIN_PASSWORD, { option: true }],
  desk: async ({ adminPassword }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
    const { child, url, log } = await startHost(dataDir, adminPassword);
    try {
      await use({ url, dataDir, admin: { username: ADMIN_USERNAME, password: adminPassword ?? '' }, log });
    } finally {
      const code = await stopHost(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
      expect(code, `the host should stop cleanly on SIGTERM\n--- host stderr ---\n${log()}`).toBe(0);
    }
  },
  // Every page talks to this test's host.
  baseURL: async ({ desk }, use) => {
    await use(desk.url);
  },
});

export { expect };
