import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { SettingsStore } from '../settings';
import { applyKey, isPlainDatabaseFile, KEY_FILE, writeKeyFile, type DatabaseKey } from '../db/database-key';
import { DATABASE_FILE } from '../db/open-database';
import type { BackupManifest } from './backup-manifest';
import { fsyncDir, fsyncFile, hashFile } from './backup-files';
import { verifyBackup } from './backup-verify';
import { markRestorePending, RESTORE_CODE_GAP, RESTORE_RECEIPT_GAP } from './restore-reconcile';

export { RESTORE_CODE_GAP, RESTORE_RECEIPT_GAP };
export const RESTORED_SETTING = 'restoredFrom';
/** Every restore this desk's line went through, oldest first: the lost machines' later backups lie in these windows. */
export const RESTORE_WINDOWS_SETTING = 'restoreWindows';

/** From the backup a desk was restored from to the restore: what the lost machine did then is not on this desk's chain. */
export interface RestoreWindow {
  backupCreatedAt: string;
  restoredAt: string;
}

/** The restore windows a database records (a desk restored before this list existed has only its last restore). */
export function restoreWindowsOf(settings: SettingsStore): RestoreWindow[] {
  const last = settings.get<RestoredFrom | null>(RESTORED_SETTING, null);
  return settings.get<RestoreWindow[]>(RESTORE_WINDOWS_SETTING, last ? [{ backupCreatedAt: last.backupCreatedAt, restoredAt: last.restoredAt }] : []);
}

export class RestoreError extends Error {}

export interface RestoredFrom {
  backupId: string;
  backupCreatedAt: string;
  restoredAt: string;
  codeGap: number;
  receiptGap: number;
}

/**
 * Restores the backup at `backupDir` into `dataDir`, which must be empty or absent. The backup is
 * verified first (every hash, quick_check, schema not newer): any problem is refused naming it,
 * with nothing written. The files are copied into a sibling temp folder, re-hashed, fsynced, the
 * desk marked restored (until it has read the portal's feed, see restore-reconcile.ts), then renamed
 * into place.
 */
export async function restoreBackup(backupDir: string, dataDir: string, now: Date, key?: DatabaseKey): Promise<RestoredFrom> {
  const source = path.resolve(backupDir);
  const target = path.resolve(dataDir);
  if (!fs.existsSync(source) || !fs.statSync(source).isDirectory()) throw new RestoreError(`Không khôi phục được: không có thư mục sao lưu "${source}".`);
  if (fs.existsSync(target) && (!fs.statSync(target).isDirectory() || fs.readdirSync(target).length > 0)) {
    throw new RestoreError(`Không khôi phục được: thư mục dữ liệu "${target}" không trống. Chỉ khôi phục vào một thư mục trống (thư mục này không bị thay đổi).`);
  }
  const check = await verifyBackup(source, key);
  if (!check.ok || !check.manifest) throw new RestoreError(`Không khôi phục được từ "${source}": ${check.problems.join(' ')}`);
  const manifest = check.manifest;
  const temp = `${target}.restoring-${process.pid}`;
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(temp, { recursive: true, mode: 0o700 });
  try {
    for (const entry of manifest.files) await copyChecked(source, temp, entry);
    const restored = markRestored(path.join(temp, DATABASE_FILE), manifest, path.basename(source), now, key);
    // A training folder keeps its key beside the database (as a fresh one does); production never.
    if (key && manifest.training) writeKeyFile(path.join(temp, KEY_FILE), key);
    if (!fs.existsSync(path.join(temp, 'desk-mode.json'))) {
      fs.writeFileSync(path.join(temp, 'desk-mode.json'), JSON.stringify({ mode: manifest.training ? 'training' : 'production', since: now.toISOString() }) + '\n');
    }
    for (const dir of dirsOf(temp)) fsyncDir(dir);
    if (fs.existsSync(target)) fs.rmdirSync(target);
    fs.renameSync(temp, target);
    fsyncDir(path.dirname(target));
    return restored;
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

async function copyChecked(source: string, temp: string, entry: BackupManifest['files'][number]): Promise<void> {
  const to = path.join(temp, ...entry.path.split('/'));
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(path.join(source, ...entry.path.split('/')), to);
  if ((await hashFile(to)) !== entry.sha256) throw new RestoreError(`Không khôi phục được: ${entry.path} đọc ra khác với bản sao lưu (ổ đĩa lỗi?).`);
  fsyncFile(to);
}

/**
 * The restored database remembers where it came from, and that it has not reached the portal yet:
 * until it has, it pulls the feed before it issues a code or a receipt number, and offline it
 * continues past the safety gaps (restore-reconcile.ts).
 */
function markRestored(file: string, manifest: BackupManifest, backupId: string, now: Date, key: DatabaseKey | undefined): RestoredFrom {
  const encrypted = !isPlainDatabaseFile(file);
  if (encrypted && !key) {
    throw new RestoreError('Không khôi phục được: bản sao lưu đã mã hoá, cần khoá khôi phục (MOTCUA_DB_KEY hoặc --db-key-file, theo phiếu khoá khôi phục đã in).');
  }
  const db = new Database(file);
  try {
    if (encrypted && key) {
      applyKey(db, key);
      try {
        db.pragma('user_version', { simple: true });
      } catch {
        throw new RestoreError('Không khôi phục được: khoá khôi phục không mở được bản sao lưu này (khoá sai, hoặc bản sao lưu của máy khác). Thư mục dữ liệu không bị thay đổi.');
      }
    }
    const settings = new SettingsStore(db);
    const restored: RestoredFrom = { backupId, backupCreatedAt: manifest.createdAt, restoredAt: now.toISOString(), codeGap: RESTORE_CODE_GAP, receiptGap: RESTORE_RECEIPT_GAP };
    db.transaction(() => {
      // The copy may itself come from a restored desk: its earlier windows stay, this one is added.
      settings.set(RESTORE_WINDOWS_SETTING, [...restoreWindowsOf(settings), { backupCreatedAt: restored.backupCreatedAt, restoredAt: restored.restoredAt }]);
      settings.set(RESTORED_SETTING, restored);
      markRestorePending(settings, restored);
      // The lost machine's sync lease came with the copy: its holder is gone, the restored desk syncs at once.
      db.prepare(`DELETE FROM settings WHERE key = 'sync_lease'`).run();
    })();
    db.pragma('journal_mode = DELETE');
    return restored;
  } finally {
    db.close();
  }
}

function dirsOf(root: string): string[] {
  const dirs = fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name));
  return [...dirs, root];
}
