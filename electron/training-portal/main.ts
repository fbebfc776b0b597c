/**
 * CLI: npm run portal:training -- --port N --data-dir DIR [--user U --password P]
 *   [--back-office-delay-ms N|off] [--seed-every-ms N|off] [--agency 000.00.00.H56] [--catalog-dir DIR]
 * Online filings come from the procedure catalogue (default: resources/catalog of the working folder).
 * Prints `PORTAL READY http://127.0.0.1:<port>` on stdout once listening; logs go to stderr.
 * SIGTERM or SIGINT closes the database and exits 0.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogDir } from '../core/catalog';
import { startTrainingPortal } from './server';

const DEFAULT_BACK_OFFICE_DELAY_MS = 2 * 60_000;
const DEFAULT_SEED_EVERY_MS = 10 * 60_000;

const log = (line: string) => process.stderr.write(`[training-portal] ${line}\n`);

function fail(message: string): never {
  log(message);
  process.exit(2);
}

function msOption(value: string | undefined, fallback: number, name: string): number | null {
  if (value === undefined) return fallback;
  if (value === 'off') return null;
  if (!/^\d+$/.test(value)) fail(`--${name} phải là số mili giây hoặc "off"`);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      user: { type: 'string', default: 'tap-huan' },
      password: { type: 'string', default: 'tap-huan-123' },
      'back-office-delay-ms': { type: 'string' },
      'seed-every-ms': { type: 'string' },
      agency: { type: 'string', multiple: true },
      'catalog-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port phải là số cổng (0 chọn cổng trống)');
  const dataDir = values['data-dir'];
  if (!dataDir) fail('thiếu --data-dir DIR');

  const portal = await startTrainingPortal({
    port,
    dataDir,
    users: [{ username: values.user, password: values.password }],
    log,
    backOfficeDelayMs: msOption(values['back-office-delay-ms'], DEFAULT_BACK_OFFICE_DELAY_MS, 'back-office-delay-ms'),
    seedOnlineEveryMs: msOption(values['seed-every-ms'], DEFAULT_SEED_EVERY_MS, 'seed-every-ms'),
    agencies: values.agency ?? [],
    // Without --catalog-dir: resources/catalog of the working folder (npm runs from the repository).
    procedures: values['catalog-dir'] ? loadCatalogDir(path.resolve(values['catalog-dir'])) : undefined,
  });
  process.stdout.write(`PORTAL READY ${portal.url}\n`);

  const stop = (signal: string) => {
    log(`${signal}: closing`);
    portal.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`close failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
