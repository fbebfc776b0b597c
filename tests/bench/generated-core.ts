/**
 * The real core on a copy of the cached generated data folder (see generate-dossiers.ts), with its
 * clock set to the moment the data was generated around, once the start-up integrity check has run;
 * and an officer's calls through the router, as the counter makes them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { offsetClock } from '../../electron/core/clock';
import { DATABASE_FILE } from '../../electron/core/db/open-database';
import type { DeskCore } from '../../electron/core/core-types';
import { BENCH_OFFICERS, ensureDossierDatabase, type BenchDatabase } from './generate-dossiers';

export interface GeneratedCore {
  core: DeskCore;
  /** The copy's data folder (removed by `close`). */
  runDir: string;
  cached: BenchDatabase;
  /** Closes the core and removes the copy. */
  close(): Promise<void>;
}

function waitForIntegrityCheck(core: DeskCore, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stop();
      resolve(`not finished after ${timeoutMs / 1000} s`);
    }, timeoutMs);
    const stop = core.onEvent((event) => {
      if (event.name !== 'db.integrity') return;
      clearTimeout(timer);
      stop();
      resolve(JSON.stringify(event.data));
    });
  });
}

/**
 * Copies the generated database of `count` dossiers into a fresh `<folderPrefix>XXXXXX` folder and
 * opens it; with `databaseKey` the core encrypts the copy at its start, as the desk converts a
 * plain database from an earlier version.
 */
export async function openGeneratedCopy(count: number, folderPrefix: string, options: { databaseKey?: Buffer } = {}): Promise<GeneratedCore> {
  const cached = await ensureDossierDatabase(count);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  const t0 = performance.now();
  fs.copyFileSync(path.join(cached.dir, DATABASE_FILE), path.join(runDir, DATABASE_FILE));
  console.log(`  copied the database to ${runDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const clock = offsetClock(cached.anchor.getTime() - Date.now());
  const tOpen = performance.now();
  const core = await createCore({ dataDir: runDir, resourcesDir: path.resolve('resources'), clock, databaseKey: options.databaseKey, log: (line) => console.error(`  [core] ${line}`) });
  console.log(`  createCore on it: ${(performance.now() - tOpen).toFixed(0)} ms; waiting for the start-up integrity check ...`);
  const tCheck = performance.now();
  const integrity = await waitForIntegrityCheck(core, 300_000);
  console.log(`  integrity check: ${integrity} after ${((performance.now() - tCheck) / 1000).toFixed(1)} s`);
  return {
    core,
    runDir,
    cached,
    async close() {
      await core.close();
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}

export type OfficerCall = <T = unknown>(method: string, input: unknown) => Promise<T>;

/** Signs in as the first generated officer; calls made with that token over the HTTP transport, an error answer thrown. */
export async function officerCall(core: DeskCore): Promise<OfficerCall> {
  const officer = BENCH_OFFICERS[0]!;
  const login = await core.call('auth.login', { username: officer.username, password: officer.password }, null, { transport: 'http' });
  if (!login.ok) throw new Error(`auth.login: ${JSON.stringify(login.error)}`);
  const token = (login.value as { token: string }).token;
  return async <T>(method: string, input: unknown): Promise<T> => {
    const answer = await core.call(method, input, token, { transport: 'http' });
    if (!answer.ok) throw new Error(`${method} ${JSON.stringify(input)}: ${JSON.stringify(answer.error)}`);
    return answer.value as T;
  };
}
