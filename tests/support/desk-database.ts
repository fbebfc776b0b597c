// Opens a desk's database file from a test, as the desk would: with the key of its data folder
// (desk.key, which a training host makes itself) when it has one, plain otherwise.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, isPlainDatabaseFile, KEY_FILE, parseDatabaseKey, readKeyFile } from '../../electron/core/db/database-key';

/** The key test hosts get through MOTCUA_DB_KEY (tests/support/host-process.ts, the e2e fixtures). */
export const TEST_DB_KEY_HEX = '6d6f74637561' + 'ab'.repeat(26);

export function openDeskDatabase(dataDir: string, options: Database.Options = {}): Database.Database {
  const file = path.join(dataDir, 'desk.sqlite3');
  const db = new Database(file, options);
  const keyFile = path.join(dataDir, KEY_FILE);
  if (fs.existsSync(keyFile)) applyKey(db, readKeyFile(keyFile));
  else if (fs.existsSync(file) && fs.statSync(file).size > 0 && !isPlainDatabaseFile(file)) applyKey(db, parseDatabaseKey(TEST_DB_KEY_HEX, 'the tests'));
  return db;
}
