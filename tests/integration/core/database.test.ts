import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../../electron/core/db/open-database';
import { MIGRATIONS, type Migration } from '../../../electron/core/db/migrations';
import { quickCheckInBackground } from '../../../electron/core/db/integrity';
import { makeTempDir } from '../../support/temp-dir';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function tempDir() {
  const t = makeTempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('the desk database', () => {
  it('is created with WAL, synchronous FULL, foreign keys and every migration', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    closeDatabase(db);
  });

  it('closing checkpoints and removes the WAL file', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    db.prepare(`INSERT INTO settings(key, value) VALUES ('x', '1')`).run();
    expect(fs.existsSync(path.join(dir, `${DATABASE_FILE}-wal`))).toBe(true);
    closeDatabase(db);
    expect(fs.existsSync(path.join(dir, `${DATABASE_FILE}-wal`))).toBe(false);
  });

  it('a database from a newer version is refused with a clear message and left untouched', () => {
    const dir = tempDir();
    closeDatabase(openDatabase(dir).db);
    const file = path.join(dir, DATABASE_FILE);
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(dir)).toThrow(/phiên bản mới hơn/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('migrations that fail half-way leave the database at its old version', () => {
    const dir = tempDir();
    const n = MIGRATIONS.length;
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: n + 1, name: 'half-done', up: (db) => db.exec('CREATE TABLE half_done(x INTEGER);') },
      { version: n + 2, name: 'not-sql', up: (db) => db.exec('THIS IS NOT SQL;') },
    ];
    expect(() => openDatabase(dir, broken)).toThrow();
    const raw = new Database(path.join(dir, DATABASE_FILE));
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(raw.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name IN ('half_done', 'users')`).get()).toEqual({ n: 0 });
    raw.close();
  });

  it('notices an unclean shutdown and checks integrity before use', () => {
    const dir = tempDir();
    const first = openDatabase(dir);
    first.db.close(); // as after a crash: no clean-shutdown mark
    const second = openDatabase(dir);
    expect(second.uncleanShutdown).toBe(true);
    closeDatabase(second.db);
    const third = openDatabase(dir);
    expect(third.uncleanShutdown).toBe(false);
    closeDatabase(third.db);
  });

  it('a corrupt file is refused with a Vietnamese message', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), Buffer.alloc(8192, 0x5a));
    expect(() => openDatabase(dir)).toThrow(/bị hỏng/); // or encrypted: without a key the two look alike
  });

  it('the background integrity check reads the file in a worker', async () => {
    const dir = tempDir();
    const { db, file } = openDatabase(dir);
    const result = await quickCheckInBackground(file);
    expect(result.ok).toBe(true);
    closeDatabase(db);
    fs.writeFileSync(file, Buffer.alloc(4096, 1));
    const bad = await quickCheckInBackground(file);
    expect(bad.ok).toBe(false);
  });
});
