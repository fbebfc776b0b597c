import type Database from 'better-sqlite3-multiple-ciphers';
import type { AccessLogItem, AccessPurpose } from '../../../shared/api';
import type { PersonalDataRead } from '../../../shared/api/personal-data';
import { prepared } from '../db/prepared';
import type { SettingsStore } from '../settings';
import type { AuditActor } from '../audit';

/** The setting that says how long the access log is kept, in months. */
export const ACCESS_LOG_RETENTION_SETTING = 'privacy.accessLogRetentionMonths';
export const DEFAULT_ACCESS_LOG_RETENTION_MONTHS = 24;

export function accessLogRetentionMonths(settings: SettingsStore): number {
  return settings.get<number>(ACCESS_LOG_RETENTION_SETTING, DEFAULT_ACCESS_LOG_RETENTION_MONTHS);
}

/**
 * The access log: one row per read of a person's data (who, when, through which method, which
 * dossier or which search words). Each row is its own durable insert, written after the read
 * answered; it never goes to the process log (it holds search words and ID numbers).
 */
export class AccessLog {
  constructor(private readonly db: Database.Database) {}

  /**
   * One insert committed with synchronous=NORMAL (then the connection's own level again): in WAL
   * mode the entry survives a crash of the process at once and reaches the disk with the next
   * durable commit or checkpoint, so a read costs no fsync of its own (p95 8.4 ms -> see README).
   * Only a power cut before the next durable write can lose the last entries.
   */
  record(at: Date, actor: AuditActor, method: string, transport: string, read: PersonalDataRead): void {
    const dossierId = read.dossierId ?? this.dossierOf(read);
    const level = this.db.pragma('synchronous', { simple: true }) as number;
    this.db.pragma('synchronous = NORMAL');
    try {
      prepared(
        this.db,
        `INSERT INTO access_log(at, user_id, username, method, transport, purpose, dossier_id, attachment_id, words, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(at.toISOString(), actor.userId, actor.username, method, transport, read.purpose, dossierId, read.attachmentId ?? null, read.words ?? null, read.detail ?? null);
    } finally {
      this.db.pragma(`synchronous = ${level}`);
    }
  }

  private dossierOf(read: PersonalDataRead): string | null {
    const one = (sql: string, id: string) => (prepared(this.db, sql).get(id) as { d: string } | undefined)?.d ?? null;
    if (read.attachmentId) return one('SELECT dossier_id AS d FROM attachments WHERE id = ?', read.attachmentId);
    if (read.paymentId) return one('SELECT dossier_id AS d FROM payments WHERE id = ?', read.paymentId);
    if (read.movementId) return one('SELECT p.dossier_id AS d FROM cash_movements m JOIN payments p ON p.id = m.payment_id WHERE m.id = ?', read.movementId);
    return null;
  }

  /** Drops entries older than the retention; returns how many went. */
  purge(now: Date, months: number): number {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
    return prepared(this.db, 'DELETE FROM access_log WHERE at < ?').run(cutoff.toISOString()).changes;
  }
}

interface AccessRow {
  id: number;
  at: string;
  username: string | null;
  method: string;
  transport: string;
  purpose: AccessPurpose;
  dossier_id: string | null;
  code: string | null;
  attachment_id: string | null;
  words: string | null;
  detail: string | null;
}

export const ACCESS_SELECT = `SELECT a.id, a.at, a.username, a.method, a.transport, a.purpose, a.dossier_id, d.code, a.attachment_id, a.words, a.detail
  FROM access_log a LEFT JOIN dossiers d ON d.id = a.dossier_id`;

export function accessItem(row: AccessRow): AccessLogItem {
  return {
    id: row.id,
    at: row.at,
    username: row.username,
    method: row.method,
    transport: row.transport,
    purpose: row.purpose,
    dossierId: row.dossier_id,
    dossierCode: row.code,
    attachmentId: row.attachment_id,
    words: row.words,
    detail: row.detail,
  };
}

export function accessRows(db: Database.Database, where: string, params: unknown[], limit: number): AccessLogItem[] {
  return (db.prepare(`${ACCESS_SELECT} ${where ? `WHERE ${where}` : ''} ORDER BY a.id DESC LIMIT ?`).all(...params, limit) as AccessRow[]).map(accessItem);
}
