/**
 * `VACUUM INTO` on a connection of its own in a worker thread: a consistent copy of the database
 * (one read transaction; in WAL mode the desk keeps writing) that goes through the same cipher and
 * key, without holding the event loop for the minute a large database takes.
 */
import { Worker } from 'node:worker_threads';
import { keyPragmas, type DatabaseKey } from './database-key';
import { betterSqlitePath } from './integrity';

export function vacuumIntoInWorker(file: string, target: string, key: DatabaseKey | undefined): Promise<void> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.modulePath);
    let db;
    try {
      db = new Database(workerData.file, { fileMustExist: true });
      for (const pragma of workerData.keyPragmas) db.pragma(pragma);
      db.pragma('busy_timeout = 5000');
      db.prepare('VACUUM INTO ?').run(workerData.target);
      parentPort.postMessage(null);
    } catch (e) {
      parentPort.postMessage(String(e && e.message));
    } finally {
      if (db) db.close();
    }`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { file, target, modulePath: betterSqlitePath(), keyPragmas: key ? keyPragmas(key) : [] } });
    worker.once('message', (problem: string | null) => (problem === null ? resolve() : reject(new Error(`Không sao chép được cơ sở dữ liệu: ${problem}`))));
    worker.once('error', (e) => reject(new Error(`Không sao chép được cơ sở dữ liệu: ${e.message}`)));
  });
}
