import type Database from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS, type Migration } from './migrations';
import { DatabaseOpenError } from './database-errors';

/** Applies every pending migration in one transaction: a crash leaves the old version intact. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const to = migrations.length;
  if (from > to) throw tooNew(from, to);
  if (from === to) return { from, to };
  db.transaction(() => {
    for (let version = from + 1; version <= to; version++) {
      const migration = migrations[version - 1]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
    }
    db.pragma(`user_version = ${to}`);
  })();
  return { from, to };
}

export function tooNew(found: number, known: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_TOO_NEW',
    `Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của phần mềm (phiên bản dữ liệu ${found}, phần mềm này chỉ biết đến ${known}). ` +
      'Vui lòng cập nhật phần mềm; dữ liệu được giữ nguyên, không bị thay đổi.',
  );
}
