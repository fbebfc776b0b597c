/**
 * WAL checkpoints off the request path. With SQLite's automatic checkpoint, every thousandth page
 * a commit also copies the WAL into the database file and fsyncs it: on the counter PC that was
 * the tail of an intake save (p95 5.95 ms against 1.52 ms without it, 100 000 dossiers). The main
 * connection therefore checkpoints only as a safety net (a WAL of 10 000 pages, about 40 MiB), and
 * a worker thread with its own connection runs a PASSIVE checkpoint every second: it never waits
 * for a lock and never blocks a writer, and the next commit after a complete one starts the WAL
 * over. The database is as durable as before (synchronous = FULL on both connections).
 */
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3-multiple-ciphers';
import { keyPragmas } from './database-key';
import { betterSqlitePath } from './integrity';

/** The main connection checkpoints by itself only past this many WAL pages (the worker fell behind). */
export const SAFETY_CHECKPOINT_PAGES = 10_000;
const EVERY_MS = 1000;

export interface Checkpointer {
  /** Stops the worker after its current checkpoint; the caller then closes the main connection. */
  stop(): Promise<void>;
}

const SOURCE = `
  const { parentPort, workerData } = require('node:worker_threads');
  const Database = require(workerData.modulePath);
  const db = new Database(workerData.file, { fileMustExist: true });
  for (const pragma of workerData.keyPragmas) db.pragma(pragma);
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 0');
  const run = () => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (e) {
      parentPort.postMessage({ failed: String(e && e.message) });
    }
  };
  const timer = setInterval(run, workerData.everyMs);
  parentPort.on('message', (m) => {
    if (m === 'stop') {
      clearInterval(timer);
      db.close();
      parentPort.postMessage({ stopped: true });
    }
  });
  parentPort.postMessage({ ready: true });`;

/** Hands the checkpoints of `db` (open on `file`, with `key`) to a worker thread. */
export function startCheckpointer(db: Database.Database, file: string, key: Buffer | undefined, log: (message: string) => void, everyMs = EVERY_MS): Checkpointer {
  db.pragma(`wal_autocheckpoint = ${SAFETY_CHECKPOINT_PAGES}`);
  const worker = new Worker(SOURCE, { eval: true, workerData: { file, modulePath: betterSqlitePath(), keyPragmas: key ? keyPragmas(key) : [], everyMs } });
  let reported = false;
  worker.on('message', (m: { failed?: string }) => {
    // One line in the log is enough: the safety net keeps the WAL bounded meanwhile.
    if (m.failed && !reported) {
      reported = true;
      log(`checkpoint nền không chạy được (${m.failed}); cơ sở dữ liệu tự checkpoint khi WAL quá ${SAFETY_CHECKPOINT_PAGES} trang.`);
    }
  });
  worker.on('error', (error) => {
    log(`luồng checkpoint nền dừng: ${error.message}; cơ sở dữ liệu tự checkpoint khi WAL quá ${SAFETY_CHECKPOINT_PAGES} trang.`);
  });
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => resolve();
        worker.once('exit', done);
        worker.on('message', (m: { stopped?: boolean }) => {
          if (m.stopped) void worker.terminate().then(done, done);
        });
        worker.postMessage('stop');
        // A worker that died already answers nothing: do not wait for it.
        setTimeout(() => void worker.terminate().then(done, done), 2000).unref();
      }),
  };
}
