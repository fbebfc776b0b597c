import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../db/prepared';

/**
 * The audit log as a hash chain: each row keeps the previous row's hash (`prev_hash`) and its own
 * SHA-256 (`hash`) over a canonical encoding of every field, the id and prev_hash included. Changing
 * a row breaks its own hash, deleting one breaks the next row's link, inserting one breaks both
 * unless its forger rewrote everything after it; cutting rows off the end is caught by the head
 * kept elsewhere (backup manifests, the foot of the day's cash report).
 */

/** prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);
/** Version tag inside the encoding: a future encoding gets a new tag, never a silent change. */
const ENCODING = 'motcua-audit/1';

/** The stored fields of one audit row, exactly as in the table. */
export interface AuditRowFields {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  method: string;
  transport: string;
  entity: string | null;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

/**
 * The canonical encoding: a JSON array in a fixed order (JSON.stringify of strings, integers and
 * null is deterministic), so the same row always gives the same bytes on every machine.
 */
export function canonicalAuditEncoding(row: AuditRowFields, prevHash: string): string {
  return JSON.stringify([
    ENCODING,
    row.id,
    row.at,
    row.user_id,
    row.username,
    row.method,
    row.transport,
    row.entity,
    row.entity_id,
    row.before_json,
    row.after_json,
    prevHash,
  ]);
}

export function auditRowHash(row: AuditRowFields, prevHash: string): string {
  return createHash('sha256').update(canonicalAuditEncoding(row, prevHash), 'utf8').digest('hex');
}

export interface AuditChainHead {
  /** Id of the last audit row (0 when the log is empty). */
  id: number;
  /** Its hash (GENESIS_HASH when the log is empty). */
  hash: string;
  /** When it was written (UTC), null when the log is empty. */
  at: string | null;
}

/**
 * The chain's head: the anchor to keep outside the database (backup manifest, cash report).
 * A later check finds row `id` with this `hash`, or knows rows were cut or rewritten.
 */
export function auditChainHead(db: Database.Database): AuditChainHead {
  const row = prepared(db, 'SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string | null; at: string }
    | undefined;
  if (!row) return { id: 0, hash: GENESIS_HASH, at: null };
  return { id: row.id, hash: row.hash ?? '', at: row.at };
}

export interface AuditChainCheck {
  ok: boolean;
  /** Rows checked, the first broken one included. */
  checked: number;
  firstBroken?: { id: number; at: string; reason: string };
}

/** An anchor kept elsewhere: row `id` must still exist with this hash. */
export interface AuditAnchor {
  id: number;
  hash: string;
  /** Where it was kept, for the message (e.g. 'bản sao lưu 2026-11-25'). */
  source: string;
  /** When it was taken (UTC): named as the break's time when the row itself is gone. */
  at?: string;
}

const SELECT_CHUNK = 'SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?';

type StoredRow = AuditRowFields & { prev_hash: string | null; hash: string | null };

/**
 * Walks the chain in id order, in chunks with a pause between them so a long log never blocks
 * the event loop for long. Names the first row whose link or hash does not hold.
 */
export async function verifyAuditChain(
  db: Database.Database,
  options: { chunk?: number; anchors?: readonly AuditAnchor[]; pause?: () => Promise<void> } = {},
): Promise<AuditChainCheck> {
  const chunk = options.chunk ?? 500; // about 10-12 ms of work between pauses on this machine (20-25 µs a row)
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = prepared(db, SELECT_CHUNK).all(lastId, chunk) as StoredRow[];
    for (const row of rows) {
      checked++;
      if (row.prev_hash !== expectedPrev) {
        return broken(checked, row, expectedPrev === GENESIS_HASH && lastId === 0 ? 'dòng đầu tiên không nối với gốc chuỗi' : 'không nối với dòng liền trước (có dòng bị xoá, chèn hoặc sửa)');
      }
      if (row.hash !== auditRowHash(row, expectedPrev)) return broken(checked, row, 'nội dung dòng đã bị thay đổi');
      expectedPrev = row.hash;
      lastId = row.id;
    }
    if (rows.length < chunk) break;
    await pause();
  }
  for (const anchor of options.anchors ?? []) {
    const row = prepared(db, 'SELECT id, at, hash FROM audit_log WHERE id = ?').get(anchor.id) as { id: number; at: string; hash: string } | undefined;
    if (anchor.id === 0 && anchor.hash === GENESIS_HASH) continue; // a backup of an empty log anchors nothing
    if (!row || row.hash !== anchor.hash) {
      const at = row?.at ?? anchor.at ?? '';
      return { ok: false, checked, firstBroken: { id: anchor.id, at, reason: `không khớp với mốc lưu ở ${anchor.source} (có dòng bị cắt bỏ hoặc viết lại)` } };
    }
  }
  return { ok: true, checked };
}

function broken(checked: number, row: StoredRow, reason: string): AuditChainCheck {
  return { ok: false, checked, firstBroken: { id: row.id, at: row.at, reason } };
}

/**
 * Gives every row a link and a hash, in id order, from the first row that has none (the migration
 * runs it over the rows written before the chain existed). Runs inside the caller's transaction.
 */
export function chainUnhashedRows(db: Database.Database): number {
  const select = db.prepare('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT 1000');
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  let prev = GENESIS_HASH;
  let lastId = 0;
  let count = 0;
  for (;;) {
    const rows = select.all(lastId) as StoredRow[];
    for (const row of rows) {
      const hash = auditRowHash(row, prev);
      update.run(prev, hash, row.id);
      prev = hash;
      lastId = row.id;
      count++;
    }
    if (rows.length < 1000) return count;
  }
}
