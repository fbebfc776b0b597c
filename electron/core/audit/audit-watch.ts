import type Database from 'better-sqlite3-multiple-ciphers';
import type { AuditStatus, AuditVerification } from '../../../shared/api';
import type { Clock } from '../clock';
import type { SettingsStore } from '../settings';
import { AccessLog, accessLogRetentionMonths } from '../privacy';
import { verifyAuditChain, type AuditAnchor } from './audit-chain';

const DAY_MS = 86_400_000;

/**
 * The desk's watch over its audit: verifies the chain in the background shortly after start (and
 * whenever audit.verify runs), keeps the outcome for the frame's warning, and drops access-log
 * entries past their retention at start and once a day.
 */
export class AuditWatch {
  private status: AuditStatus = { state: 'pending', checkedAt: null };
  private running: Promise<AuditVerification> | null = null;
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: Clock,
    private readonly settings: SettingsStore,
    private readonly log: (message: string) => void,
    /** The anchors kept away from the database (the backups' manifests); read at each walk. */
    private readonly anchors: () => AuditAnchor[] = () => [],
  ) {}

  start(delayMs = 1_500): void {
    this.timers.push(
      setTimeout(() => {
        this.purgeAccessLog();
        void this.verify().catch(() => {});
      }, delayMs).unref(),
      setInterval(() => this.purgeAccessLog(), DAY_MS).unref(),
    );
  }

  current(): AuditStatus {
    return this.status;
  }

  /** One walk at a time: a second caller shares the walk in progress. */
  verify(): Promise<AuditVerification> {
    if (this.running) return this.running;
    const pause = () => (this.stopped ? Promise.reject(new Error('closing')) : new Promise<void>((resolve) => setImmediate(resolve)));
    const run = verifyAuditChain(this.db, { pause, anchors: this.readAnchors() }).then((result) => {
      this.status = {
        state: result.ok ? 'ok' : 'broken',
        checkedAt: this.clock.now().toISOString(),
        ...(result.firstBroken ? { firstBroken: { ...result.firstBroken } } : {}),
      };
      // Only ids, times, the reason and the backup's folder name: never a row's content.
      if (!result.ok) this.log(`Nhật ký hệ thống bị thay đổi: chuỗi băm gãy từ dòng ${result.firstBroken?.id} (${result.firstBroken?.at}): ${result.firstBroken?.reason}.`);
      return result;
    });
    this.running = run;
    void run.finally(() => (this.running = null)).catch(() => {});
    return run;
  }

  /** A backup folder that cannot be read (a share that dropped) gives no anchors this time, and says so. */
  private readAnchors(): AuditAnchor[] {
    try {
      return this.anchors();
    } catch (error) {
      this.log(`Nhật ký hệ thống: không đọc được mốc kiểm tra trong các bản sao lưu (${(error as NodeJS.ErrnoException).code ?? 'lỗi'}); chỉ kiểm tra chuỗi.`);
      return [];
    }
  }

  purgeAccessLog(): void {
    if (this.stopped || !this.db.open) return;
    try {
      const months = accessLogRetentionMonths(this.settings);
      const dropped = new AccessLog(this.db).purge(this.clock.now(), months);
      if (dropped > 0) this.log(`Nhật ký truy cập: đã xoá ${dropped} mục quá ${months} tháng.`);
    } catch (error) {
      this.log(`Nhật ký truy cập: không dọn được (${(error as Error).message}).`);
    }
  }

  /** Stops the timers and waits for a walk in progress (the database closes after). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    await this.running?.catch(() => undefined);
  }
}

export function startAuditWatch(db: Database.Database, clock: Clock, settings: SettingsStore, log: (message: string) => void, anchors?: () => AuditAnchor[]): AuditWatch {
  const watch = new AuditWatch(db, clock, settings, log, anchors);
  watch.start();
  return watch;
}
