import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HotFolderFile } from '../../../shared/api';
import { MAX_INPUT_BYTES } from '../../../shared/api/attachments';
import { sniffFileKind } from './file-type';
import { megabytes, refuseFile } from './file-refusal';

/** Taken files are moved here (inside the hot folder), so they are not offered twice. */
export const IMPORTED_SUBFOLDER = 'đã nhận';
export const DEFAULT_SETTLE_MS = 1_500;
export const DEFAULT_RESCAN_MS = 5_000;

export interface HotFolderOptions {
  /** A file is complete when its size and mtime have not changed for this long (and it reads whole). */
  settleMs?: number;
  /** Full rescan period: network shares drop change events. */
  rescanMs?: number;
  log?: (message: string) => void;
  /** Called when the list of offers changes. */
  onChange?: (offers: number) => void;
  /** Originals in "đã nhận" older than this many days (since they were moved there) are deleted; read at each purge. */
  keepImportedDays?: () => number;
}

/** How often "đã nhận" is looked through for originals past their days. */
const PURGE_EVERY_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

interface Candidate {
  name: string;
  size: number;
  mtimeMs: number;
  /** Since when size and mtime have been as they are (watcher time). */
  stableSince: number;
  token: string;
  offered: boolean;
  refusal: string | null;
  busy: boolean;
}

/** What the import reads: the file found by the watcher inside the folder (never a path from outside). */
export interface ClaimedFile {
  token: string;
  name: string;
  bytes: Buffer;
}

/**
 * Watches one folder where scan-to-folder printers drop files (fs.watch plus a periodic rescan).
 * A file is offered only once it is complete: unchanged in size and mtime for the settle period
 * and readable to its end. Offers are known by an opaque token; names from the folder are shown,
 * never taken back as paths. Symlinks leading outside the folder, hidden and temp files, and
 * sub-folders are ignored.
 */
export class HotFolderWatcher {
  private folder: string | null = null;
  private realFolder: string | null = null;
  private watcher: fs.FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private soon: NodeJS.Timeout | null = null;
  private candidates = new Map<string, Candidate>();
  private lastSignature = '';
  private readonly settleMs: number;
  private readonly rescanMs: number;
  private readonly log: (message: string) => void;
  private lastPurge = -Infinity;
  /** The last problem reading the folder (shown to the admin), or null. */
  problem: string | null = null;

  constructor(private readonly options: HotFolderOptions = {}) {
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    this.rescanMs = options.rescanMs ?? DEFAULT_RESCAN_MS;
    this.log = options.log ?? (() => {});
  }

  get current(): string | null {
    return this.folder;
  }

  /** Starts watching `folder` (null stops). */
  watch(folder: string | null): void {
    this.stop();
    this.folder = folder;
    this.candidates.clear();
    this.problem = null;
    if (!folder) {
      this.changed();
      return;
    }
    this.scan();
  }

  /** Resolves the folder and subscribes to its change events; retried by each scan while it fails (a share not mounted yet). */
  private attach(): boolean {
    if (this.realFolder) return true;
    if (!this.folder) return false;
    try {
      this.realFolder = fs.realpathSync(this.folder);
      this.watcher = fs.watch(this.folder, { persistent: false }, () => this.scanSoon());
      this.watcher.on('error', (error) => {
        this.log(`hot folder: fs.watch: ${error.message}`);
        this.watcher?.close();
        this.watcher = null; // the periodic rescan carries on
      });
      return true;
    } catch (error) {
      this.problem = `Không theo dõi được thư mục quét: ${(error as Error).message}`;
      return false;
    }
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    this.realFolder = null;
    if (this.timer) clearTimeout(this.timer);
    if (this.soon) clearTimeout(this.soon);
    this.timer = null;
    this.soon = null;
  }

  /** Files ready to take, oldest first. */
  offers(): HotFolderFile[] {
    return [...this.candidates.values()]
      .filter((c) => c.offered)
      .sort((a, b) => a.mtimeMs - b.mtimeMs || a.name.localeCompare(b.name))
      .map((c) => ({ token: c.token, name: c.name, bytes: c.size, modifiedAt: new Date(c.mtimeMs).toISOString(), refusal: c.refusal }));
  }

  /**
   * Reads an offered file for import and marks it busy until `release`/`imported`. Null when the
   * token is unknown or the file changed since it was offered.
   */
  claim(token: string): ClaimedFile | 'busy' | 'too-large' | null {
    const c = this.byToken(token);
    if (!c || !c.offered) return null;
    if (c.busy) return 'busy';
    if (c.size > MAX_INPUT_BYTES) return 'too-large'; // never read into memory
    const file = this.inside(c.name);
    if (!file) return null;
    let bytes: Buffer;
    try {
      const stat = fs.statSync(file);
      if (stat.size !== c.size || stat.mtimeMs !== c.mtimeMs) return null;
      bytes = fs.readFileSync(file);
    } catch {
      return null;
    }
    if (bytes.length !== c.size) return null;
    c.busy = true;
    return { token, name: c.name, bytes };
  }

  /** The import refused the file: it stays, with the reason on its offer. */
  refused(token: string, reason: string): void {
    const c = this.byToken(token);
    if (!c) return;
    c.busy = false;
    c.refusal = reason;
    this.changed();
  }

  /** The import failed for another reason (nothing to show on the file): it can be taken again. */
  release(token: string): void {
    const c = this.byToken(token);
    if (c) c.busy = false;
  }

