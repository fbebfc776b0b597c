import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditListItem } from '../../../shared/api';
import { vnDayStartIso } from '../../../shared/calendar/vietnam-time';

export interface AuditFilter {
  from?: string;
  to?: string;
  user?: string;
  method?: string;
  entityId?: string;
}

interface Row {
  id: number;
  at: string;
  username: string | null;
  method: string;
  transport: string;
  entity: string | null;
  entity_id: string | null;
  code: string | null;
  before_json: string | null;
  after_json: string | null;
}

/** A dossier code typed in the filter stands for the dossier's internal id (what the audit keeps). */
export function resolveDossierRef(db: Database.Database, ref: string): string {
  const row = db.prepare('SELECT id FROM dossiers WHERE code = ? COLLATE NOCASE').get(ref) as { id: string } | undefined;
  return row?.id ?? ref;
}

/** WHERE clause and parameters for the filters; every column has its own index (migration 012). */
function whereOf(db: Database.Database, filter: AuditFilter, beforeId: number | null): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (filter.from) add('a.at >= ?', vnDayStartIso(filter.from));
  if (filter.to) add('a.at < ?', vnDayStartIso(filter.to, 1));
  if (filter.user) add('a.username = ?', filter.user.toLowerCase());
  if (filter.method) {
    if (filter.method.endsWith('.')) add('a.method >= ? AND a.method < ?', filter.method, `${filter.method}\uffff`);
    else add('a.method = ?', filter.method);
  }
  if (filter.entityId) add('a.entity_id = ?', resolveDossierRef(db, filter.entityId));
  if (beforeId !== null) add('a.id < ?', beforeId);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Newest first, keyset-paged by id. */
export function listAudit(db: Database.Database, filter: AuditFilter, cursor: string | undefined, limit: number): { items: AuditListItem[]; nextCursor: string | null } {
  const { sql, params } = whereOf(db, filter, cursor ? Number(cursor) : null);
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.username, a.method, a.transport, a.entity, a.entity_id, d.code, a.before_json, a.after_json
       FROM audit_log a LEFT JOIN dossiers d ON a.entity = 'dossier' AND d.id = a.entity_id
       ${sql} ORDER BY a.id DESC LIMIT ?`,
    )
    .all(...params, limit + 1) as Row[];
  const page = rows.slice(0, limit).map(item);
  return { items: page, nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null };
}

function item(row: Row): AuditListItem {
  return {
    id: row.id,
    at: row.at,
    username: row.username,
    method: row.method,
    transport: row.transport,
    entity: row.entity,
    entityId: row.entity_id,
    dossierCode: row.code,
    before: row.before_json,
    after: row.after_json,
  };
}
