import type Database from 'better-sqlite3-multiple-ciphers';
import type { Role, UserView } from '../../../shared/api';
import { prepared } from '../db/prepared';
import type { UserRow } from '../api/caller';

/** The row's type lives with the router, which runs every call as one (api/caller.ts). */
export type { UserRow } from '../api/caller';

export function toUserView(row: UserRow): UserView {
  return {
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    disabled: row.disabled === 1,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
  };
}

/** Plain SQL over the users table; callers own the transaction. */
export class UsersRepository {
  constructor(private readonly db: Database.Database) {}

  count(): number {
    return (prepared(this.db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  byUsername(username: string): UserRow | undefined {
    return prepared(this.db, 'SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  }

  byId(id: number): UserRow | undefined {
    return prepared(this.db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  }

  list(): UserRow[] {
    return prepared(this.db, 'SELECT * FROM users ORDER BY role, username').all() as UserRow[];
  }

  /** `mustChangePassword`: the password was set by an administrator for someone else (not by the user). */
  insert(user: { username: string; fullName: string; role: Role; passwordHash: string; at: string; mustChangePassword?: boolean }): UserRow {
    const info = prepared(this.db,
        `INSERT INTO users(username, full_name, role, password_hash, disabled, must_change_password, created_at, updated_at)
         VALUES (?, ?, ?, ?, 0, ?, ?, ?)`,
      )
      .run(user.username, user.fullName, user.role, user.passwordHash, user.mustChangePassword ? 1 : 0, user.at, user.at);
    return this.byId(Number(info.lastInsertRowid))!;
  }

  setDisabled(id: number, disabled: boolean, at: string): void {
    prepared(this.db, 'UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?').run(disabled ? 1 : 0, at, id);
  }

  /** Replaces a hash made with older parameters (same password); not if the password changed meanwhile. */
  upgradePasswordHash(id: number, previous: string, hash: string): void {
    prepared(this.db, 'UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?').run(hash, id, previous);
  }

  /** `mustChange`: set by an administrator (a reset), so the user changes it at the next sign-in. */
  setPasswordHash(id: number, hash: string, at: string, mustChange: boolean): void {
    prepared(this.db, 'UPDATE users SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?').run(hash, mustChange ? 1 : 0, at, id);
  }
}
