import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_DATABASE = 'desk.sqlite3';
export const MANIFEST_FORMAT = 'motcua-backup';

/** A path inside the backup folder: relative, forward slashes, never leaving it. */
const innerPath = z
  .string()
  .min(1)
  .max(300)
  .refine((p) => !p.startsWith('/') && !p.includes('\\') && !p.includes('\0') && p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
    error: 'đường dẫn tệp không hợp lệ',
  });

export const manifestSchema = z
  .object({
    format: z.literal(MANIFEST_FORMAT),
    formatVersion: z.literal(1),
    /** The database's user_version (the number of migrations applied). */
    schemaVersion: z.number().int().min(1),
    appVersion: z.string().max(40),
    agencyId: z.string().max(40),
    counter: z.number().int().min(1).max(99),
    training: z.boolean(),
    /** ISO UTC. */
    createdAt: z.iso.datetime(),
    counts: z.object({ dossiers: z.number().int().min(0), payments: z.number().int().min(0), files: z.number().int().min(0) }),
    /** The audit chain's head in the copy: an anchor kept away from the desk, so rows cut off its end show. */
    auditHead: z.object({ id: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
    files: z.array(z.object({ path: innerPath, bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).min(1),
  })
  .refine((m) => m.files.some((f) => f.path === BACKUP_DATABASE), { error: `thiếu ${BACKUP_DATABASE}` });

export type BackupManifest = z.infer<typeof manifestSchema>;

export type ManifestRead = { ok: true; manifest: BackupManifest } | { ok: false; problem: string };

/** Reads and checks manifest.json; a missing or half-written one is a problem naming the file. */
export function readManifest(backupDir: string): ManifestRead {
  let text: string;
  try {
    text = fs.readFileSync(path.join(backupDir, MANIFEST_FILE), 'utf8');
  } catch {
    return { ok: false, problem: `${MANIFEST_FILE}: không có (bản sao lưu chưa ghi xong hoặc không phải bản sao lưu).` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${MANIFEST_FILE}: không đọc được (hỏng hoặc ghi dở).` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${MANIFEST_FILE}: không hợp lệ (${issue ? `${issue.path.join('.') || 'gốc'}: ${issue.message}` : 'sai cấu trúc'}).` };
  }
  return { ok: true, manifest: parsed.data };
}
