import type Database from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS, type Migration } from './migrations';
import { DatabaseOpenError } from './database-errors';

/**
 * Applies every pending migration in version order in one transaction, then sets user_version to
 * the last one: a crash or a failing step leaves the database at its old version, never half-way.
 * A database whose version is above the last migration (made by a newer app) is refused untouched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  assertNumbered(migrations);
  const from = db.pragma('user_version', { simple: true }) as number;
  const to = migrations.length;
  if (from > to) throw tooNew(from, to);
  if (from === to) return { from, to };
  db.transaction(() => {
    for (const migration of migrations.slice(from)) migration.up(db);
    db.pragma(`user_version = ${to}`);
  })();
  return { from, to };
}

/** Migration N sits at index N-1: a gap, a repeat or a misplaced file is a programming error. */
function assertNumbered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}, expected ${index + 1} at position ${index + 1}`);
    }
  });
}

export function tooNew(found: number, known: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'DB_TOO_NEW',
    `Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của phần mềm (phiên bản dữ liệu ${found}, phần mềm này chỉ biết đến ${known}). ` +
      'Vui lòng cập nhật phần mềm; dữ liệu được giữ nguyên, không bị thay đổi.',
  );
}
