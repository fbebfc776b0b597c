import { randomUUID } from 'node:crypto';
import type { AttachmentAdded, AttachmentContent, AttachmentLimits, AttachmentListItem, AttachmentThumbnail } from '../../../shared/api';
import { MAX_INPUT_BYTES } from '../../../shared/api/attachments';
import { DeskError } from '../api/desk-error';
import type { HandlerContext } from '../api/handler-context';
import { attachmentById, liveAttachment, type AttachmentRow } from './attachment-rows';
import { recordDossierChange } from '../dossiers';
import { appendPages, openImportedPdf, openStoredPdf, reorderPages, type PageSource } from './component-pdf';
import { megabytes, refuseFile } from './file-refusal';
import { sniffFileKind } from './file-type';
import { imagePages, rotateThumbnail, type ColourMode } from './image-pages';

/** The portal's limit for one file after conversion (the Lai Châu portal's web form: 6 MB); a setting. */
export const MAX_FILE_BYTES_SETTING = 'attachments.maxFileBytes';
export const DEFAULT_MAX_FILE_BYTES = 6 * 1024 * 1024;
/** Days the hot folder's originals stay in "đã nhận" before they are deleted; a setting. */
export const KEEP_IMPORTED_DAYS_SETTING = 'attachments.keepImportedDays';
export const DEFAULT_KEEP_IMPORTED_DAYS = 30;
const ATTEMPTS = 3;

export interface IncomingFile {
  bytes: Buffer;
}

interface Prepared {
  sources: PageSource[];
  /** Thumbnail per new page (null for pages of an imported PDF). */
  thumbnails: Array<Buffer | null>;
  /** The one imported PDF, kept byte for byte when the component has no PDF yet (signatures stay valid). */
  lonePdf: Buffer | null;
}

/** Checks every file by its bytes and converts images to pages; refuses the whole lot on the first bad file. */
async function prepare(files: IncomingFile[], colour: ColourMode): Promise<Prepared> {
  const sources: PageSource[] = [];
  const thumbnails: Array<Buffer | null> = [];
  for (const { bytes } of files) {
    if (bytes.length === 0) throw refuseFile('empty');
    if (bytes.length > MAX_INPUT_BYTES) throw refuseFile('too-large-input', megabytes(bytes.length));
    const kind = sniffFileKind(bytes);
    if (!kind) throw refuseFile('unsupported');
    if (kind === 'pdf') {
      const doc = await openImportedPdf(bytes);
      sources.push({ kind: 'pdf', doc });
      thumbnails.push(...doc.getPageIndices().map(() => null));
    } else {
      for (const page of await imagePages(bytes, kind, colour)) {
        sources.push({ kind: 'image', page });
        thumbnails.push(page.thumbnailPng);
      }
    }
  }
  const lonePdf = files.length === 1 && sources.length === 1 && sources[0]!.kind === 'pdf' ? files[0]!.bytes : null;
  return { sources, thumbnails, lonePdf };
}

function checkTarget(ctx: HandlerContext, dossierId: string, componentCode: string): void {
  const dossier = ctx.db.prepare('SELECT id FROM dossiers WHERE id = ?').get(dossierId);
  if (!dossier) throw new DeskError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  const component = ctx.db.prepare('SELECT code FROM dossier_components WHERE dossier_id = ? AND code = ?').get(dossierId, componentCode);
  if (!component) throw new DeskError('NOT_FOUND', `Hồ sơ không có thành phần "${componentCode}".`);
}

function filesOf(ctx: HandlerContext) {
  if (!ctx.services.files) throw new Error('attachments: no content store in this core');
  return ctx.services.files;
}

export function attachmentLimits(ctx: HandlerContext): AttachmentLimits {
  return { maxFileBytes: maxFileBytes(ctx), keepImportedDays: ctx.services.settings.get<number>(KEEP_IMPORTED_DAYS_SETTING, DEFAULT_KEEP_IMPORTED_DAYS) };
}

export function setAttachmentLimits(ctx: HandlerContext, limits: { maxFileBytes: number; keepImportedDays?: number }): AttachmentLimits {
  const before = attachmentLimits(ctx);
  ctx.services.settings.set(MAX_FILE_BYTES_SETTING, limits.maxFileBytes);
  if (limits.keepImportedDays !== undefined) ctx.services.settings.set(KEEP_IMPORTED_DAYS_SETTING, limits.keepImportedDays);
  ctx.audit({ entity: 'setting', entityId: MAX_FILE_BYTES_SETTING, before, after: attachmentLimits(ctx) });
  return attachmentLimits(ctx);
}

function maxFileBytes(ctx: HandlerContext): number {
  return ctx.services.settings.get<number>(MAX_FILE_BYTES_SETTING, DEFAULT_MAX_FILE_BYTES);
}

