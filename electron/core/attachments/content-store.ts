import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const sha256Hex = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Files kept by the SHA-256 of their bytes in <dataDir>/files/<sha[0:2]>/<sha>. A write goes to a
 * temp file in the same folder, is fsynced, renamed over the final name and the folder fsynced:
 * a crash leaves either no file or the whole file under its name, never a half one.
 */
export class ContentStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'files');
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  read(sha256: string): Buffer {
    return fs.readFileSync(this.pathOf(sha256));
  }

  /** Stores the bytes (once: the same bytes again reuse the file) and returns their SHA-256. */
  put(bytes: Uint8Array): string {
    const sha256 = sha256Hex(bytes);
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) return sha256;
    const dir = path.dirname(target);
    fs.mkdirSync(dir, { recursive: true });
    const temp = path.join(dir, `.${sha256}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } catch (error) {
      fs.closeSync(fd);
      fs.rmSync(temp, { force: true });
      throw error;
    }
    fs.closeSync(fd);
    fs.renameSync(temp, target);
    fsyncDir(dir);
    return sha256;
  }

  remove(sha256: string): void {
    fs.rmSync(this.pathOf(sha256), { force: true });
  }

  /**
   * Removes temp files left by a crash (never referenced: only final names are). A temp file
   * names its writer's process id; it goes when that process is gone (the usual case after a
   * kill) or when it is older than a writer could still be busy with (a reused process id).
   */
  sweepTempFiles(olderThanMs = 10 * 60_000): number {
    const before = Date.now() - olderThanMs;
    let removed = 0;
    if (!fs.existsSync(this.root)) return 0;
    for (const sub of fs.readdirSync(this.root)) {
      const dir = path.join(this.root, sub);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const name of fs.readdirSync(dir)) {
        if (!name.endsWith('.tmp')) continue;
        const file = path.join(dir, name);
        const writer = Number(/^\.[0-9a-f]{64}\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name)?.[1] ?? NaN);
        const writerGone = Number.isInteger(writer) && writer !== process.pid && !processAlive(writer);
        if (writerGone || fs.statSync(file).mtimeMs < before) {
          fs.rmSync(file, { force: true });
          removed++;
        }
      }
    }
    return removed;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync on Windows
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
