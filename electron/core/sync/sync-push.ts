import type Database from 'better-sqlite3-multiple-ciphers';
import type { PortalItemResult } from '../../../shared/portal/hoso';
import type { Clock } from '../clock';
import { snapshotJson } from './field-merge';
import { HOSO_COLUMNS, hosoBatch, MAX_BATCH, type HoSoSource, type PortalAdapter } from '../portal';
import { DOSSIER_PARTS } from './dossier-parts';
import { FILES_UPLOADED_SQL } from '../attachments';
import { prepared } from '../db/prepared';

export interface PushOutcome {
  sent: number;
  synced: number;
  rejected: number;
  codeConflicts: number;
  /** Dossiers were left pending (the round's time budget ran out): run another round soon. */
  more?: boolean;
}

/** A round starts no new batch after this long, so `sync.run` (at most 30 s) answers with its outcome. */
export const PUSH_BUDGET_MS = 20_000;
/**
 * Answers are written together, one transaction and so one fsync per group: at most this many
 * dossiers, or answers this old. A sync=FULL commit costs a disk flush (milliseconds), and the
 * event loop (intake included) waits for it, so a long drain writes a few large groups rather than
 * one small one per batch.
 */
const ACK_GROUP_DOSSIERS = 1_000;
const ACK_GROUP_MS = 500;
/** Dossiers read and serialised between two turns of the event loop (a save waits at most that long). */
const BUILD_SLICE = 25;
/**
 * Batches with the portal at once; each dossier is in one of them at most (one request in flight
 * per dossier). Three, not two: while the desk holds its event loop (a group of answers written
 * with its fsync and checkpoint, about 15 ms; a garbage collection) the portal still has two
 * batches (about 9 ms of its work) to go on with; with two it ran dry at each group, and the desk
 * and the portal each need about the same processor time per batch, so those gaps added up
 * (bench: drain 1.21 s with two, 1.14 s with three, ten alternating runs). While the officer is
 * saving, two, as before: the third batch's answers would land among the saves (intake p95 rose).
 */
const IN_FLIGHT = 3;
const IN_FLIGHT_WHILE_SAVING = 2;

interface Queued {
  id: string;
  code: string;
}

interface Sent {
  id: string;
  code: string;
  revision: number;
  /** The merge base to keep once the portal acknowledges this revision. */
  snapshot: string;
}

interface Batch {
  sent: Sent[];
  /** Each HoSo's JSON, written once: the request body is these joined. */
  json: string[];
}

interface Answered {
  sent: Sent[];
  results: PortalItemResult[];
}

export interface PushOptions {
  /** At most this many dossiers a round. */
  limit?: number;
  /** Start no new batch after this long (ms). */
  budgetMs?: number;
  /** Awaited before each batch is read: the worker slows down while the officer is saving. */
  pace?: () => Promise<void>;
  /** The officer is saving now: fewer batches with the portal at once (IN_FLIGHT_WHILE_SAVING). */
  intakeActive?: () => boolean;
  /**
   * Ids of the dossiers with the portal now (posted, answer not yet written): the "sending" state.
   * Kept in memory only: after a crash nothing is in flight.
   */
  sending?: Set<string>;
  /**
   * Sends whose answer never came (the portal may have committed them): revision and desk-field
   * snapshot per dossier, so the change feed can recognise the echo as our own (memory only).
   */
  unconfirmed?: Map<string, UnconfirmedSend>;
  /** Filled with the ids whose answers were written (acknowledged, rejected, code conflict): the worker tells the screens. */
  settled?: Set<string>;
}

export interface UnconfirmedSend {
  revision: number;
  snapshot: string;
}

interface Pipeline {
  db: Database.Database;
  client: PortalAdapter;
  clock: Clock;
  outcome: PushOutcome;
  followUps: FollowUps;
  deadline: number;
  pace: () => Promise<void>;
  intakeActive: () => boolean;
  sending: Set<string>;
  unconfirmed: Map<string, UnconfirmedSend>;
  settled: Set<string>;
}

/** What answers leave for after the pipeline: creates answered "3", updates answered "4". */
interface FollowUps {
  lookups: Queued[];
  asCreate: Queued[];
}

const PENDING_SQL = `SELECT id, code, origin = 'local' AND synced_revision = 0 AS creating FROM dossiers
  WHERE revision > synced_revision AND sync_state = 'pending' AND ${FILES_UPLOADED_SQL}
  ORDER BY updated_at LIMIT ?`;

/** The rows as they are now, those that still have something to send (not acknowledged meanwhile, not marked, no file waiting for its upload). */
const CURRENT_SQL = `SELECT ${HOSO_COLUMNS} FROM dossiers
  WHERE id IN (SELECT value FROM json_each(?)) AND revision > synced_revision AND sync_state = 'pending' AND ${FILES_UPLOADED_SQL}`;