/**
 * Adds files to a component: images become compressed pages appended to the component's one
 * PDF. The new PDF is a new stored file (the old one stays until the portal has acknowledged the
 * change). Files are written before the transaction that references them, so a crash leaves at
 * worst an unreferenced file, never a reference to a half one.
 */
export async function addToComponent(
  ctx: HandlerContext,
  target: { dossierId: string; componentCode: string; fileName: string },
  files: IncomingFile[],
  colour: ColourMode = 'auto',
): Promise<AttachmentAdded> {
  checkTarget(ctx, target.dossierId, target.componentCode);
  const prepared = await prepare(files, colour);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const base = liveAttachment(ctx.db, target.dossierId, target.componentCode);
    let built: { bytes: Uint8Array; pages: number };
    if (!base && prepared.lonePdf) {
      built = { bytes: prepared.lonePdf, pages: prepared.thumbnails.length };
    } else {
      const existing = base ? await openStoredPdf(filesOf(ctx).read(base.sha256)) : null;
      built = await appendPages(existing, prepared.sources).catch((error: unknown) => {
        throw error instanceof DeskError ? error : refuseFile('corrupt');
      });
    }
    const saved = storeChecked(ctx, built.bytes);
    const result = ctx.write(() => {
      const now = liveAttachment(ctx.db, target.dossierId, target.componentCode);
      if (now?.id !== base?.id) return null; // someone else changed the component meanwhile: build again on theirs
      const keptThumbnails = base ? pageThumbnails(ctx, base.id) : [];
      return commitVersion(ctx, {
        dossierId: target.dossierId,
        componentCode: target.componentCode,
        fileName: base?.file_name ?? target.fileName,
        sha256: saved.sha256,
        bytes: saved.bytes,
        pages: built.pages,
        thumbnails: [...keptThumbnails, ...prepared.thumbnails],
        replaces: base ?? null,
        reason: 'attachments.add',
      });
    });
    if (result) return result;
  }
  throw new DeskError('CONFLICT', 'Thành phần hồ sơ đang được cập nhật ở nơi khác, vui lòng thử lại.');
}

/** Reorders, rotates or drops pages: a new version of the component's PDF. */
export async function editPages(ctx: HandlerContext, input: { id: string; order: number[]; rotate?: Record<string, 90 | 180 | 270> }): Promise<AttachmentAdded> {
  const base = attachmentById(ctx.db, input.id);
  if (!base || base.removed_at) throw new DeskError('NOT_FOUND', 'Không tìm thấy tệp đính kèm (có thể đã được thay bằng bản mới).');
  const bad = input.order.find((n) => n > base.pages);
  if (bad !== undefined) throw new DeskError('INVALID_INPUT', `Tệp chỉ có ${base.pages} trang, không có trang ${bad}.`);
  if (new Set(input.order).size !== input.order.length) throw new DeskError('INVALID_INPUT', 'Mỗi trang chỉ được xuất hiện một lần.');
  const rotate = Object.fromEntries(Object.entries(input.rotate ?? {}).map(([k, v]) => [Number(k), v]));
  const built = await reorderPages(await openStoredPdf(filesOf(ctx).read(base.sha256)), input.order, rotate);
  const old = pageThumbnails(ctx, base.id);
  const thumbnails = await Promise.all(
    input.order.map(async (n) => {
      const png = old[n - 1] ?? null;
      return png && rotate[n] ? rotateThumbnail(png, rotate[n]) : png;
    }),
  );
  const saved = storeChecked(ctx, built.bytes);
  return ctx.write(() => {
    const now = attachmentById(ctx.db, base.id);
    if (!now || now.removed_at) throw new DeskError('CONFLICT', 'Tệp vừa được thay đổi ở nơi khác, vui lòng mở lại.');
    return commitVersion(ctx, { ...base, dossierId: base.dossier_id, componentCode: base.component_code, fileName: base.file_name, sha256: saved.sha256, bytes: saved.bytes, pages: built.pages, thumbnails, replaces: base, reason: 'attachments.editPages' });
  });
}

/** Removes a component's PDF (kept on disk until the portal has acknowledged the removal). Runs in the router's transaction. */
export function removeAttachment(ctx: HandlerContext, id: string): { done: true } {
  const row = attachmentById(ctx.db, id);
  if (!row || row.removed_at) throw new DeskError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
  const now = ctx.clock.now();
  const revision = recordDossierChange(ctx, row.dossier_id, 'attachments.remove', { at: now });
  ctx.db.prepare('UPDATE attachments SET removed_at = ?, removed_revision = ? WHERE id = ?').run(now.toISOString(), revision, id);
  ctx.audit({ entity: 'attachment', entityId: id, before: { sha256: row.sha256, componentCode: row.component_code }, after: { removed: true, revision } });
  return { done: true };
}

