import { z } from 'zod';
import { method, ADMINS } from './method';
import { noInput } from './common';

/** One backup: its folder's name `motcua-backup-<agency id>-<yyyyMMdd-HHmmss>` (Vietnam time). */
export const BACKUP_ID_PATTERN = /^motcua-backup-\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{8}-\d{6}(-\d+)?$/;

export interface BackupSettings {
  /** Where backups go (a USB drive, a network share); null until the admin chooses one. */
  folder: string | null;
  keepDaily: number;
  keepMonthly: number;
  /** "HH:mm", Vietnam time. */
  dailyAt: string;
  lastBackup?: BackupOutcome;
}

/** The last backup the desk tried, made by hand, at dailyAt or after the day's last cash session. */
export interface BackupOutcome {
  /** ISO UTC. */
  at: string;
  ok: boolean;
  id: string | null;
  /** Why it failed, in Vietnamese; null when it succeeded. */
  problem: string | null;
}

export interface BackupCreated {
  id: string;
  path: string;
  /** ISO UTC. */
  createdAt: string;
  bytes: number;
  dossiers: number;
  files: number;
}

export interface BackupListItem {
  id: string;
  path: string;
  createdAt: string;
  bytes: number;
  /** Whole (manifest present, every file of the right size) and not failed at its last verification. */
  ok: boolean;
}

export interface BackupVerification {
  ok: boolean;
  /** Each names the file concerned. */
  problems: string[];
}

/** The database key as the recovery sheet prints it: 16 groups of 4 hex characters. */
export interface RecoveryKey {
  keyGroups: string[];
  /** When the sheet was last printed (ISO UTC); absent until it has been. */
  printedAt?: string;
}

/** A restore made ready: the backup was verified and copied beside the data folder; the desk uses it from its next start. */
export interface RestoreStaged {
  backupId: string;
  /** When the backup was taken (ISO UTC). */
  backupCreatedAt: string;
  /** The data folder the restored copy replaces at the next start (the current one is kept beside it). */
  target: string;
  /** The app relaunches itself (desk.relaunch); the host is started again by whoever runs it. */
  restart: 'app' | 'host';
}

/** Whether there is a key to print (an encrypted database) and whether its sheet has been printed. */
export interface RecoveryKeyStatus {
  available: boolean;
  printedAt: string | null;
}

const folder = z
  .string({ error: 'Thư mục sao lưu: bắt buộc.' })
  .trim()
  .min(1, { error: 'Thư mục sao lưu: bắt buộc.' })
  .max(1000, { error: 'Thư mục sao lưu: tối đa 1000 ký tự.' })
  .refine((p) => !p.includes('\0'), { error: 'Đường dẫn thư mục sao lưu không hợp lệ.' });
const keep = (label: string, max: number) =>
  z
    .number({ error: `${label}: phải là số.` })
    .int({ error: `${label}: số nguyên.` })
    .min(1, { error: `${label}: ít nhất 1.` })
    .max(max, { error: `${label}: tối đa ${max}.` });

export const backupMethods = {
  'backup.settings': method<BackupSettings>()({ input: noInput, access: ADMINS, kind: 'read' }),
  /** A task: the folder (maybe a network share) is checked outside the write transaction. */
  'backup.configure': method<BackupSettings>()({
    input: z
      .object({
        folder,
        keepDaily: keep('Số bản sao lưu hằng ngày giữ lại', 366).optional(),
        keepMonthly: keep('Số bản sao lưu hằng tháng giữ lại', 240).optional(),
        dailyAt: z
          .string({ error: 'Giờ sao lưu hằng ngày: dạng HH:mm.' })
          .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ sao lưu hằng ngày: dạng HH:mm, ví dụ 12:00.' })
          .optional(),
      })
      .strict(),
    access: ADMINS,
    kind: 'task',
  }),
  'backup.create': method<BackupCreated>()({ input: noInput, access: ADMINS, kind: 'task' }),
  'backup.list': method<BackupListItem[]>()({ input: noInput, access: ADMINS, kind: 'task' }),
  'backup.verify': method<BackupVerification>()({
    input: z
      .object({ id: z.string({ error: 'Mã bản sao lưu: bắt buộc.' }).regex(BACKUP_ID_PATTERN, { error: 'Mã bản sao lưu không hợp lệ.' }) })
      .strict(),
    access: ADMINS,
    kind: 'task',
  }),
  /** The key that opens this desk's database and backups, for the recovery sheet; every reading is audited. */
  'backup.recoveryKey': method<RecoveryKey>()({ input: noInput, access: ADMINS, kind: 'read' }),
  /** The recovery sheet was printed: the reminder stops. */
  'backup.recoveryKeyPrinted': method<{ printedAt: string }>()({ input: noInput, access: ADMINS, kind: 'write' }),
  'backup.recoveryKeyStatus': method<RecoveryKeyStatus>()({ input: noInput, access: ADMINS, kind: 'read' }),
  /**
   * "Khôi phục từ bản sao lưu…": verifies the backup at `path` and stages it; the desk restarts onto it.
   * `recoveryKey` (the printed sheet, 64 hex characters, spaces and dashes allowed) opens a backup made
   * by another machine; without it the desk's own key is tried.
   */
  'backup.restore': method<RestoreStaged>()({
    input: z
      .object({
        path: folder.refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'Thư mục bản sao lưu: cần đường dẫn đầy đủ (bắt đầu bằng / hoặc ổ đĩa như D:\\).' }),
        recoveryKey: z
          .string({ error: 'Khoá khôi phục: phải là chuỗi ký tự.' })
          .trim()
          .max(200, { error: 'Khoá khôi phục: tối đa 200 ký tự.' })
          .refine((k) => k === '' || /^[0-9a-fA-F]{64}$/.test(k.replace(/[\s-]/g, '')), { error: 'Khoá khôi phục: cần đúng 64 ký tự 0-9, a-f (16 nhóm 4 ký tự như trên phiếu).' })
          .optional(),
      })
      .strict(),
    access: ADMINS,
    kind: 'task',
  }),
};