/**
 * Sends every dossier whose latest revision the portal has not acknowledged, in its latest state
 * (changes coalesce: only the newest revision is sent), creates and updates in batches of at most
 * 50. Results are applied per item: one rejected dossier never blocks the others. Network errors
 * propagate (the worker retries later); nothing is marked synced unless the portal said "0".
 *
 * Pipelined: while batches are in flight (IN_FLIGHT at most) the next one is read and serialised,
 * and answers are written while later batches are in flight. A dossier is in one batch of the
 * pipeline at most, so never two requests for the same dossier.
 */
export async function pushPending(db: Database.Database, client: PortalAdapter, clock: Clock, options: PushOptions = {}): Promise<PushOutcome> {
  const outcome: PushOutcome = { sent: 0, synced: 0, rejected: 0, codeConflicts: 0 };
  const pending = prepared(db, PENDING_SQL).all(options.limit ?? 100_000) as Array<Queued & { creating: 0 | 1 }>;
  if (pending.length === 0) return outcome;
  const pipeline: Pipeline = {
    db, client, clock, outcome,
    followUps: { lookups: [], asCreate: [] },
    deadline: performance.now() + (options.budgetMs ?? PUSH_BUDGET_MS),
    pace: options.pace ?? (() => Promise.resolve()),
    intakeActive: options.intakeActive ?? (() => false),
    sending: options.sending ?? new Set<string>(),
    unconfirmed: options.unconfirmed ?? new Map<string, UnconfirmedSend>(),
    settled: options.settled ?? new Set<string>(),
  };
  const send = (rows: Queued[], isUpdating: boolean) => sendPipelined(pipeline, rows, isUpdating);
  const { followUps } = pipeline;

  // A dossier the portal never acknowledged and that the desk created is sent as a create.
  await send(pending.filter((r) => r.creating), false);
  await send(pending.filter((r) => !r.creating), true);
  const asUpdate: Queued[] = [];
  for (const row of followUps.lookups.splice(0)) {
    // A create answered "3": the same IdNoiBo on the portal means an earlier attempt landed.
    const theirs = await client.lookup(row.code);
    if (theirs && theirs.IdNoiBo && theirs.IdNoiBo !== row.id) {
      markIssue(db, row.id, 'code-conflict', `Mã hồ sơ ${row.code} đã được dùng cho một hồ sơ khác trên cổng (IdNoiBo ${theirs.IdNoiBo}).`, clock);
      outcome.codeConflicts++;
      pipeline.settled.add(row.id);
    } else {
      asUpdate.push(row); // send the state as an update
    }
  }
  if (asUpdate.length) await send(asUpdate, true);
  // An update answered "4": the portal lost it (or never had it); send it as a create.
  if (followUps.asCreate.length) await send(followUps.asCreate.splice(0), false);
  // What these last passes answered "3" stays pending for the next round.
  if (followUps.lookups.length) outcome.more = true;
  return outcome;
}

async function sendPipelined(pipeline: Pipeline, rows: Queued[], isUpdating: boolean): Promise<void> {
  const { db, client, clock, outcome, followUps, deadline, sending, unconfirmed, settled } = pipeline;
  const remember = (batch: Batch) => {
    for (const item of batch.sent) unconfirmed.set(item.id, { revision: item.revision, snapshot: item.snapshot });
  };
  let next = 0;
  const build = async (): Promise<Batch | null> => {
    while (next < rows.length && performance.now() < deadline) {
      await pipeline.pace();
      const batch = await buildBatch(db, rows.slice(next, next + MAX_BATCH));
      next += MAX_BATCH;
      if (batch.sent.length) return batch;
    }
    return null;
  };
  const posted: Batch['sent'] = [];
  const post = (batch: Batch) => {
    for (const item of batch.sent) {
      sending.add(item.id);
      posted.push(item);
    }
    const answer = client.syncDossiers(isUpdating, batch.json);
    answer.catch(() => undefined); // awaited below; a failure meanwhile must not count as unhandled
    return answer;
  };

  // Answers are kept until a group is complete, then written in one transaction while the next
  // batch is in flight. Until that commits no dossier of the group counts as synced; a crash before
  // only means the group is sent again, which the portal answers without applying it twice (the
  // same PhienBan is ignored; a repeated create is answered "3" and found to be ours).
  const answered: Answered[] = [];
  let unwritten = 0;
  let oldestAnswerAt = 0;
  const write = () => {
    const group = answered.splice(0);
    if (group.length) settle(db, clock, isUpdating, group, outcome, followUps);
    for (const { sent } of group) {
      for (const item of sent) {
        sending.delete(item.id);
        unconfirmed.delete(item.id);
        settled.add(item.id);
      }
    }
    // The WAL those answers grew is folded into the database by the background checkpointer
    // (db/checkpointer.ts), never on this thread, where an officer's save would wait behind it.
    unwritten = 0;
  };
  // Up to IN_FLIGHT batches are with the portal at once (never a dossier in two of them), so the
  // portal always has a next batch while the desk reads, serialises and writes answers.
  const inFlight: Array<{ batch: Batch; answer: Promise<PortalItemResult[]> }> = [];
  const refill = async () => {
    while (inFlight.length < (pipeline.intakeActive() ? IN_FLIGHT_WHILE_SAVING : IN_FLIGHT)) {
      const batch = await build();
      if (!batch) return;
      inFlight.push({ batch, answer: post(batch) });
    }
  };
  let awaiting: Batch | null = null;
  try {
    await refill();
    while (inFlight.length) {
      const { batch, answer } = inFlight.shift()!;
      // A network error propagates: answers received so far are written (finally); the rest stays pending.
      awaiting = batch;
      const results = await answer;
      awaiting = null;
      outcome.sent += batch.sent.length;
      if (!answered.length) oldestAnswerAt = performance.now();
      answered.push({ sent: batch.sent, results }); // the batch's JSON is not kept
      unwritten += batch.sent.length;
      await refill();
      if (!inFlight.length || unwritten >= ACK_GROUP_DOSSIERS || performance.now() - oldestAnswerAt >= ACK_GROUP_MS) {
        if (inFlight.length) await nextTurn(); // let the requests leave before the commit holds the event loop
        write();
      }
    }
  } catch (error) {
    // The round ends; the other batch still with the portal is waited for (and its answers kept),
    // so the next round never sends a dossier whose request may still be in flight.
    if (awaiting) remember(awaiting);
    for (const { batch, answer } of inFlight.splice(0)) {
      const results = await answer.catch(() => null);
      if (results) {
        outcome.sent += batch.sent.length;
        answered.push({ sent: batch.sent, results });
      } else {
        remember(batch);
      }
    }
    throw error;
  } finally {
    write();
    // A failed batch's dossiers stay pending, not sending.
    for (const item of posted) sending.delete(item.id);
  }
  if (next < rows.length) outcome.more = true;
}

