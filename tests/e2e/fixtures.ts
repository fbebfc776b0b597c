// Each end-to-end test gets its own host: a fresh data folder, a free port, an admin account.
// Use `import { test, expect } from './fixtures'`; `page.goto('/')` opens the desk, and
// `desk` tells the test the admin's credentials and the data folder.
// The host must be built first (`node electron/tools/prepare.mjs host`; `npm test` does it).
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInFreshFolder, startReadyProcess, stopProcess, type ReadyProcess } from './ready-process';
import { TEST_DB_KEY_HEX } from '../support/desk-database';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOST_BUNDLE = path.join(ROOT, 'dist', 'host', 'main.cjs');
const READY_TIMEOUT_MS = 15_000;

export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'quan-tri-e2e-123';

export interface DeskHost {
  url: string;
  dataDir: string;
  admin: { username: string; password: string };
  /** What the host wrote to stderr so far (its log). */
  log(): string;
  /** The first-run code the host printed (`MÃ THIẾT LẬP: 123-456`) when started without an administrator; null otherwise. */
  setupCode: string | null;
}

/** The host's one-line first-run code, `MÃ THIẾT LẬP: 123-456`, from its stdout. */
export function setupCodeOf(stdoutLines: readonly string[]): string | null {
  for (const line of stdoutLines) {
    const match = /^MÃ THIẾT LẬP: (\d{3}-\d{3})$/.exec(line);
    if (match) return match[1]!;
  }
  return null;
}

/** Starts the host in a process group of its own and resolves once it prints HOST READY. */
export function startHost(
  dataDir: string,
  adminPassword: string | null,
  extraArgs: readonly string[] = [],
): Promise<ReadyProcess> {
  if (!fs.existsSync(HOST_BUNDLE)) {
    throw new Error(`${HOST_BUNDLE} is missing: run \`node electron/tools/prepare.mjs host\` first.`);
  }
  const adminArgs = adminPassword === null ? [] : ['--admin-password', adminPassword];
  return startReadyProcess(HOST_BUNDLE, ['--data-dir', dataDir, '--port', '0', ...adminArgs, ...extraArgs], {
    name: 'the host',
    banner: 'HOST READY',
    logTitle: 'host',
    cwd: ROOT,
    timeoutMs: READY_TIMEOUT_MS,
    // A production folder needs a key; a training folder makes its own desk.key when none is given.
    env: extraArgs.includes('--portal-url') || productionFolder(dataDir) ? { MOTCUA_DB_KEY: TEST_DB_KEY_HEX } : {},
  });
}

function productionFolder(dataDir: string): boolean {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dataDir, 'desk-mode.json'), 'utf8')) as { mode?: string }).mode === 'production';
  } catch {
    return false;
  }
}

/** SIGTERM to the host's process group; resolves with its exit code (null if it had to be killed). */
export const stopHost = stopProcess;

export const test = base.extend<{ desk: DeskHost; adminPassword: string | null }>({
  // `test.use({ adminPassword: null })` starts the host without an account (the first-run screen).
  adminPassword: [ADMIN_PASSWORD, { option: true }],
  desk: async ({ adminPassword }, use) => {
    await runInFreshFolder('motcua-e2e-', (dataDir) => startHost(dataDir, adminPassword), { name: 'the host', logTitle: 'host' }, ({ url, log, stdoutLines }, dataDir) =>
      use({ url, dataDir, admin: { username: ADMIN_USERNAME, password: adminPassword ?? '' }, log, setupCode: setupCodeOf(stdoutLines) }),
    );
  },
  // Every page talks to this test's host.
  baseURL: async ({ desk }, use) => {
    await use(desk.url);
  },
});

export { expect };
