import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { DeskEvent, SyncStatus } from '../../../shared/api';
import type { Clock } from '../clock';
import type { ProcedureCatalog } from '../dossiers';
import type { SettingsStore } from '../settings';
import { applyFeedItem } from './feed-apply';
import { backoffDelayMs, PortalRefusedError, receiptsOfHoSo, type PortalAdapter } from '../portal';
import { SyncLease } from './sync-lease';
import { pushPending, type PushOutcome, type UnconfirmedSend } from './sync-push';
import type { AttachmentSync } from '../attachments';
import { prepared } from '../db/prepared';
import { clearRestorePending, raiseReceiptNumbersFromFeed, readRestorePending } from '../backup';

export interface SyncRoundOutcome {
  ok: boolean;
  /** Another process holds this data folder's sync lease. */
  skipped?: boolean;
  push?: PushOutcome;
  pulled: number;
  conflicts: number;
  message: string;
}

export interface SyncWorkerDeps {
  db: Database.Database;
  clock: Clock;
  client: PortalAdapter | null;
  settings: SettingsStore;
  catalog: ProcedureCatalog;
  emit: (event: DeskEvent) => void;
  log: (message: string) => void;
  /** Pause between rounds when all is well. */
  intervalMs?: number;
  /** Attachment files: uploaded after each round's push, then the dossiers that waited for them go. */
  attachments?: AttachmentSync;
}

const FEED_CURSOR = 'feedCursor';
/** Feed pages a round reads at most (200 items each); the rest comes next round. */
const MAX_FEED_PAGES = 50;

type FeedPage = Awaited<ReturnType<PortalAdapter['changes']>>;
/** A local change this recent means the officer is at work: the push then paces itself. */
const INTAKE_ACTIVE_MS = 250;
const INTAKE_PAUSE_MS = 80;
/** A restored desk waits this long for the portal's feed before it issues a number offline. */
export const REACH_PORTAL_TIMEOUT_MS = 5_000;
/** After a failed attempt, numbers are issued offline at once for this long (the timer rounds keep trying). */
const REACH_PORTAL_RETRY_MS = 30_000;

/**
 * The sync loop: a timer round (push the outbox, pull the feed) that never blocks a local
 * action; failures are retried with exponential back-off and jitter, never only on the next
 * local write. Only the holder of the data folder's lease syncs.
 */
/** What the caller of sync.run learns when it waited for one round and then had a fresh one. */
function bothRounds(first: SyncRoundOutcome, second: SyncRoundOutcome): SyncRoundOutcome {
  const push = first.push && second.push
    ? {
        sent: first.push.sent + second.push.sent,
        synced: first.push.synced + second.push.synced,
        rejected: first.push.rejected + second.push.rejected,
        codeConflicts: first.push.codeConflicts + second.push.codeConflicts,
        more: second.push.more,
      }
    : (second.push ?? first.push);
  return { ...second, push, pulled: first.pulled + second.pulled, conflicts: first.conflicts + second.conflicts };
}

