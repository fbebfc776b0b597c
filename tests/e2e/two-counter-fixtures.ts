// A ward in miniature for end-to-end tests: ONE stand-alone training portal process
// (dist/training-portal/main.cjs, what `npm run portal:training` runs) and up to two desk hosts of
// the same agency, counters 1 and 2, each with its own data folder, pointed at it with the
// --portal-* flags. Fixtures are lazy: a test that asks only for `counter1` starts one host.
// Use `import { test, expect } from './two-counter-fixtures'`; each counter gets its own browser
// context (`page1`, `page2`) whose base URL is that counter's host.
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_PASSWORD, ADMIN_USERNAME, startHost, type DeskHost } from './fixtures';
import { runInFreshFolder, startReadyProcess, type ReadyProcess } from './ready-process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PORTAL_BUNDLE = path.join(ROOT, 'dist', 'training-portal', 'main.cjs');
const READY_TIMEOUT_MS = 15_000;

/** The ward both counters belong to. */
export const AGENCY_ID = '000.00.00.H29';
const PORTAL_ACCOUNT = { user: 'phuong-e2e', password: 'cong-e2e-123', dstcode: 'E2E' };

type PortalHoSo = Record<string, unknown> & { MaHoSo: string; TrangThaiHoSo: string; PhienBan: string; IdNoiBo: string };

export interface WardPortal {
  url: string;
  /** POST /__control (faults, back office, seeder, clock); its answer. */
  control(body: unknown): Promise<{ ok: boolean; seeded: string[]; processed: string[] }>;
  /** What the portal holds for one code, from GET /__control/state (undefined when it has none). */
  summary(code: string): Promise<{ PhienBan: string; TrangThaiHoSo: string; IdNoiBo: string } | undefined>;
  /** The dossier as the portal serves it to any client: `TraCuuHoSo` over the protocol. */
  lookUp(code: string): Promise<PortalHoSo>;
  log(): string;
}

export interface CounterHost extends DeskHost {
  counter: number;
}

/** Builds the portal bundle when stale (`npm test` builds only the host before Playwright). */
function preparePortalBundle(): void {
  const built = spawnSync(process.execPath, ['electron/tools/prepare.mjs', 'portal'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0 || !fs.existsSync(PORTAL_BUNDLE)) throw new Error(`could not build ${PORTAL_BUNDLE}\n${built.stderr}`);
}

function startPortalProcess(dataDir: string): Promise<ReadyProcess> {
  // The back office and the seeder stay off: each test drives them through /__control.
  const args = ['--port', '0', '--data-dir', dataDir, '--user', PORTAL_ACCOUNT.user, '--password', PORTAL_ACCOUNT.password];
  return startReadyProcess(PORTAL_BUNDLE, [...args, '--back-office-delay-ms', 'off', '--seed-every-ms', 'off', '--agency', AGENCY_ID], {
    name: 'the training portal',
    banner: 'PORTAL READY',
    logTitle: 'portal',
    cwd: ROOT,
    timeoutMs: READY_TIMEOUT_MS,
  });
}

async function postJson<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  expect(response.status, `${url} answered ${response.status}`).toBe(200);
  return (await response.json()) as T;
}

function wardPortal(url: string, log: () => string): WardPortal {
  const dst = { dstcode: PORTAL_ACCOUNT.dstcode };
  return {
    url,
    log,
    control: (body) => postJson(`${url}/__control`, body),
    async summary(code) {
      const state = (await (await fetch(`${url}/__control/state`)).json()) as { byMaHoSo: Record<string, { PhienBan: string; TrangThaiHoSo: string; IdNoiBo: string }> };
      return state.byMaHoSo[code];
    },
    async lookUp(code) {
      const auth = await postJson<{ error_code: string; session: string }>(`${url}/auth`, { username: PORTAL_ACCOUNT.user, password: PORTAL_ACCOUNT.password }, dst);
      expect(auth.error_code).toBe('0');
      const found = await postJson<{ error_code: string; result: PortalHoSo[] }>(
        `${url}/service`,
        { session: auth.session, madonvi: AGENCY_ID, service: 'TraCuuHoSo', MaHoSo: code },
        dst,
      );
      expect(found.error_code, `TraCuuHoSo ${code}`).toBe('0');
      return found.result[0]!;
    },
  };
}

async function runCounter(portal: WardPortal, counter: number, use: (host: CounterHost) => Promise<void>): Promise<void> {
  const portalArgs = ['--portal-url', portal.url, '--portal-user', PORTAL_ACCOUNT.user, '--portal-password', PORTAL_ACCOUNT.password, '--dstcode', PORTAL_ACCOUNT.dstcode];
  const start = (dataDir: string) => startHost(dataDir, ADMIN_PASSWORD, ['--agency-id', AGENCY_ID, '--counter', String(counter), ...portalArgs]);
  await runInFreshFolder(`motcua-e2e-quay${counter}-`, start, { name: `counter ${counter}'s host`, logTitle: 'host' }, ({ url, log }, dataDir) =>
    use({ url, dataDir, counter, admin: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD }, log, setupCode: null }),
  );
}

/** A browser context of its own for one counter, with the project's locale and time zone. */
async function counterPage(browser: Browser, host: CounterHost, use: (page: Page) => Promise<void>): Promise<void> {
  const context: BrowserContext = await browser.newContext({
    baseURL: host.url,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
  });
  try {
    await use(await context.newPage());
  } finally {
    await context.close();
  }
}

export const test = base.extend<{ portal: WardPortal; counter1: CounterHost; counter2: CounterHost; page1: Page; page2: Page }>({
  portal: async ({}, use) => {
    preparePortalBundle();
    await runInFreshFolder('motcua-e2e-portal-', startPortalProcess, { name: 'the training portal', logTitle: 'portal' }, ({ url, log }) => use(wardPortal(url, log)));
  },
  counter1: async ({ portal }, use) => runCounter(portal, 1, use),
  counter2: async ({ portal }, use) => runCounter(portal, 2, use),
  page1: async ({ browser, counter1 }, use) => counterPage(browser, counter1, use),
  page2: async ({ browser, counter2 }, use) => counterPage(browser, counter2, use),
});

export { expect };
