import type Database from 'better-sqlite3-multiple-ciphers';
import { foldVietnamese } from '../../../shared/text';
import { prepared } from '../db/prepared';

/** Keeps the folded-name index (FTS5, rowid = the dossier's rowid) in step with the dossier. */
export function indexApplicantName(db: Database.Database, rowid: number, fullName: string): void {
  prepared(db, 'DELETE FROM dossier_search WHERE rowid = ?').run(rowid);
  prepared(db, 'INSERT INTO dossier_search(rowid, folded) VALUES (?, ?)').run(rowid, foldVietnamese(fullName));
}

/** "Nguyễn Văn Đức" -> `"nguyen"* AND "van"* AND "duc"*`: every word, as a prefix, diacritics ignored. */
export function nameMatchQuery(search: string): string | null {
  const words = foldVietnamese(search)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `"${w}"*`).join(' AND ') : null;
}

/** The characters of a dossier code: an agency id, a date and a daily number, joined by dots and dashes. */
const CODE_CHARACTERS = /^[A-Za-z0-9.-]{2,}$/;

/**
 * The search text read as a piece of a dossier code, upper-cased, or null when it is not one:
 * it has a digit and only a code's characters, and is not a bare ID-card or phone number (six
 * digits or more with no dash; an agency id's head "000.00.00." is a code).
 */
export function codeSearchText(search: string): string | null {
  const text = search.replace(/\s+/g, '');
  if (!CODE_CHARACTERS.test(text) || !/\d/.test(text)) return null;
  if (/^\+?[\d.]+$/.test(text) && text.replace(/\./g, '').length >= 6 && !/^\d{3}\.\d{2}\.\d{2}\./.test(text)) return null;
  return text.toUpperCase();
}

/** The key `code_reversed` (migration 010, compared without case) starts with for a code ending in this tail. */
export function codeTailKey(upperText: string): string {
  return [...upperText].reverse().join('');
}
