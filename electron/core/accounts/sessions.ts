import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Clock } from '../clock';
import { DeskError } from '../api/desk-error';
import type { UserRow } from './users-repository';
import { prepared } from '../db/prepared';

export interface SessionPolicy {
  /** The session locks after this much idle time. */
  idleMinutes: number;
  /** The session ends this long after sign-in, whatever happens. */
  maxHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, maxHours: 12 };

export interface AuthenticatedSession {
  tokenHash: string;
  user: UserRow;
}

// Refresh last_seen_at at most this often, so reads stay reads.
const TOUCH_EVERY_MS = 30_000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Session tokens: random, stored only as a hash; idle lock and maximum age. */
export class Sessions {
  constructor(
    private readonly db: Database.Database,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {}

  get idleMinutes(): number {
    return this.policy.idleMinutes;
  }

  create(userId: number): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expires = new Date(now.getTime() + this.policy.maxHours * 3_600_000);
    prepared(this.db, 'INSERT INTO sessions(token_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(hashToken(token), userId, now.toISOString(), now.toISOString(), expires.toISOString());
    return token;
  }

  /** Throws UNAUTHENTICATED with the reason in Vietnamese. */
  authenticate(token: string | null): AuthenticatedSession {
    if (!token) throw new DeskError('UNAUTHENTICATED', 'Bạn chưa đăng nhập.');
    const tokenHash = hashToken(token);
    const row = prepared(this.db, 
        `SELECT s.last_seen_at, s.expires_at, s.ended_at, u.*
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
      )
      .get(tokenHash) as (UserRow & { last_seen_at: string; expires_at: string; ended_at: string | null }) | undefined;
    if (!row || row.ended_at) throw new DeskError('UNAUTHENTICATED', 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.');
    if (row.disabled) throw new DeskError('UNAUTHENTICATED', 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.');
    const now = this.clock.now().getTime();
    if (now >= Date.parse(row.expires_at)) {
      this.end(tokenHash);
      throw new DeskError('UNAUTHENTICATED', 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    }
    const lastSeen = Date.parse(row.last_seen_at);
    if (now - lastSeen >= this.policy.idleMinutes * 60_000) {
      this.end(tokenHash);
      throw new DeskError(
        'UNAUTHENTICATED',
        `Phiên làm việc đã khóa sau ${this.policy.idleMinutes} phút không thao tác. Vui lòng đăng nhập lại.`,
      );
    }
    if (now - lastSeen >= TOUCH_EVERY_MS) {
      prepared(this.db, 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(new Date(now).toISOString(), tokenHash);
    }
    const { last_seen_at: _l, expires_at: _e, ended_at: _d, ...user } = row;
    return { tokenHash, user };
  }

  end(tokenHash: string): void {
    prepared(this.db, 'UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(this.clock.now().toISOString(), tokenHash);
  }

  endAllOf(userId: number): void {
    prepared(this.db, 'UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL').run(this.clock.now().toISOString(), userId);
  }
}
