/**
 * The app's database key: made at the first start, kept only sealed by the OS keyring (Electron's
 * safeStorage, given as a SecretCipher) in `desk.key.sealed` beside the database. Refused where
 * the keyring cannot really encrypt, as for the portal password: a key kept in the clear next to
 * the database would protect nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SecretCipher } from './secret-cipher';
import { writeFileDurably } from './write-file-durably';
import { DatabaseKeyError, isPlainDatabaseFile, keyHex, newDatabaseKey, parseDatabaseKey, type DatabaseKey } from './database-key';
import { DATABASE_FILE } from './open-database';

export const SEALED_KEY_FILE = 'desk.key.sealed';

export function loadOrCreateSealedKey(dataDir: string, cipher: SecretCipher): DatabaseKey {
  const unavailable = cipher.unavailableReason();
  if (unavailable) throw new DatabaseKeyError(`Không mở được khoá mã hoá dữ liệu: ${unavailable}`);
  const file = path.join(dataDir, SEALED_KEY_FILE);
  if (fs.existsSync(file)) {
    let text: string;
    try {
      text = cipher.decrypt(fs.readFileSync(file));
    } catch (error) {
      throw new DatabaseKeyError(
        `Kho khoá của hệ điều hành không mở được khoá mã hoá dữ liệu (${file}): ${error instanceof Error ? error.message : String(error)}. ` +
          'Nếu máy đã được cài lại hoặc đổi tài khoản, hãy khôi phục bằng phiếu khoá khôi phục.',
      );
    }
    return parseDatabaseKey(text, file);
  }
  // A database without its sealed key was made with another key (or the file was lost): never a new key over it.
  const database = path.join(dataDir, DATABASE_FILE);
  if (fs.existsSync(database) && fs.statSync(database).size > 0 && !isPlainDatabaseFile(database)) {
    throw new DatabaseKeyError(`Thiếu ${SEALED_KEY_FILE} cho cơ sở dữ liệu đã mã hoá ${database}: hãy khôi phục bằng phiếu khoá khôi phục. Không có gì bị thay đổi.`);
  }
  const key = newDatabaseKey();
  writeFileDurably(file, cipher.encrypt(keyHex(key)));
  return key;
}

/** Seals a given key beside a database (a restored copy opened with the recovery sheet's key). */
export function sealKey(dataDir: string, key: DatabaseKey, cipher: SecretCipher): void {
  const unavailable = cipher.unavailableReason();
  if (unavailable) throw new DatabaseKeyError(`Không cất được khoá mã hoá dữ liệu: ${unavailable}`);
  writeFileDurably(path.join(dataDir, SEALED_KEY_FILE), cipher.encrypt(keyHex(key)));
}
