import type Database from 'better-sqlite3-multiple-ciphers';

export interface AuditEntry {
  /** What changed, e.g. 'user', 'dossier'. */
  entity?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditActor {
  userId: number | null;
  username: string | null;
}

const SECRET_KEYS = /pass(word)?|token|secret/i;

/** Copies a value with secrets replaced, so no password ever reaches the audit log. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '***' : redactSecrets(v)]),
    );
  }
  return value;
}

/** Appends audit entries; the caller's transaction makes them part of the change. */
export class AuditLog {
  private readonly insert;
  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO audit_log(at, user_id, username, method, transport, entity, entity_id, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  record(at: Date, actor: AuditActor, method: string, transport: string, entry: AuditEntry): void {
    this.insert.run(
      at.toISOString(),
      actor.userId,
      actor.username,
      method,
      transport,
      entry.entity ?? null,
      entry.entityId ?? null,
      entry.before === undefined ? null : JSON.stringify(redactSecrets(entry.before)),
      entry.after === undefined ? null : JSON.stringify(redactSecrets(entry.after)),
    );
  }
}
