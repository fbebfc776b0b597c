import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, isPlainDatabaseFile, type DatabaseKey } from './database-key';
import { encryptExistingDatabase } from './encrypt-existing';
import { MIGRATIONS, type Migration } from './migrations';
import { migrate, tooNew } from './migrate';
import { DatabaseOpenError } from './database-errors';
import { quickCheck } from './integrity';
import { isShownOnly } from '../../../shared/catalog/component-form';

export const DATABASE_FILE = 'desk.sqlite3';

export interface OpenedDatabase {
  db: Database.Database;
  file: string;
  /** The previous run did not close the database (crash, power cut, SIGKILL). */
  uncleanShutdown: boolean;
  migratedFrom: number;
}

/**
 * Opens (creating if needed) the desk database in dataDir: refuses a newer version or a wrong
 * key before changing a byte, encrypts a plain database when a key is given, sets durable
 * pragmas, migrates, and checks integrity at once after an unclean shutdown (otherwise the caller
 * may check in the background). Without a key the database is plain SQLite (tests, tools).
 */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = MIGRATIONS, key?: DatabaseKey): OpenedDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const plain = existed && isPlainDatabaseFile(file);
  if (existed && plain) refuseIfTooNew(file, migrations.length);
  if (existed && !plain && !key) throw needsKey(file);
  if (existed && plain && key) encryptExistingDatabase(file, key);

  const db = new Database(file);
  try {
    if (key) {
      applyKey(db, key);
      // The first read tells a wrong key (SQLITE_NOTADB); nothing has been written yet.
      const version = readVersionOrRefuse(db, file);
      if (version > migrations.length) throw tooNew(version, migrations.length);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // SQL asks the one rule of a paper only shown (xuất trình): shared/catalog/component-form.ts.
    db.function('is_shown_only', { deterministic: true }, (name: unknown) => (typeof name === 'string' && isShownOnly(name) ? 1 : 0));
    // An encrypted page is decrypted and its HMAC checked each time it comes back from the OS cache:
    // a page cache large enough for the hot index pages (64 MiB at most) keeps intake off that path.
    db.pragma(`cache_size = ${key ? -65536 : -16384}`);
    const marker = readRunMarker(db);
    const uncleanShutdown = existed && marker === 'running';
    if (uncleanShutdown) {
      const result = quickCheck(db);
      if (!result.ok) throw corrupt(file, result.message);
    }
    const { from } = migrate(db, migrations);
    db.prepare(`INSERT INTO settings(key, value) VALUES ('run_marker', '"running"')
      ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run();
    return { db, file, uncleanShutdown, migratedFrom: from };
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    if (isCorruption(error)) throw corrupt(file, String((error as Error).message));
    throw error;
  }
}

/** Marks a clean shutdown and closes: better-sqlite3 checkpoints and removes the WAL. */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  db.prepare(`UPDATE settings SET value = '"clean"' WHERE key = 'run_marker'`).run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

function refuseIfTooNew(file: string, known: number): void {
  const found = readUserVersion(file);
  if (found > known) throw tooNew(found, known);
}

/**
 * The schema version without touching the file: from the header (bytes 60-63) when no WAL is
 * pending, else through a read-only connection (which may create -shm, never change the data).
 */
function readUserVersion(file: string): number {
  if (!fs.existsSync(`${file}-wal`)) {
    const header = Buffer.alloc(100);
    const fd = fs.openSync(file, 'r');
    try {
      const read = fs.readSync(fd, header, 0, 100, 0);
      if (read === 0) return 0;
      if (read < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') {
        throw corrupt(file, 'tệp không phải cơ sở dữ liệu SQLite');
      }
      return header.readUInt32BE(60);
    } finally {
      fs.closeSync(fd);
    }
  }
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw corrupt(file, String((error as Error).message));
  } finally {
    probe?.close();
  }
}

function readRunMarker(db: Database.Database): string | null {
  const hasSettings = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'`).get();
  if (!hasSettings) return null;
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'run_marker'`).get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as string) : null;
}

function readVersionOrRefuse(db: Database.Database, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError(
        'DB_WRONG_KEY',
        `Khoá mã hoá không mở được cơ sở dữ liệu ${file}: khoá sai, hoặc tệp không phải của thư mục dữ liệu này. ` +
          'Không có gì bị thay đổi. Hãy dùng đúng khoá (xem phiếu khoá khôi phục) rồi khởi động lại.',
      );
    }
    throw error;
  }
}

/** Not plain SQLite and no key: an encrypted database opened without its key, or a damaged file. */
function needsKey(file: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_WRONG_KEY',
    `Tệp cơ sở dữ liệu ${file} đã được mã hoá (cần khoá mã hoá để mở) hoặc bị hỏng. Không có gì bị thay đổi. ` +
      'Hãy khởi động với đúng khoá; nếu tệp bị hỏng, liên hệ quản trị viên để khôi phục từ bản sao lưu.',
  );
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

function corrupt(file: string, detail: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_CORRUPT',
    `Tệp cơ sở dữ liệu bị hỏng hoặc không đọc được: ${file}. Hãy dừng làm việc trên máy này, ` +
      `sao lưu thư mục dữ liệu và liên hệ quản trị viên để khôi phục từ bản sao lưu. (Chi tiết: ${detail})`,
  );
}
