import fs from 'node:fs';
import path from 'node:path';
import type { BackupVerification } from '../../../shared/api/backup';
import { quickCheckInBackground } from '../db/integrity';
import { isPlainDatabaseFile, type DatabaseKey } from '../db/database-key';
import { MIGRATIONS } from '../db/migrations';
import { BACKUP_DATABASE, readManifest, type BackupManifest } from './backup-manifest';
import { hashFile } from './backup-files';

/**
 * Checks one backup folder: manifest.json readable and valid, every file it lists present with
 * its size and SHA-256, the database from this version or older, opened read-only and
 * quick_check'ed (in a worker). Each problem names its file.
 */
export async function verifyBackup(dir: string, key?: DatabaseKey, schemaVersion = MIGRATIONS.length): Promise<BackupVerification & { manifest?: BackupManifest }> {
  const read = readManifest(dir);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const { manifest } = read;
  const problems: string[] = [];
  if (manifest.schemaVersion > schemaVersion) {
    problems.push(`${BACKUP_DATABASE}: từ phiên bản mới hơn của phần mềm (lược đồ ${manifest.schemaVersion}, phần mềm này đến ${schemaVersion}); hãy cập nhật phần mềm trước.`);
  }
  for (const entry of manifest.files) {
    const file = path.join(dir, ...entry.path.split('/'));
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      problems.push(`${entry.path}: thiếu tệp.`);
      continue;
    }
    if (size !== entry.bytes) {
      problems.push(`${entry.path}: sai kích thước (${size} byte, manifest ghi ${entry.bytes}).`);
      continue;
    }
    if ((await hashFile(file)) !== entry.sha256) problems.push(`${entry.path}: sai mã SHA-256 (tệp đã bị thay đổi hoặc hỏng).`);
  }
  const dbOk = !problems.some((p) => p.startsWith(`${BACKUP_DATABASE}:`));
  const dbFile = path.join(dir, BACKUP_DATABASE);
  if (dbOk && !key && !isPlainDatabaseFile(dbFile)) {
    problems.push(`${BACKUP_DATABASE}: đã mã hoá; cần khoá khôi phục (MOTCUA_DB_KEY hoặc --db-key-file, theo phiếu khoá khôi phục) để kiểm tra và khôi phục.`);
  } else if (dbOk) {
    const check = await quickCheckInBackground(dbFile, key);
    // Every byte matched the manifest, so a file that does not open as a database was opened with another key.
    if (!check.ok && check.notDatabase && key && !isPlainDatabaseFile(dbFile)) {
      problems.push(`${BACKUP_DATABASE}: khoá không mở được bản sao lưu này (khoá sai, hoặc bản sao lưu của máy khác: dùng phiếu khoá khôi phục của máy đã sao lưu).`);
    } else if (!check.ok) problems.push(`${BACKUP_DATABASE}: ${check.message}`);
  }
  return { ok: problems.length === 0, problems, manifest };
}

/** Cheap wholeness for the list: manifest valid and every file present with its size (no hashing). */
export function looksWhole(dir: string): { ok: boolean; manifest?: BackupManifest } {
  const read = readManifest(dir);
  if (!read.ok) return { ok: false };
  for (const entry of read.manifest.files) {
    try {
      if (fs.statSync(path.join(dir, ...entry.path.split('/'))).size !== entry.bytes) return { ok: false, manifest: read.manifest };
    } catch {
      return { ok: false, manifest: read.manifest };
    }
  }
  return { ok: true, manifest: read.manifest };
}
