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

  /** When the username's wait ends; null when it may try now. */
  waitUntil(username: string): Date | null {
    const row = this.attempts(username);
    if (!row || row.failures < FREE_FAILURES) return null;
    const wait = Math.min(BASE_WAIT_MS * 2 ** (row.failures - FREE_FAILURES), MAX_WAIT_MS);
    const until = Date.parse(row.last_failure_at) + wait;
    return until > this.clock.now().getTime() ? new Date(until) : null;
  }

  /** Throws TOO_MANY_ATTEMPTS while the username must wait. */
  check(username: string): void {
    const until = this.waitUntil(username);
    if (!until) return;
    const seconds = Math.ceil((until.getTime() - this.clock.now().getTime()) / 1000);
    throw new DeskError(
      'TOO_MANY_ATTEMPTS',
      `Đăng nhập sai ${this.attempts(username)!.failures} lần liên tiếp. Vui lòng thử lại sau ${seconds} giây.`,
      { details: { retryAfterSeconds: seconds } },
    );
  }

  private attempts(username: string): { failures: number; last_failure_at: string } | undefined {
    return this.db.prepare('SELECT failures, last_failure_at FROM login_attempts WHERE username = ?').get(username) as
      | { failures: number; last_failure_at: string }
      | undefined;
  }

  recordFailure(username: string): void {
    this.db
      .prepare(
        `INSERT INTO login_attempts(username, failures, last_failure_at) VALUES (?, 1, ?)
         ON CONFLICT(username) DO UPDATE SET failures = failures + 1, last_failure_at = excluded.last_failure_at`,
      )
      .run(username, this.clock.now().toISOString());
  }

  /** A good password, or an administrator lifting the wait: the count starts again from zero. */
  recordSuccess(username: string): void {
    this.db.prepare('DELETE FROM login_attempts WHERE username = ?').run(username);
  }
}
