import type Database from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../db/prepared';
import type { AuditActor, AuditEntry } from '../api/call-records';
import { auditRowHash, GENESIS_HASH, type AuditRowFields } from './audit-chain';

export type { AuditActor, AuditEntry } from '../api/call-records';

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

/**
 * Appends audit entries, each chained to the one before (audit-chain.ts); the caller's transaction
 * makes them part of the change, so the head read here cannot move before the insert.
 */
export class AuditLog {
  constructor(private readonly db: Database.Database) {}

  record(at: Date, actor: AuditActor, method: string, transport: string, entry: AuditEntry): void {
    const head = prepared(this.db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null } | undefined;
    const row: AuditRowFields = {
      id: (head?.id ?? 0) + 1,
      at: at.toISOString(),
      user_id: actor.userId,
      username: actor.username,
      method,
      transport,
      entity: entry.entity ?? null,
      entity_id: entry.entityId ?? null,
      before_json: entry.before === undefined ? null : JSON.stringify(redactSecrets(entry.before)),
      after_json: entry.after === undefined ? null : JSON.stringify(redactSecrets(entry.after)),
    };
    // A head without a hash is a broken chain: the new row links to '' and verification names the break.
    const prevHash = head ? (head.hash ?? '') : GENESIS_HASH;
    prepared(
      this.db,
      `INSERT INTO audit_log(id, at, user_id, username, method, transport, entity, entity_id, before_json, after_json, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(row.id, row.at, row.user_id, row.username, row.method, row.transport, row.entity, row.entity_id, row.before_json, row.after_json, prevHash, auditRowHash(row, prevHash));
  }
}
