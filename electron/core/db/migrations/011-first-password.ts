import type { Migration } from './migration';

/**
 * An account whose password an administrator set (created or reset) must change it at its next
 * sign-in; until then the core answers only the password change. Accounts that exist already
 * keep working as they are.
 */
export default {
  version: 11,
  name: 'first-password',
  up(db) {
    db.exec(`
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
`);
  },
} satisfies Migration;
