import type Database from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../db/prepared';

/** A row of the dossiers table, as SQLite returns it. */
export interface DossierRow {
  rowid: number;
  id: string;
  code: string;
  agency_id: string;
  channel: number;
  origin: 'local' | 'feed';
  procedure_code: string;
  procedure_name: string;
  field_code: string;
  field_name: string;
  status: number;
  applicant_json: string;
  applicant_name: string;
  applicant_id_number: string | null;
  applicant_phone: string | null;
  delegate_json: string | null;
  sets: number;
  fee_quantities_json: string;
  applicant_groups_json: string;
  exemption_evidence: string | null;
  fee_collection: 'before' | 'after' | 'none';
  return_method: 'counter' | 'post';
  postal_address: string | null;
  note: string | null;
  processing_time_json: string;
  supplement_rule: 'pause' | 'restart';
  submitted_at: string | null;
  received_at: string;
  due_at: string | null;
  paused_at: string | null;
  supplement_json: string | null;
  refusal_json: string | null;
  collected_by_json: string | null;
  refused_at: string | null;
  finished_at: string | null;
  returned_at: string | null;
  /** 1 when the portal says the fee was paid online (DuocThanhToanTrucTuyen 1 or 2; migration 015). */
  paid_online: number;
  /** The result documents as the portal sent them (migration 004). */
  results_json?: string | null;
  sync_conflict_json?: string | null;
  sync_issue_at?: string | null;
  /** The HoSo the portal last acknowledged or sent: the base of a three-way merge. */
  synced_snapshot_json?: string | null;
  received_by: number | null;
  counter: number;
  book_number: string | null;
  row_number: number | null;
  revision: number;
  synced_revision: number;
  sync_state: string;
  sync_message: string | null;
  created_at: string;
  updated_at: string;
}

/** The dossier's row with its rowid, or undefined when there is none: the one reader of a dossier by id. */
export function readDossierRow(db: Database.Database, id: string): DossierRow | undefined {
  return prepared(db, 'SELECT rowid, * FROM dossiers WHERE id = ?').get(id) as DossierRow | undefined;
}
