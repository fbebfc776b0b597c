import type Database from 'better-sqlite3-multiple-ciphers';
import type { RatingScore } from '../../../shared/api/ratings';
import { prepared } from '../db/prepared';

export interface RatingRow {
  dossier_id: string;
  score: RatingScore;
  reasons_json: string;
  comment: string | null;
  officer_id: number | null;
  closed_status: 3 | 10;
  closed_at: string;
  recorded_via: 'display' | 'officer';
  recorded_at: string;
}

/** A dossier's closing step a citizen may rate: its hand-over (10) or its refusal (3), the latest. */
export interface ClosingStep {
  dossierId: string;
  code: string;
  procedureName: string;
  status: 3 | 10;
  at: string;
  userId: number | null;
}

export function ratingOf(db: Database.Database, dossierId: string): RatingRow | undefined {
  return prepared(db, 'SELECT * FROM ratings WHERE dossier_id = ?').get(dossierId) as RatingRow | undefined;
}

/** The hand-over or refusal that closed the dossier, if it is closed that way now. */
export function closingStepOf(db: Database.Database, dossierId: string): ClosingStep | undefined {
  return prepared(
    db,
    `SELECT d.id AS dossierId, d.code, d.procedure_name AS procedureName, h.status, h.at, h.user_id AS userId
     FROM dossiers d JOIN dossier_status_history h ON h.dossier_id = d.id AND h.status = d.status
     WHERE d.id = ? AND d.status IN (3, 10) ORDER BY h.id DESC LIMIT 1`,
  ).get(dossierId) as ClosingStep | undefined;
}

/** The last hand-over or refusal this officer made, whatever dossier. */
export function lastClosingStepBy(db: Database.Database, userId: number): ClosingStep | undefined {
  return prepared(
    db,
    `SELECT d.id AS dossierId, d.code, d.procedure_name AS procedureName, h.status, h.at, h.user_id AS userId
     FROM dossier_status_history h JOIN dossiers d ON d.id = h.dossier_id
     WHERE h.user_id = ? AND h.status IN (3, 10) AND d.status = h.status ORDER BY h.id DESC LIMIT 1`,
  ).get(userId) as ClosingStep | undefined;
}

export function insertRating(db: Database.Database, row: RatingRow): void {
  prepared(
    db,
    `INSERT INTO ratings(dossier_id, score, reasons_json, comment, officer_id, closed_status, closed_at, recorded_via, recorded_at)
     VALUES (@dossier_id, @score, @reasons_json, @comment, @officer_id, @closed_status, @closed_at, @recorded_via, @recorded_at)`,
  ).run(row);
}

/** The ratings recorded in [from, to) (UTC instants), for a satisfaction figure. */
export function ratingsBetween(db: Database.Database, from: string, to: string): RatingRow[] {
  return prepared(db, 'SELECT * FROM ratings WHERE recorded_at >= ? AND recorded_at < ? ORDER BY recorded_at').all(from, to) as RatingRow[];
}