export function listAttachments(ctx: HandlerContext, dossierId: string): AttachmentListItem[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.*, d.synced_revision FROM attachments a JOIN dossiers d ON d.id = a.dossier_id
       WHERE a.dossier_id = ? AND a.removed_at IS NULL
       ORDER BY (SELECT position FROM dossier_components c WHERE c.dossier_id = a.dossier_id AND c.code = a.component_code), a.created_at`,
    )
    .all(dossierId) as Array<AttachmentRow & { synced_revision: number }>;
  return rows.map((r) => ({
    id: r.id,
    componentCode: r.component_code,
    fileName: r.file_name,
    sha256: r.sha256,
    pages: r.pages,
    bytes: r.bytes,
    synced: r.uploaded_at !== null && r.synced_revision >= r.created_revision,
  }));
}

export function attachmentThumbnail(ctx: HandlerContext, id: string, page: number): AttachmentThumbnail {
  const row = attachmentById(ctx.db, id);
  if (!row) throw new DeskError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
  if (page > row.pages) throw new DeskError('NOT_FOUND', `Tệp chỉ có ${row.pages} trang.`);
  const png = pageThumbnails(ctx, id)[page - 1] ?? null;
  return png
    ? { pngBase64: png.toString('base64'), reason: null }
    : { pngBase64: null, reason: 'Trang này lấy từ tệp PDF nhập vào: chưa có ảnh thu nhỏ (ứng dụng hiển thị trực tiếp tệp PDF).' };
}

/** The stored PDF's bytes (the file is kept while the row exists, removed or not). */
export function attachmentContent(ctx: HandlerContext, id: string): AttachmentContent {
  const row = attachmentById(ctx.db, id);
  if (!row) throw new DeskError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
  const files = filesOf(ctx);
  if (!files.has(row.sha256)) throw new DeskError('NOT_FOUND', 'Tệp đính kèm không còn trong thư mục dữ liệu.');
  return { pdfBase64: files.read(row.sha256).toString('base64') };
}

function pageThumbnails(ctx: HandlerContext, id: string): Array<Buffer | null> {
  const rows = ctx.db.prepare('SELECT page_no, thumbnail_png FROM attachment_pages WHERE attachment_id = ? ORDER BY page_no').all(id) as Array<{
    page_no: number;
    thumbnail_png: Buffer | null;
  }>;
  const out: Array<Buffer | null> = [];
  for (const r of rows) out[r.page_no - 1] = r.thumbnail_png;
  return out;
}

function storeChecked(ctx: HandlerContext, bytes: Uint8Array): { sha256: string; bytes: number } {
  const limit = maxFileBytes(ctx);
  if (bytes.length > limit) throw refuseFile('too-large', `${megabytes(bytes.length)} > ${megabytes(limit)}`);
  return { sha256: filesOf(ctx).put(bytes), bytes: bytes.length };
}

interface Version {
  dossierId: string;
  componentCode: string;
  fileName: string;
  sha256: string;
  bytes: number;
  pages: number;
  thumbnails: Array<Buffer | null>;
  replaces: AttachmentRow | null;
  reason: string;
}

function commitVersion(ctx: HandlerContext, v: Version): AttachmentAdded {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const revision = recordDossierChange(ctx, v.dossierId, v.reason, { at: now });
  if (v.replaces) ctx.db.prepare('UPDATE attachments SET removed_at = ?, removed_revision = ? WHERE id = ?').run(at, revision, v.replaces.id);
  const id = randomUUID();
  // A file the portal already holds (same bytes) needs no second upload.
  const uploaded = ctx.db
    .prepare('SELECT uploaded_at, portal_file_id, portal_url FROM attachments WHERE sha256 = ? AND uploaded_at IS NOT NULL LIMIT 1')
    .get(v.sha256) as { uploaded_at: string; portal_file_id: string; portal_url: string } | undefined;
  ctx.db
    .prepare(
      `INSERT INTO attachments(id, dossier_id, component_code, file_name, sha256, pages, bytes, created_at, created_revision, created_by, uploaded_at, portal_file_id, portal_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, v.dossierId, v.componentCode, v.fileName, v.sha256, v.pages, v.bytes, at, revision, ctx.user?.username ?? null, uploaded?.uploaded_at ?? null, uploaded?.portal_file_id ?? null, uploaded?.portal_url ?? null);
  const page = ctx.db.prepare('INSERT INTO attachment_pages(attachment_id, page_no, thumbnail_png) VALUES (?, ?, ?)');
  for (let i = 0; i < v.pages; i++) page.run(id, i + 1, v.thumbnails[i] ?? null);
  ctx.audit({
    entity: 'attachment',
    entityId: id,
    before: v.replaces ? { id: v.replaces.id, sha256: v.replaces.sha256, pages: v.replaces.pages } : null,
    after: { dossierId: v.dossierId, componentCode: v.componentCode, sha256: v.sha256, pages: v.pages, bytes: v.bytes, revision },
  });
  return { id, sha256: v.sha256, pages: v.pages, bytes: v.bytes };
}
