import type Database from 'better-sqlite3';
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
