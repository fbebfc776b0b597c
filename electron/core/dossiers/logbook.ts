import type Database from 'better-sqlite3-multiple-ciphers';
import { vnIsoDate } from '../../../shared/calendar';
import { prepared } from '../db/prepared';

/** Sổ theo dõi hồ sơ: one book per counter and Vietnam year ("01/2026"), rows numbered from 1. */
export function nextLogbookRow(db: Database.Database, counter: number, at: Date): { bookNumber: string; rowNumber: number } {
  const bookNumber = `${String(counter).padStart(2, '0')}/${vnIsoDate(at).slice(0, 4)}`;
  const row = prepared(db, 
      `INSERT INTO logbook_books(book, last_row) VALUES (?, 1)
       ON CONFLICT(book) DO UPDATE SET last_row = last_row + 1 RETURNING last_row`,
    )
    .get(bookNumber) as { last_row: number };
  return { bookNumber, rowNumber: row.last_row };
}
