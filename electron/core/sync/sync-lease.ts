import type Database from 'better-sqlite3-multiple-ciphers';
import type { Clock } from '../clock';
import { prepared } from '../db/prepared';

/** How long a lease lasts without renewal: a dead worker's lease is taken over within this (< 30 s). */
export const LEASE_MS = 20_000;

/**
 * One sync worker per data folder: a lease row in the database, renewed every round. A second
 * process (or window) on the same folder sees a live lease and does not sync.
 */
export class SyncLease {
  constructor(
    private readonly db: Database.Database,
    private readonly clock: Clock,
    readonly holder: string,
  ) {}

  /** Takes or renews the lease; false while another live holder has it. */
  acquire(): boolean {
    const now = this.clock.now().getTime();
    return this.db.transaction(() => {
      const row = prepared(this.db, `SELECT value FROM settings WHERE key = 'sync_lease'`).get() as { value: string } | undefined;
      const lease = row ? (JSON.parse(row.value) as { holder: string; expiresAt: number }) : null;
      if (lease && lease.holder !== this.holder && lease.expiresAt > now) return false;
      prepared(this.db, `INSERT INTO settings(key, value) VALUES ('sync_lease', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`)
        .run(JSON.stringify({ holder: this.holder, expiresAt: now + LEASE_MS }));
      return true;
    }).immediate();
  }

  release(): void {
    prepared(this.db, `DELETE FROM settings WHERE key = 'sync_lease' AND json_extract(value, '$.holder') = ?`).run(this.holder);
  }
}
