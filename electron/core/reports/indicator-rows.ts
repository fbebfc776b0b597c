import type Database from 'better-sqlite3-multiple-ciphers';
import type { ProcessingTime } from '../../../shared/calendar';
import { prepared } from '../db/prepared';
import type { DossierFacts } from './dossier-judgement';

/**
 * The dossiers "received or processed in the period": received before its end and not ended before
 * its start. Not counted: online filings not yet received (1) and dossiers refused at intake (3),
 * which were never received. The candidates come first (received in the period, from the
 * received_at index; received earlier and open now, or ended within the period), so the per-dossier
 * reads below run only for them.
 */
const COUNTED_SQL = `
WITH candidates(rid) AS (
  SELECT rowid FROM dossiers WHERE received_at >= @start AND received_at < @end
  UNION SELECT rowid FROM dossiers WHERE status IN (2, 4, 5, 6) AND received_at < @start
  UNION SELECT rowid FROM dossiers WHERE received_at < @start AND coalesce(finished_at, returned_at) >= @start
  UNION SELECT d.rowid FROM dossiers d WHERE d.status IN (7, 8) AND d.received_at < @start
    AND EXISTS (SELECT 1 FROM dossier_status_history h WHERE h.dossier_id = d.id AND h.status IN (7, 8) AND h.at >= @start)
),
ended AS (
  SELECT d.rowid AS rid, d.*,
    coalesce(d.finished_at, d.returned_at) AS finished,
    (SELECT max(h.at) FROM dossier_status_history h WHERE h.dossier_id = d.id AND h.status IN (7, 8)) AS stopped
  FROM candidates c CROSS JOIN dossiers d ON d.rowid = c.rid
  WHERE d.status NOT IN (1, 3)
)
SELECT e.rid, e.status, e.channel, e.paid_online, e.procedure_code, e.received_at, e.due_at, e.processing_time_json, e.finished, e.stopped,
  (SELECT json_group_array(json_array(h.status, h.at)) FROM (SELECT status, at FROM dossier_status_history WHERE dossier_id = e.id ORDER BY id) h) AS history,
  (SELECT count(*) FROM dossier_components c WHERE c.dossier_id = e.id AND NOT is_shown_only(c.name)) AS components,
  (SELECT count(DISTINCT a.component_code) FROM attachments a
     WHERE a.dossier_id = e.id AND a.removed_at IS NULL
       AND a.component_code IN (SELECT code FROM dossier_components WHERE dossier_id = e.id AND NOT is_shown_only(name))) AS with_files,
  coalesce(json_array_length(e.results_json), 0) AS results,
  (SELECT coalesce(sum(f.amount), 0) FROM dossier_fee_lines f WHERE f.dossier_id = e.id) AS fee_total,
  (SELECT r.score FROM ratings r WHERE r.dossier_id = e.id AND r.recorded_at >= @start AND r.recorded_at < @end) AS rating
FROM ended e
WHERE e.received_at >= @start OR coalesce(e.finished, e.stopped) IS NULL OR coalesce(e.finished, e.stopped) >= @start`;

interface CountedRow {
  rid: number;
  status: number;
  channel: number;
  paid_online: number;
  procedure_code: string;
  received_at: string;
  due_at: string | null;
  processing_time_json: string;
  finished: string | null;
  stopped: string | null;
  history: string;
  components: number;
  with_files: number;
  results: number;
  fee_total: number;
  rating: DossierFacts['rating'];
}

function processingTimeOf(json: string): ProcessingTime | null {
  try {
    const time = JSON.parse(json) as ProcessingTime | null;
    return time && typeof time === 'object' && 'unit' in time ? time : null;
  } catch {
    return null;
  }
}

/** The facts of every dossier counted in [start, end) (UTC instants); `offeredOnline` asks the catalogue. */
export function countedDossiers(db: Database.Database, start: string, end: string, offeredOnline: (procedureCode: string) => boolean): DossierFacts[] {
  const rows = prepared(db, COUNTED_SQL).all({ start, end }) as CountedRow[];
  return rows.map((r) => ({
    rowid: r.rid,
    status: r.status,
    channel: r.channel,
    receivedAt: r.received_at,
    dueAt: r.due_at,
    processingTime: processingTimeOf(r.processing_time_json),
    finishedAt: r.finished,
    stoppedAt: r.finished ? null : r.stopped,
    history: JSON.parse(r.history) as Array<[number, string]>,
    components: r.components,
    componentsWithFiles: r.with_files,
    resultDocuments: r.results,
    feeTotal: r.fee_total,
    offeredOnline: offeredOnline(r.procedure_code),
    paidOnline: r.paid_online === 1,
    rating: r.rating,
  }));
}
