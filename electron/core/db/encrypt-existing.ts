/**
 * Converts a plain desk database to an encrypted one at the first start with a key: the file is
 * copied, the copy encrypted (rekey) and checked (integrity, schema version, row counts), then
 * renamed over the original. Until that rename the plain file is untouched; a crash leaves at most
 * a temp file, removed at the next try.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, keyHex, type DatabaseKey } from './database-key';

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Rows of every table, to compare the copy with the original. */
function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
}

export function encryptExistingDatabase(file: string, key: DatabaseKey): void {
  const temp = `${file}.encrypting.tmp`;
  fs.rmSync(temp, { force: true });
  // Everything in the WAL goes into the main file first, so one file holds the whole database.
  const plain = new Database(file, { fileMustExist: true });
  let expected: { version: number; counts: Record<string, number> };
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    expected = { version: plain.pragma('user_version', { simple: true }) as number, counts: tableCounts(plain) };
  } finally {
    plain.close();
  }
  fs.copyFileSync(file, temp);
  const copy = new Database(temp);
  try {
    // SQLite3 Multiple Ciphers encrypts in place with rekey, outside WAL mode.
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`cipher = 'sqlcipher'`);
    copy.pragma(`rekey = "x'${keyHex(key)}'"`);
  } finally {
    copy.close();
  }
  fsyncFile(temp);
  const check = new Database(temp, { fileMustExist: true });
  try {
    applyKey(check, key);
    const ok = check.pragma('quick_check', { simple: true });
    const version = check.pragma('user_version', { simple: true }) as number;
    const counts = tableCounts(check);
    if (ok !== 'ok' || version !== expected.version || JSON.stringify(counts) !== JSON.stringify(expected.counts)) {
      throw new Error(`bản mã hoá không khớp bản gốc (kiểm tra: ${String(ok)}, phiên bản ${version}/${expected.version})`);
    }
  } catch (error) {
    check.close();
    fs.rmSync(temp, { force: true });
    throw error;
  }
  check.close();
  fs.renameSync(temp, file);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}
