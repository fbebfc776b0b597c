// WAL checkpoints in a worker thread (db/checkpointer.ts): the main connection no longer
// checkpoints on a commit (only past its safety size), and the worker's own connection copies the
// committed frames into the database file within its period, plain or encrypted.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../../electron/core/db/open-database';
import { SAFETY_CHECKPOINT_PAGES, startCheckpointer } from '../../../electron/core/db/checkpointer';
import { newDatabaseKey } from '../../../electron/core/db/database-key';
import { makeTempDir } from '../../support/temp-dir';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** WAL frames not yet copied into the database file; NOOP only reports, it copies nothing itself. */
function uncopiedFrames(db: Database.Database): number {
  const [row] = db.pragma('wal_checkpoint(NOOP)') as Array<{ log: number; checkpointed: number }>;
  return row ? row.log - row.checkpointed : 0;
}

describe('the background checkpointer', () => {
  for (const encrypted of [false, true]) {
    it(`copies committed WAL frames into the ${encrypted ? 'encrypted' : 'plain'} database off the main connection`, async () => {
      const t = makeTempDir();
      cleanups.push(t.cleanup);
      const key = encrypted ? newDatabaseKey() : undefined;
      const { db, file } = openDatabase(t.dir, undefined, key);
      const checkpointer = startCheckpointer(db, file, key, () => {}, 100);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(SAFETY_CHECKPOINT_PAGES);
      const insert = db.prepare(`INSERT INTO settings(key, value) VALUES (?, '"x"')`);
      for (let i = 0; i < 300; i++) insert.run(`k${i}`);
      // 300 commits wrote frames; none copied yet by the main connection (its threshold is far).
      const walBytes = fs.statSync(path.join(t.dir, `${DATABASE_FILE}-wal`)).size;
      expect(walBytes).toBeGreaterThan(300 * 4096);
      await expect.poll(() => uncopiedFrames(db), { timeout: 5000, interval: 50 }).toBe(0);
      // The next commit starts the WAL over instead of growing it.
      for (let i = 0; i < 300; i++) insert.run(`again${i}`);
      expect(fs.statSync(path.join(t.dir, `${DATABASE_FILE}-wal`)).size).toBeLessThanOrEqual(walBytes);
      await checkpointer.stop();
      closeDatabase(db);
      expect(fs.existsSync(path.join(t.dir, `${DATABASE_FILE}-wal`))).toBe(false);
    });
  }
});
