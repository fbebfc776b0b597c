/**
 * The daily catalogue sync of a desk connected to a real portal: checked every hour (first a few
 * minutes after the start), it runs when the last successful sync is a day old or there is none.
 * A failure (offline, a malformed answer) is logged and changes nothing; the next check tries
 * again. A training desk syncs its catalogue only when asked (catalog.sync).
 */
import type { AuditEntry } from '../api/call-records';
import { DeskError } from '../api/desk-error';
import { LAST_SYNC_KEY } from './procedure-catalog-service';
import { runCatalogSync, type CatalogSyncDeps, type CatalogSyncRecord } from './catalog-sync';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CatalogScheduleOptions extends Omit<CatalogSyncDeps, 'audit'> {
  /** Records an audit entry in the current transaction, as the schedule (no user). */
  audit(entry: AuditEntry): void;
  log(line: string): void;
  /** How often to check; the first check comes after `firstCheckMs`. */
  checkEveryMs?: number;
  firstCheckMs?: number;
}

export class CatalogSchedule {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: CatalogScheduleOptions) {}

  start(): void {
    if (!this.options.client) return;
    this.arm(this.options.firstCheckMs ?? 5 * 60_000);
  }

  private arm(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.check().finally(() => {
        this.running = null;
        this.arm(this.options.checkEveryMs ?? 60 * 60_000);
      });
    }, ms);
    this.timer.unref();
  }

  /** One check: syncs when the last sync is a day old. */
  async check(): Promise<void> {
    const last = this.options.settings.get<CatalogSyncRecord | null>(LAST_SYNC_KEY, null);
    if (last && this.options.now().getTime() - Date.parse(last.at) < DAY_MS) return;
    try {
      const result = await runCatalogSync(this.options);
      this.options.log(`cập nhật danh mục thủ tục: thêm ${result.added}, thay đổi ${result.changed}, bãi bỏ ${result.withdrawn}, cần xem ${result.issues}.`);
    } catch (error) {
      this.options.log(error instanceof DeskError ? error.message : `cập nhật danh mục thủ tục lỗi: ${String(error)}`);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
