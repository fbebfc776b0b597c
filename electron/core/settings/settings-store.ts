import type Database from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../db/prepared';

/** Key/value settings kept as JSON in the database (never secrets: see portal settings). */
export class SettingsStore {
  constructor(private readonly db: Database.Database) {}

  get<T>(key: string, fallback: T): T {
    const row = prepared(this.db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : fallback;
  }

  set(key: string, value: unknown): void {
    prepared(this.db, 'INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }
}