export class SyncWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SyncRoundOutcome> | null = null;
  /** The fresh round that sync.run callers wait for while another round ends. */
  private followUp: Promise<SyncRoundOutcome> | null = null;
  private failures = 0;
  private stopped = false;
  private readonly lease: SyncLease;
  /** When the last local change was made (performance.now()); the worker's own news does not count. */
  private lastLocalChangeAt = Number.NEGATIVE_INFINITY;
  private emitting = false;
  /** Dossiers with the portal right now (posted, answer not yet written). */
  private readonly sending = new Set<string>();
  /** Sends whose answer was lost: the feed's echo of them is recognised as ours. */
  private readonly unconfirmed = new Map<string, UnconfirmedSend>();
  online = false;
  lastSuccessAt: string | null = null;
  /** Callers of reachPortal waiting for the restored desk's first complete read of the feed. */
  private readonly reachedWaiters = new Set<() => void>();
  private lastReachFailureAt = Number.NEGATIVE_INFINITY;

  /** Restored from a backup and not yet through the portal's feed (the intake and cash screens say so). */
  get restorePending(): boolean {
    return readRestorePending(this.deps.settings) !== null;
  }

  /**
   * Before a restored desk issues a dossier code or a receipt number: a round now, so that the
   * feed (what the lost machine sent after the backup) is read first. True once the feed has been
   * read to its end (or the desk was not restored); false offline, after a timeout, or within a
   * short while of the last failed attempt, and the caller then continues past the safety gap.
   */
  async reachPortal(timeoutMs = REACH_PORTAL_TIMEOUT_MS): Promise<boolean> {
    if (!this.restorePending) return true;
    if (!this.deps.client || performance.now() - this.lastReachFailureAt < REACH_PORTAL_RETRY_MS) return false;
    let resolveReached!: () => void;
    const reached = new Promise<'reached'>((resolve) => {
      resolveReached = () => resolve('reached');
    });
    this.reachedWaiters.add(resolveReached);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      // A round already under way may have read the feed before this call: then one more.
      for (let attempt = 0; attempt < 2 && this.restorePending; attempt++) {
        const ended = await Promise.race([this.run().then(() => 'round' as const), reached, timeout]);
        if (ended !== 'round') break;
      }
    } finally {
      clearTimeout(timer);
      this.reachedWaiters.delete(resolveReached);
    }
    const ok = !this.restorePending;
    if (!ok) this.lastReachFailureAt = performance.now();
    return ok;
  }

  /** The dossier's request is with the portal now: its sync state reads "sending". */
  isSending(dossierId: string): boolean {
    return this.sending.has(dossierId);
  }

  constructor(private readonly deps: SyncWorkerDeps) {
    this.lease = new SyncLease(deps.db, deps.clock, `${process.pid}-${randomUUID()}`);
  }

  get configured(): boolean {
    return this.deps.client !== null;
  }

  get clockSkewSeconds(): number | null {
    return this.deps.client?.clockSkewSeconds ?? null;
  }

  start(): void {
    if (!this.deps.client) return;
    this.schedule(500);
  }

  /** Soon after a local change (the outbox has something new). */
  nudge(): void {
    if (!this.emitting) this.lastLocalChangeAt = performance.now();
    if (this.deps.client && !this.running && !this.stopped) this.schedule(200);
  }

  /**
   * Intake first: while the officer is saving (a local change in the last moments), the push
   * pauses briefly before each batch, so the counter's own work never competes with a long drain
   * for the processor. A quiet desk drains at full speed.
   */
  private readonly intakeActive = (): boolean => performance.now() - this.lastLocalChangeAt < INTAKE_ACTIVE_MS;

  private readonly pace = (): Promise<void> => (this.intakeActive() ? new Promise((resolve) => setTimeout(resolve, INTAKE_PAUSE_MS)) : Promise.resolve());

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    await this.followUp?.catch(() => undefined);
    try {
      this.lease.release();
    } catch {
      // the database may already be closed
    }
  }

  /**
   * A round that starts after this call (sync.run): everything committed before it is pushed and
   * the feed is read after it. A round already under way may have read the outbox and the feed
   * before the caller's change, so the caller waits for it and then gets a fresh one; the callers
   * who come while that fresh round waits all share it.
   */
  run(): Promise<SyncRoundOutcome> {
    if (!this.running) return this.startRound();
    this.followUp ??= this.running.then(async (first) => {
      this.followUp = null;
      return bothRounds(first, await (this.running ?? this.startRound()));
    });
    return this.followUp;
  }

  /** The timer's round: any round in progress will do. */
  private anyRound(): Promise<SyncRoundOutcome> {
    return this.running ?? this.startRound();
  }

  private startRound(): Promise<SyncRoundOutcome> {
    if (this.stopped) return Promise.resolve({ ok: false, skipped: true, pulled: 0, conflicts: 0, message: 'Đồng bộ đã dừng.' });
    const round = this.round().then((outcome) => this.attachmentsPass(outcome)).finally(() => {
      this.running = null;
    });
    this.running = round;
    return round;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.anyRound().then((outcome) => {
        const next = outcome.push?.more ? 200 : outcome.ok || outcome.skipped ? (this.deps.intervalMs ?? 5_000) : backoffDelayMs(this.failures);
        this.schedule(next);
      });
    }, ms);
    this.timer.unref();
  }

  private async round(): Promise<SyncRoundOutcome> {
    const { db, client, clock, settings } = this.deps;
    if (!client) return { ok: false, pulled: 0, conflicts: 0, message: 'Chưa cấu hình kết nối cổng dịch vụ công: hồ sơ chờ trong hàng đợi đồng bộ.' };
    if (!this.lease.acquire()) {
      return { ok: false, skipped: true, pulled: 0, conflicts: 0, message: 'Một cửa sổ hoặc tiến trình khác đang đồng bộ thư mục dữ liệu này.' };
    }
    // Dossiers the feed changed or whose sync state the portal's answers moved: the open panels reload them.
    const changedIds = new Set<string>();
    try {
      let pulled = 0;
      let conflicts = 0;
      // Each page is applied with its cursor in one transaction, so the cursor never runs ahead of
      // what was applied; the next page is already requested while one is applied, and intake gets
      // a turn between pages (never one long block for a long feed).
      let since = settings.get<string>(FEED_CURSOR, '');
      let answer: Promise<FeedPage> | null = client.changes(since);
      let feedComplete = false;
      for (let page = 0; answer; page++) {
        const { items, cursor, more }: FeedPage = await answer;
        feedComplete = !more;
        answer = more && page < MAX_FEED_PAGES - 1 ? client.changes(cursor) : null;
        answer?.catch(() => undefined); // awaited on the next turn; must not go unhandled meanwhile
        if (answer) await new Promise((resolve) => setImmediate(resolve));
        db.transaction(() => {
          for (const item of items) {
            const effect = applyFeedItem(db, item, this.deps.catalog, clock.now(), this.unconfirmed);
            if (effect === 'conflict') conflicts++;
            if (effect !== 'unchanged') changedIds.add(item.IdNoiBo || item.MaHoSo);
          }
          if (cursor !== since) settings.set(FEED_CURSOR, cursor);
          // Restored: receipts the lost machine issued after the backup move this counter's numbering on.
          if (this.restorePending) raiseReceiptNumbersFromFeed(db, settings, items.flatMap(receiptsOfHoSo));
        })();
        since = cursor;
        pulled += items.length;
      }
      if (feedComplete && this.restorePending) this.restoreReconciled();
      // Pulled first: news from other counters is merged before our changes go, so our revision outranks theirs.
      const push = await pushPending(db, client, clock, { pace: this.pace, intakeActive: this.intakeActive, sending: this.sending, unconfirmed: this.unconfirmed, settled: changedIds });
      this.failures = 0;
      this.online = true;
      this.lastSuccessAt = clock.now().toISOString();
      return { ok: true, push, pulled, conflicts, message: 'Đồng bộ xong.' };
    } catch (error) {
      this.failures++;
      this.online = !(error instanceof Error) || error instanceof PortalRefusedError;
      const message = (error as Error).message;
      this.deps.log(`sync: ${message}`);
      return { ok: false, pulled: 0, conflicts: 0, message };
    } finally {
      // Also after a failure: the answers written before it changed those dossiers' state.
      this.emitChanges(changedIds);
    }
  }

  /** The feed has been read to its end after a restore: numbering is back to normal, the notice goes. */
  private restoreReconciled(): void {
    clearRestorePending(this.deps.db);
    this.online = true;
    this.deps.log('sync: restored desk reached the portal; dossier codes and receipt numbers follow the portal again');
    for (const resolve of this.reachedWaiters) resolve();
    this.deps.emit({ name: 'sync.status', data: syncStatusOf(this.deps.db, this) });
  }

  /** The round's news: which dossiers changed (once, however many), then the counts of sync.status. */
  private emitChanges(ids: Set<string>): void {
    if (ids.size) this.emitOwn({ name: 'dossiers.changed', data: { ids: [...ids] } });
    this.deps.emit({ name: 'sync.status', data: syncStatusOf(this.deps.db, this) });
  }

  /** An event of the worker's own (news from the feed): it must not look like the officer saving. */
  private emitOwn(event: DeskEvent): void {
    this.emitting = true;
    try {
      this.deps.emit(event);
    } finally {
      this.emitting = false;
    }
  }

  /**
   * After a successful round: upload the files the portal does not hold (one failing file never
   * stops the others, and a large one never held up the dossiers already sent), send the dossiers
   * that were waiting for them, and delete files whose removal the portal has acknowledged.
   */
  private async attachmentsPass(outcome: SyncRoundOutcome): Promise<SyncRoundOutcome> {
    const { attachments, client, db, clock } = this.deps;
    if (!attachments || !client || !outcome.ok) return outcome;
    try {
      if ((await attachments.uploadPending(client)) > 0) {
        const settled = new Set<string>();
        const more = await pushPending(db, client, clock, { pace: this.pace, intakeActive: this.intakeActive, sending: this.sending, unconfirmed: this.unconfirmed, settled }).finally(() => this.emitChanges(settled));
        const push = outcome.push ?? { sent: 0, synced: 0, rejected: 0, codeConflicts: 0 };
        outcome.push = {
          sent: push.sent + more.sent, synced: push.synced + more.synced, rejected: push.rejected + more.rejected, codeConflicts: push.codeConflicts + more.codeConflicts,
          more: push.more || more.more,
        };
      }
      attachments.purgeAcknowledged();
    } catch (error) {
      this.deps.log(`sync attachments: ${(error as Error).message}`);
    }
    return outcome;
  }
}

/** sync.status: counted from the dossiers' own sync state, so it survives restarts. */
export function syncStatusOf(db: Database.Database, worker: SyncWorker): SyncStatus {
  const row = prepared(db, 
      `SELECT
         sum(CASE WHEN revision > synced_revision THEN 1 ELSE 0 END) AS pending,
         sum(CASE WHEN sync_state = 'rejected' THEN 1 ELSE 0 END) AS rejected,
         sum(CASE WHEN sync_state IN ('conflict', 'code-conflict') THEN 1 ELSE 0 END) AS conflicts
       FROM dossiers WHERE sync_state <> 'synced'`,
    )
    .get() as { pending: number | null; rejected: number | null; conflicts: number | null };
  const oldest = prepared(db, 'SELECT min(created_at) AS at FROM outbox').get() as { at: string | null };
  return {
    online: worker.online,
    pending: row.pending ?? 0,
    rejected: row.rejected ?? 0,
    conflicts: row.conflicts ?? 0,
    lastSuccessAt: worker.lastSuccessAt,
    clockSkewSeconds: worker.clockSkewSeconds,
    configured: worker.configured,
    oldestPendingAt: oldest.at,
    restorePending: worker.restorePending,
  };
}