/**
 * Reads the batch's dossiers as they are now and serialises each, a slice at a time (each slice
 * one read transaction), letting a waiting save in between.
 */
async function buildBatch(db: Database.Database, queued: Queued[]): Promise<Batch> {
  const batch: Batch = { sent: [], json: [] };
  const readSlice = db.transaction((slice: Queued[]) => {
    // Read again: the officer may have changed them since the list was taken. Only this worker
    // sends, so the in-flight set needs no mark in the database (no write, no fsync here).
    const rows = prepared(db, CURRENT_SQL).all(JSON.stringify(slice.map((q) => q.id))) as HoSoSource[];
    hosoBatch(db, rows, DOSSIER_PARTS).forEach((hoso, k) => {
      const row = rows[k]!;
      batch.sent.push({ id: row.id, code: row.code, revision: row.revision, snapshot: snapshotJson(hoso) });
      batch.json.push(JSON.stringify(hoso));
    });
  });
  for (let i = 0; i < queued.length; i += BUILD_SLICE) {
    if (i > 0) await nextTurn();
    readSlice(queued.slice(i, i + BUILD_SLICE));
  }
  return batch;
}

/**
 * Answers of one or more batches in one transaction (one fsync: an acknowledgement is durable
 * before the dossier counts as synced); the follow-ups are kept for after the pipeline.
 */
function settle(db: Database.Database, clock: Clock, isUpdating: boolean, answered: Answered[], outcome: PushOutcome, followUps: FollowUps): void {
  db.transaction(() => {
    for (const { sent: group, results } of answered) {
      const byCode = new Map(results.map((r) => [r.MaHoSo, r]));
      for (const sent of group) {
        const item = byCode.get(sent.code);
        const code = item?.error_code;
        if (code === '0') {
          acknowledge(db, sent);
          outcome.synced++;
        } else if (code === '2') {
          markIssue(db, sent.id, 'rejected', item?.message ?? 'Cổng từ chối hồ sơ.', clock);
          outcome.rejected++;
        } else if (code === '3' && !isUpdating) {
          followUps.lookups.push(sent);
        } else if (code === '4' && isUpdating) {
          followUps.asCreate.push(sent);
        }
      }
    }
  })();
}

/** One turn of the event loop: a request just started reaches its socket, a waiting save runs. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The portal holds this revision: record it with the merge base (inside the caller's transaction). */
function acknowledge(db: Database.Database, sent: Sent): void {
  prepared(
    db,
    `UPDATE dossiers SET synced_revision = max(synced_revision, ?), sync_message = NULL,
       sync_state = CASE WHEN revision <= ? THEN 'synced' ELSE 'pending' END, synced_snapshot_json = ?
     WHERE id = ? AND sync_state <> 'conflict' AND synced_revision <= ?`,
  ).run(sent.revision, sent.revision, sent.snapshot, sent.id, sent.revision);
  prepared(db, 'DELETE FROM outbox WHERE dossier_id = ? AND revision <= ?').run(sent.id, sent.revision);
}

function markIssue(db: Database.Database, id: string, state: 'rejected' | 'code-conflict', message: string, clock: Clock): void {
  prepared(db, 'UPDATE dossiers SET sync_state = ?, sync_message = ?, sync_issue_at = ? WHERE id = ?').run(state, message, clock.now().toISOString(), id);
}
