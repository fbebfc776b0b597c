import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { BackupCreated, BackupListItem, BackupOutcome, BackupSettings, BackupVerification, RecoveryKeyStatus } from '../../../shared/api/backup';
import { toLocalMs, vnDayNumber } from '../../../shared/calendar/vietnam-time';
import { DeskError } from '../api/desk-error';
import type { ContentStore } from '../attachments';
import type { Clock } from '../clock';
import type { DeskIdentity } from '../settings';
import type { SettingsStore } from '../settings';
import { createdAtOfId, isBackupId } from './backup-names';
import { backupsToDelete } from './backup-rotation';
import { looksWhole, verifyBackup } from './backup-verify';
import { writeBackup } from './backup-writer';
import { backupAuditAnchors } from './backup-anchors';
import { restoreWindowsOf, RestoreError } from './restore-backup';
import { stageRestore, type RestoreSetup, type StagedRestore } from './staged-restore';
import type { DatabaseKey } from '../db/database-key';
import type { AuditAnchor } from '../audit';

export const BACKUP_SETTINGS_KEY = 'backup.settings';
const LAST_KEY = 'backup.last';
const VERIFIED_KEY = 'backup.verified';
const DAILY_DONE_KEY = 'backup.dailyDoneDay';
const TICK_MS = 60_000;
/** When the recovery sheet was printed (ISO UTC). */
export const RECOVERY_KEY_PRINTED_KEY = 'backup.recoveryKeyPrintedAt';

export const DEFAULT_BACKUP_SETTINGS: Omit<BackupSettings, 'lastBackup'> = { folder: null, keepDaily: 14, keepMonthly: 12, dailyAt: '12:00' };

export type BackupReason = 'manual' | 'daily' | 'cash';

export interface BackupServiceDeps {
  db: Database.Database;
  /** The database's key; backups are encrypted with it. */
  key?: Buffer;
  settings: SettingsStore;
  files: ContentStore;
  identity: () => DeskIdentity;
  appVersion: string;
  clock: Clock;
  log: (message: string) => void;
  /** How often the daily schedule is checked (default every minute). */
  checkEveryMs?: number;
  /** How this shell restores while it runs (absent: restore only at start, `--restore`). */
  restore?: RestoreSetup;
}

/**
 * The desk's backups: where they go, taking one (by hand, daily at `dailyAt`, after the day's last
 * cash session closes), verifying, listing and rotating. One backup at a time.
 */
