import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { keyPragmas } from './database-key';
import type Database from 'better-sqlite3-multiple-ciphers';

export interface IntegrityResult {
  ok: boolean;
  message: string;
  /** The file did not open as a database at all: with a key, the wrong key (SQLITE_NOTADB). */
  notDatabase?: boolean;
}

/** PRAGMA quick_check on an open connection (blocking). */
export function quickCheck(db: Database.Database): IntegrityResult {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  return problems.length === 0
    ? { ok: true, message: 'Cơ sở dữ liệu toàn vẹn.' }
    : { ok: false, message: `Cơ sở dữ liệu có lỗi toàn vẹn: ${problems.slice(0, 5).join('; ')}` };
}

/**
 * Runs quick_check on a read-only connection in a worker thread, so a large database does not
 * slow the start or block calls.
 */
export function quickCheckInBackground(file: string, key?: Buffer): Promise<IntegrityResult> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.modulePath);
    let db;
    try {
      db = new Database(workerData.file, { readonly: true, fileMustExist: true });
      for (const pragma of workerData.keyPragmas) db.pragma(pragma);
      const rows = db.pragma('quick_check');
      const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
      parentPort.postMessage({ problems, notDatabase: false });
    } catch (e) {
      parentPort.postMessage({ problems: [String(e && e.message)], notDatabase: Boolean(e && e.code === 'SQLITE_NOTADB') });
    } finally {
      if (db) db.close();
    }`;
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true, workerData: { file, modulePath: betterSqlitePath(), keyPragmas: key ? keyPragmas(key) : [] } });
    worker.once('message', ({ problems, notDatabase }: { problems: string[]; notDatabase: boolean }) => {
      resolve(
        problems.length === 0
          ? { ok: true, message: 'Cơ sở dữ liệu toàn vẹn.' }
          : { ok: false, message: `Cơ sở dữ liệu có lỗi toàn vẹn: ${problems.slice(0, 5).join('; ')}`, notDatabase },
      );
    });
    worker.once('error', (e) => resolve({ ok: false, message: `Không kiểm tra được cơ sở dữ liệu: ${e.message}` }));
  });
}

export function betterSqlitePath(): string {
  // In the Electron app the module may live in a separate ABI folder (see electron/tools/start.mjs).
  const localRequire = typeof require === 'function' ? require : createRequire(import.meta.url);
  return process.env.MOTCUA_BETTER_SQLITE3 ?? localRequire.resolve('better-sqlite3-multiple-ciphers');
}