  /** The file is in the dossier: move it to the imported sub-folder so it is not offered again. */
  imported(token: string): void {
    const c = this.byToken(token);
    if (!c) return;
    this.candidates.delete(c.name);
    const file = this.inside(c.name);
    if (file && this.folder) {
      try {
        const dir = path.join(this.folder, IMPORTED_SUBFOLDER);
        fs.mkdirSync(dir, { recursive: true });
        const target = uniqueTarget(dir, c.name);
        fs.renameSync(file, target);
        // Its days in "đã nhận" count from now (a rename keeps the scan's own time).
        const now = new Date();
        fs.utimesSync(target, now, now);
      } catch (error) {
        this.log(`hot folder: không chuyển được tệp đã nhận: ${(error as Error).message}`);
        // Remembered as taken while it keeps its size and mtime, so it is not offered twice.
        this.candidates.set(c.name, { ...c, offered: false, busy: false, stableSince: Infinity });
      }
    }
    this.changed();
  }

  /**
   * Deletes the originals in "đã nhận" moved there more than `keepImportedDays` ago: the dossier
   * holds their pages (encrypted), so a citizen's papers do not lie in a shared folder for ever.
   */
  purgeImported(now = Date.now()): number {
    const days = this.options.keepImportedDays?.();
    if (!this.folder || days === undefined) return 0;
    const dir = path.join(this.folder, IMPORTED_SUBFOLDER);
    let removed = 0;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return 0; // nothing taken yet, or the share is away
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const file = path.join(dir, entry.name);
      try {
        if (fs.statSync(file).mtimeMs < now - days * DAY_MS) {
          fs.rmSync(file);
          removed++;
        }
      } catch (error) {
        this.log(`hot folder: không xoá được tệp gốc đã nhận ${entry.name}: ${(error as Error).message}`);
      }
    }
    if (removed) this.log(`hot folder: đã xoá ${removed} tệp gốc trong "${IMPORTED_SUBFOLDER}" quá ${days} ngày.`);
    return removed;
  }

  /** Reads the folder now (also called by the timer and on change events). */
  scan(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.folder) return;
    const now = performance.now();
    if (now - this.lastPurge >= PURGE_EVERY_MS) {
      this.lastPurge = now;
      this.purgeImported();
    }
    let entries: fs.Dirent[] = [];
    try {
      if (this.attach()) {
        entries = fs.readdirSync(this.folder, { withFileTypes: true });
        this.problem = null;
      }
    } catch (error) {
      this.problem = `Không đọc được thư mục quét: ${(error as Error).message}`;
    }
    const seen = new Set<string>();
    let settling = false;
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || name.startsWith('~') || /\.(tmp|part|crdownload)$/i.test(name)) continue;
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      const file = this.inside(name);
      if (!file) continue;
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        continue;
      }
      if (!stat.isFile()) continue;
      seen.add(name);
      const known = this.candidates.get(name);
      if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
        if (!known.offered && known.stableSince !== Infinity) {
          if (stat.size > 0 && now - known.stableSince >= this.settleMs && readsWhole(file, stat.size)) {
            known.offered = true;
            known.refusal = firstLook(file, stat.size);
          } else {
            settling = true;
          }
        }
        continue;
      }
      // New or still growing: wait for it to settle.
      this.candidates.set(name, { name, size: stat.size, mtimeMs: stat.mtimeMs, stableSince: now, token: randomUUID(), offered: false, refusal: null, busy: false });
      settling = true;
    }
    for (const name of [...this.candidates.keys()]) if (!seen.has(name) && !this.candidates.get(name)!.busy) this.candidates.delete(name);
    this.changed();
    const next = settling ? Math.max(50, Math.min(this.rescanMs, Math.round(this.settleMs / 3))) : this.rescanMs;
    this.timer = setTimeout(() => this.scan(), next);
    this.timer.unref();
  }

  private scanSoon(): void {
    if (this.soon) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      this.scan();
    }, 100);
    this.soon.unref();
  }

  private byToken(token: string): Candidate | undefined {
    for (const c of this.candidates.values()) if (c.token === token) return c;
    return undefined;
  }

  /** The entry's path when it is (or resolves to) a file inside the watched folder; null otherwise. */
  private inside(name: string): string | null {
    if (!this.folder || !this.realFolder) return null;
    if (name !== path.basename(name) || name === '.' || name === '..') return null;
    const file = path.join(this.folder, name);
    try {
      const real = fs.realpathSync(file);
      const rel = path.relative(this.realFolder, real);
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null; // a symlink leading outside
      return file;
    } catch {
      return null;
    }
  }

  private changed(): void {
    const signature = this.offers()
      .map((o) => `${o.token}:${o.refusal ?? ''}`)
      .join('|');
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.options.onChange?.(this.offers().length);
  }
}

/** True when the file opens and reads to its stated size (a writer holding it locked, or a short read, is not complete). */
function readsWhole(file: string, size: number): boolean {
  if (size > MAX_INPUT_BYTES) return true; // refused on take anyway; no need to read 40 MB to say so
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const chunk = Buffer.allocUnsafe(Math.min(size, 1 << 20));
    let total = 0;
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, total);
      if (n === 0) break;
      total += n;
    }
    return total === size;
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** A refusal that can be told before the officer takes the file (the type, by its first bytes). */
function firstLook(file: string, size: number): string | null {
  if (size > MAX_INPUT_BYTES) return refuseFile('too-large-input', megabytes(size)).message;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(16);
      fs.readSync(fd, head, 0, 16, 0);
      return sniffFileKind(head) ? null : refuseFile('unsupported').message;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** A free name in `dir` for `name` (a number added before the extension when taken). */
function uniqueTarget(dir: string, name: string): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let i = 0; ; i++) {
    const candidate = path.join(dir, i === 0 ? name : `${stem} (${i})${ext}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}
