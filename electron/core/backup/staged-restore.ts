/**
 * "Khôi phục từ bản sao lưu…" while the desk runs: the open database cannot be replaced under the
 * running core, so the backup is verified and restored beside the data folder
 * (`<folder>.restored`, with `<folder>.restore-pending.json` naming it), and the next start swaps
 * it in before anything opens the folder. The folder it replaces is kept whole as
 * `<folder>.before-restore-<yyyyMMdd-HHmmss>`: a restore never deletes records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../db/write-file-durably';
import type { DatabaseKey } from '../db/database-key';
import { readManifest } from './backup-manifest';
import { fsyncDir } from './backup-files';
import { vietnamStamp } from './backup-names';
import { restoreBackup, RestoreError, type RestoredFrom } from './restore-backup';

/** How a shell lets its core restore: where a backup goes and how its key is kept there. */
export interface RestoreSetup {
  /** The data folder a backup of this mode replaces (the app keeps training and production apart). */
  targetFor(training: boolean): string;
  /** Keeps the restored database's key where this shell looks for it at the next start. */
  keepKey(stagedDir: string, key: DatabaseKey | undefined, training: boolean): void;
  /** The app relaunches itself; the host is started again by whoever runs it. */
  restart: 'app' | 'host';
}

export interface StagedRestore extends RestoredFrom {
  target: string;
}

const pendingSchema = z.object({ backupId: z.string(), stagedAt: z.string() });

export const stagedFolderOf = (target: string) => `${target}.restored`;
const pendingFileOf = (target: string) => `${target}.restore-pending.json`;

/** Verifies and restores the backup beside its target folder; the next start swaps it in. */
export async function stageRestore(backupDir: string, setup: RestoreSetup, now: Date, key: DatabaseKey | undefined): Promise<StagedRestore> {
  const manifest = readManifest(path.resolve(backupDir));
  if (!manifest.ok) throw new RestoreError(`Không khôi phục được từ "${path.resolve(backupDir)}": ${manifest.problem}`);
  const target = path.resolve(setup.targetFor(manifest.manifest.training));
  const staged = stagedFolderOf(target);
  // An earlier restore made ready but never started is replaced by this one.
  fs.rmSync(pendingFileOf(target), { force: true });
  fs.rmSync(staged, { recursive: true, force: true });
  const restored = await restoreBackup(backupDir, staged, now, key);
  try {
    setup.keepKey(staged, key, manifest.manifest.training);
    writeFileDurably(pendingFileOf(target), JSON.stringify({ backupId: restored.backupId, stagedAt: now.toISOString() }) + '\n');
    fsyncDir(path.dirname(target));
  } catch (error) {
    fs.rmSync(staged, { recursive: true, force: true });
    throw error;
  }
  return { ...restored, target };
}

export interface AppliedRestore {
  backupId: string;
  /** Where the folder it replaced was kept; null when there was none. */
  keptAt: string | null;
}

/**
 * At start, before the folder is opened: a restore made ready is swapped in. A marker whose staged
 * folder is gone (removed by hand) is dropped and the folder opens as it is.
 */
export function applyStagedRestore(target: string, now: Date, log: (message: string) => void): AppliedRestore | null {
  const marker = pendingFileOf(target);
  if (!fs.existsSync(marker)) return null;
  const staged = stagedFolderOf(target);
  const parsed = pendingSchema.safeParse(safeJson(marker));
  if (!parsed.success || !fs.existsSync(staged)) {
    log(`bỏ qua yêu cầu khôi phục ${marker}: ${parsed.success ? `không còn thư mục ${staged}` : 'tệp yêu cầu hỏng'}.`);
    fs.rmSync(marker, { force: true });
    return null;
  }
  let keptAt: string | null = null;
  if (fs.existsSync(target)) {
    keptAt = `${target}.before-restore-${vietnamStamp(now)}`;
    fs.renameSync(target, keptAt);
  }
  fs.renameSync(staged, target);
  fs.rmSync(marker, { force: true });
  fsyncDir(path.dirname(target));
  log(`đã dùng bản khôi phục ${parsed.data.backupId}${keptAt ? `; dữ liệu trước đó giữ ở ${keptAt}` : ''}.`);
  return { backupId: parsed.data.backupId, keptAt };
}

function safeJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
