import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a small settings file whole, readable by this user only: a temp file beside it, fsync,
 * rename. A crash leaves the old content or the new, never half of one.
 */
export function writeFileDurably(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}
