/**
 * The versioned catalogue in the database (migration 016): every version of a procedure, and the
 * head that intake uses. A new version is stored only when the mapped procedure differs from the
 * head's; a withdrawal marks the head and keeps every version readable.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { MappingIssue, Procedure } from '../../../shared/catalog';
import { prepared } from '../db/prepared';

export interface CatalogHead {
  code: string;
  version: number;
  withdrawnAt: string | null;
  procedure: Procedure;
  hash: string;
}

export interface StoredVersion {
  procedure: Procedure;
  /** The national record as the portal sent it, or null (a loaded file). */
  national: unknown;
  issues: MappingIssue[];
  source: 'portal' | 'file';
  portalUpdatedAt: string | null;
}

/** A procedure's content hash: the same mapped procedure is the same version. */
export function procedureHash(procedure: Procedure): string {
  return createHash('sha256').update(JSON.stringify(procedure)).digest('hex');
}

export function readHeads(db: Database.Database): CatalogHead[] {
  const rows = prepared(
    db,
    `SELECT h.code, h.version, h.withdrawn_at, v.procedure_json, v.content_hash
       FROM catalog_procedure_heads h JOIN catalog_procedure_versions v ON v.code = h.code AND v.version = h.version`,
  ).all() as Array<{ code: string; version: number; withdrawn_at: string | null; procedure_json: string; content_hash: string }>;
  return rows.map((r) => ({ code: r.code, version: r.version, withdrawnAt: r.withdrawn_at, procedure: JSON.parse(r.procedure_json) as Procedure, hash: r.content_hash }));
}

export function readVersion(db: Database.Database, code: string, version: number): Procedure | undefined {
  const row = prepared(db, 'SELECT procedure_json FROM catalog_procedure_versions WHERE code = ? AND version = ?').get(code, version) as { procedure_json: string } | undefined;
  return row ? (JSON.parse(row.procedure_json) as Procedure) : undefined;
}

/**
 * Stores the procedure as the head: 'added' (first version), 'changed' (a new version), or
 * 'same' (the head already has this content; a withdrawn head comes back). Inside a transaction.
 */
export function storeVersion(db: Database.Database, v: StoredVersion, at: string): { outcome: 'added' | 'changed' | 'same'; version: number } {
  const hash = procedureHash(v.procedure);
  const code = v.procedure.code;
  const head = prepared(
    db,
    `SELECT h.version, h.withdrawn_at, v.content_hash FROM catalog_procedure_heads h
       JOIN catalog_procedure_versions v ON v.code = h.code AND v.version = h.version WHERE h.code = ?`,
  ).get(code) as { version: number; withdrawn_at: string | null; content_hash: string } | undefined;
  if (head && head.content_hash === hash) {
    if (head.withdrawn_at) prepared(db, 'UPDATE catalog_procedure_heads SET withdrawn_at = NULL WHERE code = ?').run(code);
    return { outcome: head.withdrawn_at ? 'added' : 'same', version: head.version };
  }
  const version = (head?.version ?? 0) + 1;
  prepared(
    db,
    `INSERT INTO catalog_procedure_versions(code, version, procedure_json, national_json, content_hash, issues_json, source, portal_updated_at, stored_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(code, version, JSON.stringify(v.procedure), v.national === null ? null : JSON.stringify(v.national), hash, JSON.stringify(v.issues), v.source, v.portalUpdatedAt, at);
  prepared(db, 'INSERT INTO catalog_procedure_heads(code, version, withdrawn_at) VALUES (?, ?, NULL) ON CONFLICT(code) DO UPDATE SET version = excluded.version, withdrawn_at = NULL').run(code, version);
  return { outcome: head && !head.withdrawn_at ? 'changed' : 'added', version };
}

/** Marks a procedure withdrawn; false when it is unknown or already withdrawn. */
export function withdrawProcedure(db: Database.Database, code: string, at: string): boolean {
  return prepared(db, 'UPDATE catalog_procedure_heads SET withdrawn_at = ? WHERE code = ? AND withdrawn_at IS NULL').run(at, code).changes > 0;
}
