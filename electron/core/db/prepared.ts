import type Database from 'better-sqlite3-multiple-ciphers';

// Preparing a statement costs more than running a simple one; hot paths (intake, sync) reuse them.
const MAX_CACHED = 500;
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for this SQL on this connection, prepared once. Never change its mode (pluck/raw) in place. */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_CACHED) cache.clear();
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
