/** `PUT /files/{sha256}`: attachments kept by the SHA-256 of their bytes, so a repeat is harmless. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { PortalContext } from './portal-context';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const SHA256_HEX = /^[0-9a-f]{64}$/;

export type FileAnswer = { error_code: '0'; TepDinhKemId: string; url: string } | { error_code: '2'; message: string };

export function storeFile(ctx: PortalContext, sha256: string, bytes: Buffer, name: string, contentType: string): FileAnswer {
  if (!SHA256_HEX.test(sha256)) return { error_code: '2', message: 'đường dẫn phải là SHA-256 chữ thường (64 ký tự hex)' };
  const actual = crypto.createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) return { error_code: '2', message: `SHA-256 của nội dung là ${actual}, không khớp đường dẫn` };
  const url = `${ctx.baseUrl()}/files/${sha256}`;
  const held = ctx.store.findFile(sha256);
  if (held) return { error_code: '0', TepDinhKemId: held.fileId, url };
  const fileId = `TDK-${sha256.slice(0, 24)}`;
  const target = ctx.store.filePath(sha256);
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, bytes);
  fs.renameSync(temp, target);
  ctx.store.addFile(sha256, { fileId, name, contentType, size: bytes.length });
  return { error_code: '0', TepDinhKemId: fileId, url };
}

/** The decoded X-File-Name header ("" when absent or not valid percent-encoding). */
export function decodeFileName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}
