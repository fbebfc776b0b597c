/** `POST /auth` sessions: users from the options, tokens in the store, expiry on the portal's clock. */
import crypto from 'node:crypto';
import type { Clock } from '../core/clock';
import type { PortalStore } from './portal-store';

export interface PortalUser {
  username: string;
  password: string;
}

export const DEFAULT_USERS: readonly PortalUser[] = [{ username: 'tap-huan', password: 'tap-huan-123' }];
export const DEFAULT_SESSION_TTL_SECONDS = 3600;

export class SessionAuth {
  ttlSeconds: number;

  constructor(
    private readonly store: PortalStore,
    private readonly clock: Clock,
    private readonly users: readonly PortalUser[],
    ttlSeconds = DEFAULT_SESSION_TTL_SECONDS,
  ) {
    this.ttlSeconds = ttlSeconds;
  }

  /** A new session token, or null for bad credentials. */
  login(username: unknown, password: unknown): string | null {
    const user = this.users.find((u) => u.username === username);
    if (!user || typeof password !== 'string' || !sameText(user.password, password)) return null;
    const token = crypto.randomBytes(24).toString('hex');
    this.store.addSession(token, user.username, this.clock.now().getTime() + this.ttlSeconds * 1000);
    return token;
  }

  /** True while the token is known and not expired. */
  isValid(token: string): boolean {
    const expiresAt = this.store.sessionExpiry(token);
    return expiresAt !== null && expiresAt > this.clock.now().getTime();
  }

  expire(token: string): void {
    this.store.expireSession(token);
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