export class BackupService {
  private running: Promise<BackupCreated> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly deps: BackupServiceDeps) {}

  settings(): BackupSettings {
    const saved = { ...DEFAULT_BACKUP_SETTINGS, ...this.deps.settings.get<Partial<BackupSettings>>(BACKUP_SETTINGS_KEY, {}) };
    const last = this.deps.settings.get<BackupOutcome | null>(LAST_KEY, null);
    return last ? { ...saved, lastBackup: last } : saved;
  }

  /** The settings as they would be saved (the caller writes them in its transaction with its audit). */
  merged(input: { folder: string; keepDaily?: number; keepMonthly?: number; dailyAt?: string }): Omit<BackupSettings, 'lastBackup'> {
    const { lastBackup: _last, ...current } = this.settings();
    return {
      folder: input.folder,
      keepDaily: input.keepDaily ?? current.keepDaily,
      keepMonthly: input.keepMonthly ?? current.keepMonthly,
      dailyAt: input.dailyAt ?? current.dailyAt,
    };
  }

  /**
   * Verifies the backup and makes it ready beside the data folder; the next start uses it
   * (staged-restore.ts). Opened with the recovery key given, else with this desk's own key.
   */
  async stageRestore(backupDir: string, recoveryKey: DatabaseKey | undefined): Promise<StagedRestore & { restart: RestoreSetup['restart'] }> {
    const setup = this.deps.restore;
    if (!setup) throw new DeskError('CONFLICT', 'Desk này chỉ khôi phục khi khởi động (npm run host -- --data-dir THƯ_MỤC_MỚI --restore BẢN_SAO_LƯU).');
    try {
      const staged = await stageRestore(backupDir, setup, this.deps.clock.now(), recoveryKey ?? this.deps.key);
      return { ...staged, restart: setup.restart };
    } catch (error) {
      if (error instanceof RestoreError) throw new DeskError('INVALID_INPUT', error.message);
      throw error;
    }
  }

  /** The database key in hex (it opens the database and every backup), or null for a plain database. */
  recoveryKeyHex(): string | null {
    return this.deps.key ? this.deps.key.toString('hex') : null;
  }

  recoveryKeyStatus(): RecoveryKeyStatus {
    return { available: this.deps.key !== undefined, printedAt: this.deps.settings.get<string | null>(RECOVERY_KEY_PRINTED_KEY, null) };
  }

  /** In the caller's transaction. */
  markRecoveryKeyPrinted(at: string): void {
    this.deps.settings.set(RECOVERY_KEY_PRINTED_KEY, at);
  }

  /** The audit anchors in this desk's backups (the start-up check walks the chain against them). */
  auditAnchors(): AuditAnchor[] {
    return backupAuditAnchors(this.settings().folder, this.deps.identity(), restoreWindowsOf(this.deps.settings));
  }

  save(next: Omit<BackupSettings, 'lastBackup'>): void {
    this.deps.settings.set(BACKUP_SETTINGS_KEY, next);
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /**
   * Takes a backup now, verifies it where it was written, then rotates the older ones. One at a
   * time: a request while another backup runs (the daily one, say, as the officer presses "Sao lưu
   * ngay") waits for it and then takes its own, so it holds everything up to the moment it was asked.
   */
  async create(reason: BackupReason): Promise<BackupCreated> {
    while (this.running) await this.running.catch(() => {});
    const folder = this.settings().folder;
    if (!folder) {
      const message = 'Chưa chọn thư mục sao lưu (Cài đặt → Sao lưu dữ liệu).';
      throw new DeskError('INVALID_INPUT', message, { fields: { folder: message } });
    }
    const job = this.run(folder, reason);
    this.running = job;
    try {
      return await job;
    } finally {
      this.running = null;
    }
  }

  private async run(folder: string, reason: BackupReason): Promise<BackupCreated> {
    const at = this.deps.clock.now().toISOString();
    let created: BackupCreated;
    try {
      if (!fs.existsSync(folder)) throw new DeskError('INVALID_INPUT', `Không tìm thấy thư mục sao lưu "${folder}" (ổ USB đã cắm chưa, ổ mạng đã kết nối chưa?).`, { fields: { folder: 'Không tìm thấy thư mục sao lưu.' } });
      created = await writeBackup({ db: this.deps.db, key: this.deps.key, files: this.deps.files, identity: this.deps.identity(), appVersion: this.deps.appVersion, now: () => this.deps.clock.now() }, folder);
    } catch (error) {
      const problem = error instanceof DeskError ? error.message : `Không sao lưu được vào "${folder}": ${(error as Error)?.message ?? String(error)}`;
      this.record({ at, ok: false, id: null, problem });
      this.deps.log(`sao lưu (${reason}) thất bại: ${problem}`);
      throw error instanceof DeskError ? error : new DeskError('CONFLICT', problem);
    }
    const check = await this.verifyDir(created.id, created.path);
    this.record({ at, ok: check.ok, id: created.id, problem: check.ok ? null : check.problems.join(' ') });
    if (!check.ok) throw new DeskError('CONFLICT', `Bản sao lưu vừa tạo không kiểm tra được: ${check.problems.join(' ')}`);
    this.deps.log(`đã sao lưu (${reason}): ${created.path}, ${created.dossiers} hồ sơ, ${created.files} tệp, ${created.bytes} byte`);
    await this.rotate(folder, created.id);
    return created;
  }

  list(): BackupListItem[] {
    const folder = this.settings().folder;
    if (!folder || !fs.existsSync(folder)) return [];
    const verified = this.deps.settings.get<Record<string, boolean>>(VERIFIED_KEY, {});
    return this.scan(folder).map(({ readable: _r, ...item }) => ({ ...item, ok: item.ok && verified[item.id] !== false }));
  }

  /** Every backup folder with what its manifest says; `readable` when the manifest could be read. */
  private scan(folder: string): Array<BackupListItem & { readable: boolean }> {
    const items: Array<BackupListItem & { readable: boolean }> = [];
    for (const name of fs.readdirSync(folder)) {
      if (!isBackupId(name)) continue;
      const dir = path.join(folder, name);
      if (!fs.statSync(dir).isDirectory()) continue;
      const whole = looksWhole(dir);
      items.push({
        id: name,
        path: dir,
        createdAt: whole.manifest?.createdAt ?? createdAtOfId(name) ?? fs.statSync(dir).mtime.toISOString(),
        bytes: whole.manifest?.files.reduce((sum, f) => sum + f.bytes, 0) ?? 0,
        ok: whole.ok,
        readable: whole.manifest !== undefined,
      });
    }
    return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async verify(id: string): Promise<BackupVerification> {
    const folder = this.settings().folder;
    const dir = folder ? path.join(folder, id) : null;
    if (!dir || !isBackupId(id) || !fs.existsSync(dir)) throw new DeskError('NOT_FOUND', `Không có bản sao lưu "${id}" trong thư mục sao lưu.`);
    return this.verifyDir(id, dir);
  }

  private async verifyDir(id: string, dir: string): Promise<BackupVerification> {
    const { ok, problems } = await verifyBackup(dir, this.deps.key);
    const verified = this.deps.settings.get<Record<string, boolean>>(VERIFIED_KEY, {});
    verified[id] = ok;
    this.write(() => this.deps.settings.set(VERIFIED_KEY, verified));
    return { ok, problems };
  }

  /** Deletes the backups rotation does not keep, each only after it verified. */
  private async rotate(folder: string, justMade: string): Promise<void> {
    const { keepDaily, keepMonthly } = this.settings();
    // Only backups with a readable manifest take part (a broken one is never deleted, nor counted as kept).
    for (const id of backupsToDelete(this.scan(folder).filter((b) => b.readable), keepDaily, keepMonthly)) {
      if (id === justMade) continue;
      const dir = path.join(folder, id);
      const check = await verifyBackup(dir, this.deps.key);
      if (!check.ok) {
        this.deps.log(`giữ lại bản sao lưu ${id} (không kiểm tra được nên không xoá): ${check.problems.join(' ')}`);
        continue;
      }
      fs.rmSync(dir, { recursive: true, force: true });
      const verified = this.deps.settings.get<Record<string, boolean>>(VERIFIED_KEY, {});
      delete verified[id];
      this.write(() => this.deps.settings.set(VERIFIED_KEY, verified));
    }
  }

  private record(outcome: BackupOutcome): void {
    this.write(() => this.deps.settings.set(LAST_KEY, outcome));
  }

  private write(fn: () => void): void {
    this.deps.db.transaction(fn)();
  }

  /** The daily backup: once a Vietnam day, at or after dailyAt (a desk started later catches up). */
  async tick(): Promise<void> {
    if (this.stopped || this.running) return;
    const { folder, dailyAt } = this.settings();
    if (!folder) return;
    const now = this.deps.clock.now();
    const today = vnDayNumber(now);
    if (this.deps.settings.get<number | null>(DAILY_DONE_KEY, null) === today) return;
    const [h, m] = dailyAt.split(':').map(Number) as [number, number];
    const dueMinute = h * 60 + m;
    const minutesNow = Math.floor((toLocalMs(now) % 86_400_000) / 60_000);
    if (minutesNow < dueMinute) return;
    this.write(() => this.deps.settings.set(DAILY_DONE_KEY, today));
    // A backup already taken today at or after dailyAt (by hand, or after the cash close) is the day's.
    if (this.tookBackupSince(today, dueMinute)) return;
    await this.create('daily').catch(() => {});
  }

  private tookBackupSince(today: number, dueMinute: number): boolean {
    const last = this.deps.settings.get<BackupOutcome | null>(LAST_KEY, null);
    if (!last?.ok) return false;
    const at = new Date(last.at);
    return vnDayNumber(at) === today && Math.floor((toLocalMs(at) % 86_400_000) / 60_000) >= dueMinute;
  }

  /** Called after a cash session closed: when none is left open, the day's takings are backed up. */
  async afterCashClose(): Promise<void> {
    if (this.stopped || !this.settings().folder) return;
    const open = (this.deps.db.prepare('SELECT count(*) AS n FROM cash_sessions WHERE closed_at IS NULL').get() as { n: number }).n;
    if (open > 0) return;
    // A backup already running is waited for: the closed session must be in the next one.
    if (this.running) await this.running.catch(() => {});
    if (this.stopped) return;
    await this.create('cash').catch(() => {});
  }

  start(): void {
    const every = this.deps.checkEveryMs ?? TICK_MS;
    this.timer = setInterval(() => void this.tick(), every);
    this.timer.unref();
    // Soon after start too: a desk switched on after dailyAt catches up on the day's backup.
    setTimeout(() => void this.tick(), Math.min(every, 5_000)).unref();
  }

  /** Stops the schedule and waits for a backup in progress (the database must stay open for it). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => {});
  }
}
