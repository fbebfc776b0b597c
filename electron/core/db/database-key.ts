/**
 * The key the desk database is encrypted with (SQLCipher through SQLite3 Multiple Ciphers): 256
 * random bits, written as 64 hex characters. Where it comes from is the caller's business (the
 * app: Electron's safeStorage; the host: the environment, a key file, or a training folder's own
 * desk.key); this module only makes, reads and checks keys, and applies one to a connection.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { writeFileDurably } from './write-file-durably';

/** 32 bytes. */
export type DatabaseKey = Buffer;

export const KEY_FILE = 'desk.key';
export const KEY_ENV = 'MOTCUA_DB_KEY';

export class DatabaseKeyError extends Error {
  override name = 'DatabaseKeyError';
}

export function newDatabaseKey(): DatabaseKey {
  return crypto.randomBytes(32);
}

/** A key from its 64 hex characters (spaces and dashes of a printed sheet allowed). */
export function parseDatabaseKey(text: string, from: string): DatabaseKey {
  const hex = text.replace(/[\s-]/g, '');
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new DatabaseKeyError(`Khoá cơ sở dữ liệu ở ${from} không hợp lệ: cần đúng 64 ký tự hex (0-9, a-f).`);
  }
  return Buffer.from(hex, 'hex');
}

export function keyHex(key: DatabaseKey): string {
  return key.toString('hex');
}

/** Reads a key file (64 hex characters); a clear message when it is missing or not a key. */
export function readKeyFile(file: string): DatabaseKey {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new DatabaseKeyError(`Không đọc được tệp khoá ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  return parseDatabaseKey(text, `tệp ${file}`);
}

/** Writes a key file readable by this user only (0600), whole or not at all. */
export function writeKeyFile(file: string, key: DatabaseKey): void {
  writeFileDurably(file, `${keyHex(key)}\n`);
}

/**
 * The host's key: `MOTCUA_DB_KEY`, else `--db-key-file`; a training folder without either uses
 * (or makes, 0600) `<data folder>/desk.key`, so `npm start` stays one command; a production folder
 * without a key refuses to start, naming both ways to give one.
 */
export function resolveHostKey(options: { dataDir: string; training: boolean; env: NodeJS.ProcessEnv; keyFile?: string }): DatabaseKey {
  const fromEnv = options.env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return parseDatabaseKey(fromEnv, `biến môi trường ${KEY_ENV}`);
  if (options.keyFile) return readKeyFile(options.keyFile);
  if (!options.training) {
    throw new DatabaseKeyError(
      `Thư mục dữ liệu chính thức ${options.dataDir} cần khoá mã hoá cơ sở dữ liệu: đặt biến môi trường ${KEY_ENV} (64 ký tự hex) ` +
        `hoặc chỉ tệp khoá bằng --db-key-file PATH. Khoá nằm trên phiếu khoá khôi phục đã in khi thiết lập.`,
    );
  }
  // Only a training folder keeps its key beside the database.
  const own = path.join(options.dataDir, KEY_FILE);
  if (fs.existsSync(own)) return readKeyFile(own);
  const key = newDatabaseKey();
  writeKeyFile(own, key);
  return key;
}

/** The pragmas that set the cipher and key (also for a connection in a worker thread). */
export function keyPragmas(key: DatabaseKey): string[] {
  return [`cipher = 'sqlcipher'`, `key = "x'${keyHex(key)}'"`];
}

/** Sets the cipher and key on a connection just opened, before anything is read. */
export function applyKey(db: Database.Database, key: DatabaseKey): void {
  for (const pragma of keyPragmas(key)) db.pragma(pragma);
}

/** Whether a database file is plain SQLite (its header says so); false for an encrypted or empty file. */
export function isPlainDatabaseFile(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    fs.closeSync(fd);
  }
}
