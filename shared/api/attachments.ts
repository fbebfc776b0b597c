import { z } from 'zod';
import { method, ADMINS, ALL_ROLES } from './method';
import { noInput } from './common';

const dossierId = z.string({ error: 'Mã nội bộ hồ sơ: bắt buộc.' }).uuid({ error: 'Mã nội bộ hồ sơ không hợp lệ.' });
const attachmentId = z.string({ error: 'Mã tệp đính kèm: bắt buộc.' }).uuid({ error: 'Mã tệp đính kèm không hợp lệ.' });
const componentCode = z.string({ error: 'Mã thành phần: bắt buộc.' }).trim().min(1, { error: 'Mã thành phần: bắt buộc.' }).max(40);
/** Display only: never used as a path. */
const fileName = z.string({ error: 'Tên tệp: bắt buộc.' }).trim().min(1, { error: 'Tên tệp: bắt buộc.' }).max(255, { error: 'Tên tệp: tối đa 255 ký tự.' });
/** 40 MB of raw input, as base64 (4 characters per 3 bytes). */
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;
const contentBase64 = z
  .string({ error: 'Nội dung tệp: bắt buộc.' })
  .min(1, { error: 'Tệp rỗng.' })
  .max(Math.ceil(MAX_INPUT_BYTES / 3) * 4, { error: 'Tệp quá lớn: tối đa 40 MB trước khi chuyển đổi.' });

/** One component's PDF as stored on the desk: the newest version of its pages. */
export interface AttachmentAdded {
  id: string;
  sha256: string;
  pages: number;
  bytes: number;
}

export interface AttachmentListItem extends AttachmentAdded {
  componentCode: string;
  fileName: string;
  /** The portal holds this file (uploaded and acknowledged). */
  synced: boolean;
}

export interface AttachmentThumbnail {
  /** PNG of the page, base64; null when the page came from an imported PDF (no PDF renderer in the core). */
  pngBase64: string | null;
  reason: string | null;
}

/** The bytes of one stored component PDF, for the app's own viewer (pages of imported PDFs have no thumbnail). */
export interface AttachmentContent {
  pdfBase64: string;
}

/** A file a scan-to-folder printer left in the hot folder, complete and ready to take. */
export interface HotFolderFile {
  /** Opaque: names the offer, never a path. */
  token: string;
  /** The file's name in the folder (display only). */
  name: string;
  bytes: number;
  modifiedAt: string;
  /** Why the desk refused it when an officer tried to take it (it stays in the folder), or null. */
  refusal: string | null;
}

export interface AttachmentLimits {
  /** A component's PDF larger than this is refused (the portal would refuse it). */
  maxFileBytes: number;
  /** Originals the hot folder moved to "đã nhận" are deleted after this many days (default 30). */
  keepImportedDays: number;
}

export interface HotFolderState {
  /** The watched folder, or null when none is set. */
  path: string | null;
  /** The last problem reading it (a share that dropped), or null. */
  problem: string | null;
}

const hotFolderPath = z
  .string({ error: 'Đường dẫn thư mục: phải là chuỗi ký tự.' })
  .trim()
  .min(1, { error: 'Đường dẫn thư mục: bắt buộc (hoặc để trống để tắt).' })
  .max(1000, { error: 'Đường dẫn thư mục: tối đa 1000 ký tự.' })
  .refine((p) => !p.includes('\0'), { error: 'Đường dẫn thư mục không hợp lệ.' })
  .nullable();

export const attachmentsMethods = {
  /** Import a PDF, JPEG, PNG or TIFF into a component: images become pages of the component's one PDF. */
  'attachments.add': method<AttachmentAdded>()({
    input: z.object({ dossierId, componentCode, fileName, contentBase64 }),
    access: ALL_ROLES,
    kind: 'task',
  }),
  'attachments.list': method<AttachmentListItem[]>()({ input: z.object({ dossierId }), access: ALL_ROLES, kind: 'read' }),
  'attachments.remove': method<{ done: true }>()({ input: z.object({ id: attachmentId }), access: ALL_ROLES, kind: 'write' }),
  /** Keep the pages in `order` (1-based page numbers of the current PDF), rotated clockwise as given. */
  'attachments.editPages': method<AttachmentAdded>()({
    input: z.object({
      id: attachmentId,
      order: z.array(z.number().int().min(1)).min(1, { error: 'Phải giữ lại ít nhất một trang.' }).max(500),
      rotate: z.record(z.string().regex(/^\d+$/), z.union([z.literal(90), z.literal(180), z.literal(270)])).optional(),
    }),
    access: ALL_ROLES,
    kind: 'task',
  }),
  'attachments.thumbnail': method<AttachmentThumbnail>()({
    input: z.object({ id: attachmentId, page: z.number().int().min(1) }),
    access: ALL_ROLES,
    kind: 'read',
  }),
  /** The component's stored PDF, byte for byte (a replaced version stays readable until it is dropped). */
  'attachments.content': method<AttachmentContent>()({ input: z.object({ id: attachmentId }), access: ALL_ROLES, kind: 'read' }),
  /** The hot folder watched for scan-to-folder printers (admin sets it; null turns it off). */
  /** A task: the folder (maybe a network share) is checked outside the write transaction. */
  'attachments.setHotFolder': method<HotFolderState>()({ input: z.object({ path: hotFolderPath }), access: ADMINS, kind: 'task' }),
  'attachments.hotFolderState': method<HotFolderState>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  /** The size limit of one component's PDF (the portal's limit; default 6 MB). */
  'attachments.limits': method<AttachmentLimits>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  'attachments.setLimits': method<AttachmentLimits>()({
    input: z.object({
      maxFileBytes: z
        .number({ error: 'Dung lượng tối đa: bắt buộc nhập.' })
        .int({ error: 'Dung lượng tối đa: số nguyên byte.' })
        .min(512 * 1024, { error: 'Dung lượng tối đa: ít nhất 0,5 MB.' })
        .max(40 * 1024 * 1024, { error: 'Dung lượng tối đa: không quá 40 MB.' }),
      keepImportedDays: z
        .number({ error: 'Số ngày giữ tệp gốc đã nhận: phải là số.' })
        .int({ error: 'Số ngày giữ tệp gốc đã nhận: số nguyên.' })
        .min(1, { error: 'Số ngày giữ tệp gốc đã nhận: ít nhất 1 ngày.' })
        .max(365, { error: 'Số ngày giữ tệp gốc đã nhận: tối đa 365 ngày.' })
        .optional(),
    }),
    access: ADMINS,
    kind: 'write',
  }),
  /** Complete files waiting in the hot folder. */
  'attachments.hotFolderFiles': method<HotFolderFile[]>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  /** Takes a hot-folder file into a component, with the same checks as attachments.add; the file then moves to "đã nhận". */
  'attachments.addFromHotFolder': method<AttachmentAdded>()({
    input: z.object({ dossierId, componentCode, token: z.string({ error: 'Mã tệp trong thư mục quét: bắt buộc.' }).uuid({ error: 'Mã tệp trong thư mục quét không hợp lệ.' }) }),
    access: ALL_ROLES,
    kind: 'task',
  }),
};
