import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * One step of the schema, in its own file `NNN-name.ts`. The runner (../migrate.ts) applies the
 * pending ones in order inside one transaction and then sets user_version to the last version, so
 * `up` never commits and never touches user_version. A shipped migration is never edited: a change
 * is a new file with the next number.
 */
export interface Migration {
  /** The database's user_version once this step is applied: 1 for the first file, then +1 each. */
  readonly version: number;
  /** The file's name after its number, for messages. */
  readonly name: string;
  up(db: Database.Database): void;
}
