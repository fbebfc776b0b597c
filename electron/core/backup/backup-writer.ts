import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupCreated } from '../../../shared/api/backup';
import type { ContentStore } from '../attachments';
import type { DeskIdentity } from '../settings';
import { BACKUP_DATABASE, MANIFEST_FILE, MANIFEST_FORMAT, type BackupManifest } from './backup-manifest';
import { fsyncDir, fsyncFile, hashFile, processAlive } from './backup-files';
import { backupIdOf, partialNameOf, partialWriterOf } from './backup-names';
import { applyKey, type DatabaseKey } from '../db/database-key';
import { vacuumIntoInWorker } from '../db/vacuum-into-worker';
import { auditChainHead } from '../audit';

/** Pages copied per step of the online backup (4 MiB): between steps the desk's calls run. */
const PAGES_PER_STEP = 1024;

/** The data folder's own small files a restored desk needs: its mode and the portal settings (never a password). */
export const FOLDER_FILES = ['desk-mode.json', 'portal-settings.json'];

export interface BackupSource {
  db: Database.Database;
  /** The database's key: the copy is encrypted with it too. */
  key?: DatabaseKey;
  files: ContentStore;
  identity: DeskIdentity;
  appVersion: string;
  now: () => Date;
}

/**
 * Writes one backup into `folder`: the database through SQLite's online backup (a consistent
 * copy while intake goes on), every content file the copy references, and manifest.json with
 * the SHA-256 of each. All of it goes into a hidden `.<id>.partial-<pid>` folder, fsynced, then
 * renamed: a crash leaves only a partial folder (never listed, removed by the next backup) and
 * never touches an earlier backup.
 */
export async function writeBackup(source: BackupSource, folder: string): Promise<BackupCreated> {
  removeDeadPartials(folder);
  const createdAt = source.now();
  const id = uniqueId(folder, backupIdOf(source.identity.agencyId, createdAt));
  const partial = path.join(folder, partialNameOf(id));
  fs.mkdirSync(partial, { mode: 0o700 });
  try {
    const dbCopy = path.join(partial, BACKUP_DATABASE);
    await copyDatabase(source, dbCopy);
    const snapshot = finishDatabaseCopy(dbCopy, source.key);
    const entries: BackupManifest['files'] = [];
    for (const sha256 of snapshot.fileHashes) entries.push(await copyContentFile(source.files, sha256, partial));
    for (const name of FOLDER_FILES) {
      const from = path.join(path.dirname(source.files.root), name);
      if (!fs.existsSync(from)) continue;
      const to = path.join(partial, name);
      fs.copyFileSync(from, to);
      fsyncFile(to);
      entries.push({ path: name, bytes: fs.statSync(to).size, sha256: await hashFile(to) });
    }
    fsyncFile(dbCopy);
    entries.unshift({ path: BACKUP_DATABASE, bytes: fs.statSync(dbCopy).size, sha256: await hashFile(dbCopy) });
    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      formatVersion: 1,
      schemaVersion: snapshot.schemaVersion,
      appVersion: source.appVersion,
      agencyId: source.identity.agencyId,
      counter: source.identity.counter,
      training: source.identity.training,
      createdAt: createdAt.toISOString(),
      counts: { dossiers: snapshot.dossiers, payments: snapshot.payments, files: snapshot.fileHashes.length },
      auditHead: snapshot.auditHead,
      files: entries,
    };
    const manifestFile = path.join(partial, MANIFEST_FILE);
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2), { mode: 0o600 });
    fsyncFile(manifestFile);
    for (const dir of contentDirs(partial)) fsyncDir(dir);
    fsyncDir(partial);
    const final = path.join(folder, id);
    fs.renameSync(partial, final);
    fsyncDir(folder);
    return {
      id,
      path: final,
      createdAt: manifest.createdAt,
      bytes: entries.reduce((sum, e) => sum + e.bytes, 0) + fs.statSync(path.join(final, MANIFEST_FILE)).size,
      dossiers: snapshot.dossiers,
      files: snapshot.fileHashes.length,
    };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A consistent copy while the desk keeps writing. SQLite's online backup cannot write an
 * encrypted target, so an encrypted database is copied with VACUUM INTO, which writes the copy
 * through the same cipher and key in one read transaction (writers go on in WAL mode), on a
 * connection of its own in a worker thread so calls keep being answered meanwhile.
 */
async function copyDatabase(source: BackupSource, target: string): Promise<void> {
  if (source.key) await vacuumIntoInWorker(source.db.name, target, source.key);
  else await source.db.backup(target, { progress: () => PAGES_PER_STEP });
}

/**
 * The copy becomes one self-contained file (no WAL) marked as closed cleanly; its counts and the
 * files it references are read from it, so they match the snapshot, not the live database.
 */
function finishDatabaseCopy(
  file: string,
  key: DatabaseKey | undefined,
): { schemaVersion: number; dossiers: number; payments: number; fileHashes: string[]; auditHead: { id: number; hash: string } } {
  const copy = new Database(file);
  if (key) applyKey(copy, key);
  try {
    copy.pragma('journal_mode = DELETE');
    copy.prepare(`UPDATE settings SET value = '"clean"' WHERE key = 'run_marker'`).run();
    const count = (table: string) => (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const fileHashes = (copy.prepare('SELECT DISTINCT sha256 FROM attachments ORDER BY sha256').all() as Array<{ sha256: string }>).map((r) => r.sha256);
    const head = auditChainHead(copy);
    return {
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      dossiers: count('dossiers'),
      payments: count('payments'),
      fileHashes,
      auditHead: { id: head.id, hash: head.hash },
    };
  } finally {
    copy.close();
  }
}

/**
 * Copies a content file as it is stored (encrypted, under its HMAC name: a backup shows no more
 * than the data folder); the manifest's hash is of those stored bytes, and the copy is checked to
 * open to the content the database names.
 */
async function copyContentFile(files: ContentStore, sha256: string, partial: string): Promise<BackupManifest['files'][number]> {
  const inner = files.relativePathOf(sha256);
  const target = path.join(partial, ...inner.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    await fs.promises.copyFile(files.pathOf(sha256), target);
  } catch {
    throw new Error(`Tệp nội dung ${inner} có trong cơ sở dữ liệu nhưng không còn trong thư mục dữ liệu.`);
  }
  // Checked as written on the backup medium: what the manifest promises is what is there.
  if (!files.holds(sha256, target)) throw new Error(`Tệp nội dung ${inner} trong thư mục dữ liệu đã hỏng (không khớp nội dung).`);
  fsyncFile(target);
  return { path: inner, bytes: fs.statSync(target).size, sha256: await hashFile(target) };
}

function contentDirs(partial: string): string[] {
  const root = path.join(partial, 'files');
  if (!fs.existsSync(root)) return [];
  return [...fs.readdirSync(root).map((sub) => path.join(root, sub)), root];
}

/** Two backups in the same second get -2, -3... */
function uniqueId(folder: string, id: string): string {
  let candidate = id;
  for (let n = 2; fs.existsSync(path.join(folder, candidate)); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** Partial folders whose writer died (a crash mid-backup): never a backup, removed. */
export function removeDeadPartials(folder: string): number {
  let removed = 0;
  for (const name of fs.readdirSync(folder)) {
    const writer = partialWriterOf(name);
    if (writer === null || (writer !== process.pid && processAlive(writer))) continue;
    if (writer === process.pid) continue; // ours, in progress
    fs.rmSync(path.join(folder, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
