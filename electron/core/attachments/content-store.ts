import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const sha256Hex = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

const HEX64 = /^[0-9a-f]{64}$/;

/** The first bytes of an encrypted content file (a PDF starts with "%PDF"): format 1. */
export const ENCRYPTED_MAGIC = Buffer.from('MCDENC01', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** HKDF "info" strings: one key each for the contents and the names, both from the database key. */
const CONTENT_KEY_INFO = 'mot-cua-desk/content-files/aes-256-gcm/v1';
const NAME_KEY_INFO = 'mot-cua-desk/content-files/names/hmac-sha256/v1';

export interface ContentKeys {
  /** AES-256-GCM key of the files' contents. */
  content: Buffer;
  /** HMAC-SHA256 key of the files' names. */
  names: Buffer;
}

/** The content-file keys, derived from the database key with HKDF-SHA256 (no salt: the input is 256 random bits). */
export function contentKeysOf(databaseKey: Buffer): ContentKeys {
  const derive = (info: string) => Buffer.from(crypto.hkdfSync('sha256', databaseKey, Buffer.alloc(0), info, 32));
  return { content: derive(CONTENT_KEY_INFO), names: derive(NAME_KEY_INFO) };
}

export class ContentFileError extends Error {
  override name = 'ContentFileError';
}

/**
 * Files kept by their content in <dataDir>/files/<name[0:2]>/<name>. The database refers to a file
 * by the SHA-256 of its plain bytes (the portal's name for it); on disk, with keys (the host and
 * the app always have them), the name is an HMAC-SHA256 of that SHA-256 and the bytes are
 * `MCDENC01 | nonce(12) | AES-256-GCM(bytes) | tag(16)`, the name bound in as associated data; so
 * neither a name nor a byte tells a known document. Without keys (in-process tests, tools) the
 * name is the SHA-256 and the bytes are plain. A write goes to a temp file in the same folder
 * (already encrypted), is fsynced, renamed over the final name and the folder fsynced: a crash
 * leaves either no file or the whole file under its name, never a half one or plain bytes.
 */
export class ContentStore {
  readonly root: string;

  constructor(
    dataDir: string,
    private readonly keys?: ContentKeys,
  ) {
    this.root = path.join(dataDir, 'files');
  }

  get encrypted(): boolean {
    return this.keys !== undefined;
  }

  /** The name on disk of the content whose plain SHA-256 is given. */
  nameOf(sha256: string): string {
    if (!HEX64.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
    return this.keys ? crypto.createHmac('sha256', this.keys.names).update(Buffer.from(sha256, 'hex')).digest('hex') : sha256;
  }

  /** `files/<xx>/<name>`: where the file lies under the data folder (and in a backup). */
  relativePathOf(sha256: string): string {
    const name = this.nameOf(sha256);
    return `files/${name.slice(0, 2)}/${name}`;
  }

  pathOf(sha256: string): string {
    const name = this.nameOf(sha256);
    return path.join(this.root, name.slice(0, 2), name);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /** The plain bytes. */
  read(sha256: string): Buffer {
    return this.open(sha256, fs.readFileSync(this.pathOf(sha256)));
  }

  /** Whether a copy of the stored file (a backup's) holds the content whose SHA-256 is given. */
  holds(sha256: string, file: string): boolean {
    try {
      return sha256Hex(this.open(sha256, fs.readFileSync(file))) === sha256;
    } catch {
      return false;
    }
  }

  /** Stores the bytes (once: the same bytes again reuse the file) and returns their SHA-256. */
  put(bytes: Uint8Array): string {
    const sha256 = sha256Hex(bytes);
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) return sha256;
    const dir = path.dirname(target);
    fs.mkdirSync(dir, { recursive: true });
    const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
    const sealed = this.seal(path.basename(target), bytes);
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      for (const part of sealed) fs.writeSync(fd, part);
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
   * With keys: encrypts every plain file the earlier versions wrote (named by its SHA-256): stored
   * again encrypted under its new name (durably), then the plain one deleted. A crash in between
   * leaves the plain file, converted at the next start. A plain file whose bytes no longer match
   * its name is left alone (and counted), never deleted. Run at start, before anything reads.
   */
  encryptPlainFiles(): { converted: number; damaged: string[] } {
    const damaged: string[] = [];
    let converted = 0;
    if (!this.keys) return { converted, damaged };
    for (const file of this.finalFiles()) {
      const name = path.basename(file);
      if (!HEX64.test(name) || startsWithMagic(file)) continue;
      const bytes = fs.readFileSync(file);
      if (sha256Hex(bytes) !== name) {
        damaged.push(file);
        continue;
      }
      this.put(bytes);
      fs.rmSync(file);
      converted++;
    }
    return { converted, damaged };
  }

  /**
   * Removes temp files left by a crash (never referenced: only final names are). A temp file
   * names its writer's process id; it goes when that process is gone (the usual case after a
   * kill) or when it is older than a writer could still be busy with (a reused process id).
   */
  sweepTempFiles(olderThanMs = 10 * 60_000): number {
    const before = Date.now() - olderThanMs;
    let removed = 0;
    for (const dir of this.subDirs()) {
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

  private subDirs(): string[] {
    if (!fs.existsSync(this.root)) return [];
    return fs
      .readdirSync(this.root)
      .map((sub) => path.join(this.root, sub))
      .filter((dir) => fs.statSync(dir).isDirectory());
  }

  private finalFiles(): string[] {
    return this.subDirs().flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((name) => !name.endsWith('.tmp'))
        .map((name) => path.join(dir, name)),
    );
  }

  private seal(name: string, bytes: Uint8Array): Uint8Array[] {
    if (!this.keys) return [bytes];
    const nonce = crypto.randomBytes(NONCE_BYTES);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.keys.content, nonce);
    cipher.setAAD(associatedData(name));
    const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
    return [ENCRYPTED_MAGIC, nonce, body, cipher.getAuthTag()];
  }

  private open(sha256: string, stored: Buffer): Buffer {
    const sealed = stored.subarray(0, ENCRYPTED_MAGIC.length).equals(ENCRYPTED_MAGIC);
    if (!this.keys) {
      if (sealed) throw new ContentFileError('Tệp nội dung đã mã hoá nhưng không có khoá để đọc.');
      return stored;
    }
    if (!sealed || stored.length < ENCRYPTED_MAGIC.length + NONCE_BYTES + TAG_BYTES) throw new ContentFileError('Tệp nội dung không đúng định dạng mã hoá.');
    const nonce = stored.subarray(ENCRYPTED_MAGIC.length, ENCRYPTED_MAGIC.length + NONCE_BYTES);
    const tag = stored.subarray(stored.length - TAG_BYTES);
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.keys.content, nonce);
    decipher.setAAD(associatedData(this.nameOf(sha256)));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(stored.subarray(ENCRYPTED_MAGIC.length + NONCE_BYTES, stored.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new ContentFileError('Tệp nội dung đã hỏng hoặc bị thay đổi (không qua được kiểm tra mã hoá).');
    }
  }
}

/** The magic and the file's name: a file moved under another name does not open. */
function associatedData(name: string): Buffer {
  return Buffer.concat([ENCRYPTED_MAGIC, Buffer.from(name, 'latin1')]);
}

function startsWithMagic(file: string): boolean {
  const head = Buffer.alloc(ENCRYPTED_MAGIC.length);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(ENCRYPTED_MAGIC);
  } finally {
    fs.closeSync(fd);
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
