import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Clock } from '../clock';
import { DeskError } from '../api/desk-error';
import type { UserRow } from './users-repository';
import type { SessionKind } from '../api/call-records';
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
  /** 'display': a citizen display's token, alive while its officer's session is. */
  kind: SessionKind;
}

interface SessionRow {
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  display_of: string | null;
  officer_last_seen_at: string | null;
  officer_expires_at: string | null;
  officer_ended_at: string | null;
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

  /**
   * A citizen display's token for the officer's session (display.open): it ends with that session
   * (sign-out, idle lock, expiry) or at display.close; it has no idle lock of its own.
   */
  createDisplay(officerTokenHash: string, userId: number): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now().toISOString();
    const officer = prepared(this.db, 'SELECT expires_at FROM sessions WHERE token_hash = ?').get(officerTokenHash) as { expires_at: string } | undefined;
    if (!officer) throw new DeskError('UNAUTHENTICATED', 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.');
    prepared(this.db, 'INSERT INTO sessions(token_hash, user_id, created_at, last_seen_at, expires_at, display_of) VALUES (?, ?, ?, ?, ?, ?)')
      .run(hashToken(token), userId, now, now, officer.expires_at, officerTokenHash);
    return token;
  }

  /** Ends the display tokens of an officer's session; answers how many were open. */
  endDisplaysOf(officerTokenHash: string): number {
    return prepared(this.db, 'UPDATE sessions SET ended_at = ? WHERE display_of = ? AND ended_at IS NULL').run(this.clock.now().toISOString(), officerTokenHash).changes;
  }

  /** Throws UNAUTHENTICATED with the reason in Vietnamese. */
  authenticate(token: string | null): AuthenticatedSession {
    if (!token) throw new DeskError('UNAUTHENTICATED', 'Bạn chưa đăng nhập.');
    const tokenHash = hashToken(token);
    const row = prepared(this.db,
        `SELECT s.last_seen_at, s.expires_at, s.ended_at, s.display_of,
                o.last_seen_at AS officer_last_seen_at, o.expires_at AS officer_expires_at, o.ended_at AS officer_ended_at, u.*
         FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN sessions o ON o.token_hash = s.display_of
         WHERE s.token_hash = ?`,
      )
      .get(tokenHash) as (UserRow & SessionRow) | undefined;
    if (row?.ended_at && row.display_of !== null) throw new DeskError('UNAUTHENTICATED', 'Màn hình công dân đã đóng.');
    if (!row || row.ended_at) throw new DeskError('UNAUTHENTICATED', 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.');
    if (row.disabled) throw new DeskError('UNAUTHENTICATED', 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.');
    const now = this.clock.now().getTime();
    const { last_seen_at: _l, expires_at: _e, ended_at: _d, display_of: displayOf, officer_last_seen_at: officerSeen, officer_expires_at: _oe, officer_ended_at: officerEnded, ...user } = row;
    if (displayOf !== null) {
      // The display lives as long as its officer's session: not after a sign-out, an expiry or an idle lock.
      const officerIdle = officerSeen === null || now - Date.parse(officerSeen) >= this.policy.idleMinutes * 60_000;
      if (officerEnded !== null || officerIdle || now >= Date.parse(row.expires_at)) {
        this.end(tokenHash);
        throw new DeskError('UNAUTHENTICATED', 'Màn hình công dân đã đóng vì phiên làm việc của cán bộ đã kết thúc.');
      }
      return { tokenHash, user, kind: 'display' };
    }
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
    return { tokenHash, user, kind: 'user' };
  }

  end(tokenHash: string): void {
    prepared(this.db, 'UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(this.clock.now().toISOString(), tokenHash);
  }

  endAllOf(userId: number): void {
    prepared(this.db, 'UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL').run(this.clock.now().toISOString(), userId);
  }
}
