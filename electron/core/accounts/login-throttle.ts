import type Database from 'better-sqlite3-multiple-ciphers';
import type { Clock } from '../clock';
import { DeskError } from '../api/desk-error';

// After this many consecutive failures a username must wait, doubling from BASE_WAIT_MS.
const FREE_FAILURES = 3;
const BASE_WAIT_MS = 5_000;
const MAX_WAIT_MS = 15 * 60_000;

/** Slows down repeated failed sign-ins per username (survives restarts: it is in the database). */
export class LoginThrottle {
  /** The attempt under way for each username; the next one starts when it has settled. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Database.Database,
    private readonly clock: Clock,
  ) {}

  /**
   * Runs one password attempt for `username` after the ones already under way have settled, so
   * however many arrive at once, at most FREE_FAILURES passwords are checked before the wait
   * starts (a password check takes tens of milliseconds: checked side by side, 100 attempts would
   * all pass `check` before the first failure was counted).
   */
  serialised<T>(username: string, attempt: () => Promise<T>): Promise<T> {
    const key = username.toLowerCase();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(attempt, attempt);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }

  /** Throws TOO_MANY_ATTEMPTS while the username must wait. */
  check(username: string): void {
    const row = this.db.prepare('SELECT failures, last_failure_at FROM login_attempts WHERE username = ?').get(username) as
      | { failures: number; last_failure_at: string }
      | undefined;
    if (!row || row.failures < FREE_FAILURES) return;
    const wait = Math.min(BASE_WAIT_MS * 2 ** (row.failures - FREE_FAILURES), MAX_WAIT_MS);
    const remaining = Date.parse(row.last_failure_at) + wait - this.clock.now().getTime();
    if (remaining > 0) {
      throw new DeskError(
        'TOO_MANY_ATTEMPTS',
        `Đăng nhập sai ${row.failures} lần liên tiếp. Vui lòng thử lại sau ${Math.ceil(remaining / 1000)} giây.`,
        { details: { retryAfterSeconds: Math.ceil(remaining / 1000) } },
      );
    }
  }

  recordFailure(username: string): void {
    this.db
      .prepare(
        `INSERT INTO login_attempts(username, failures, last_failure_at) VALUES (?, 1, ?)
         ON CONFLICT(username) DO UPDATE SET failures = failures + 1, last_failure_at = excluded.last_failure_at`,
      )
      .run(username, this.clock.now().toISOString());
  }

  recordSuccess(username: string): void {
    this.db.prepare('DELETE FROM login_attempts WHERE username = ?').run(username);
  }
}
