import { randomInt, timingSafeEqual } from 'node:crypto';

/** The throttle's key for setup-code attempts (not a valid username, so it never meets an account's count). */
export const SETUP_CODE_THROTTLE_KEY = '#setup-code';

/** "123-456" or "123456", spaces allowed: what the officer types from the console. */
export function normaliseSetupCode(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/**
 * The one-time code that lets the first administrator be created (a desk started without one and
 * without --admin-password). Made in memory at start, printed on the host's console (or handed by
 * the Electron main process to its own window), gone once the administrator exists: another local
 * process that reaches the loopback port cannot claim the desk without it.
 */
export class SetupCode {
  private current: string | null;

  constructor(needed: boolean) {
    this.current = needed ? String(randomInt(0, 1_000_000)).padStart(6, '0') : null;
  }

  /** "123-456" while no administrator exists; null after. */
  get display(): string | null {
    return this.current === null ? null : `${this.current.slice(0, 3)}-${this.current.slice(3)}`;
  }

  matches(typed: string): boolean {
    if (this.current === null) return false;
    const given = Buffer.from(normaliseSetupCode(typed));
    const expected = Buffer.from(this.current);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The administrator exists: the code never works again. */
  consume(): void {
    this.current = null;
  }
}
