import { z } from 'zod';
import { method, ALL_ROLES, SUPERVISORS } from './method';
import { noInput } from './common';

/** One row of the audit log as `audit.list` answers it (times UTC). */
export interface AuditListItem {
  id: number;
  at: string;
  username: string | null;
  method: string;
  transport: string;
  entity: string | null;
  entityId: string | null;
  /** The dossier's code when the entity is a dossier still on this desk. */
  dossierCode: string | null;
  /** The stored JSON text of the values before and after (secrets already redacted). */
  before: string | null;
  after: string | null;
}

export interface AuditPage {
  items: AuditListItem[];
  nextCursor: string | null;
}

/** The result of walking the hash chain: the first row whose link or hash does not hold. */
export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { id: number; at: string; reason: string };
}

/** The state the frame shows: the last verification (at start in the background, or on request). */
export interface AuditStatus {
  state: 'pending' | 'ok' | 'broken';
  checkedAt: string | null;
  /** reason: what failed (a row's hash, a link, or an anchor kept in a backup's manifest). */
  firstBroken?: { id: number; at: string; reason?: string };
}

/** The chain's head: the anchor printed on the cash report and kept in each backup's manifest. */
export interface AuditHead {
  id: number;
  hash: string;
  at: string | null;
}

export interface AuditExcelFile {
  fileName: string;
  contentBase64: string;
  rows: number;
}

/** yyyy-mm-dd, a Vietnam calendar day. */
export const vnDay = (label: string) =>
  z
    .string({ error: `${label}: phải là ngày dạng yyyy-mm-dd.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}: phải là ngày dạng yyyy-mm-dd.` })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: `${label}: ngày không tồn tại.`,
    });

const shortText = (label: string, max: number) =>
  z.string({ error: `${label}: phải là chữ.` }).trim().min(1, { error: `${label}: không được để trống.` }).max(max, { error: `${label}: tối đa ${max} ký tự.` });

export const auditFilterSchema = z
  .object({
    from: vnDay('Từ ngày').optional(),
    to: vnDay('Đến ngày').optional(),
    user: shortText('Người dùng', 32).optional(),
    /** A method name ('dossiers.create') or an area followed by a dot ('dossiers.'). */
    method: shortText('Chức năng', 60)
      .regex(/^[a-zA-Z]+\.[a-zA-Z]*$/, { error: 'Chức năng: viết dạng "khu.thao_tác", ví dụ dossiers.create hoặc dossiers.' })
      .optional(),
    /** The entity's id, or a dossier's code. */
    entityId: shortText('Hồ sơ / đối tượng', 80).optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'Từ ngày phải trước hoặc bằng đến ngày.', path: ['to'] });

export const auditMethods = {
  /** Walks the whole hash chain (a task: long logs are read in chunks between pauses). */
  'audit.verify': method<AuditVerification>()({ input: noInput, access: SUPERVISORS, kind: 'task' }),
  /** The last verification's outcome, for the frame's red warning (every role sees it). */
  'audit.status': method<AuditStatus>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  'audit.head': method<AuditHead>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  'audit.list': method<AuditPage>()({
    input: z
      .object({
        from: vnDay('Từ ngày').optional(),
        to: vnDay('Đến ngày').optional(),
        user: shortText('Người dùng', 32).optional(),
        method: shortText('Chức năng', 60)
          .regex(/^[a-zA-Z]+\.[a-zA-Z]*$/, { error: 'Chức năng: viết dạng "khu.thao_tác", ví dụ dossiers.create hoặc dossiers.' })
          .optional(),
        entityId: shortText('Hồ sơ / đối tượng', 80).optional(),
        cursor: z.string({ error: 'Vị trí trang không hợp lệ.' }).regex(/^\d{1,15}$/, { error: 'Vị trí trang không hợp lệ.' }).optional(),
        limit: z.number({ error: 'Số dòng một trang phải là số.' }).int().min(1, { error: 'Số dòng một trang: ít nhất 1.' }).max(500, { error: 'Số dòng một trang: tối đa 500.' }).default(100),
      })
      .strict()
      .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'Từ ngày phải trước hoặc bằng đến ngày.', path: ['to'] })
      .default({ limit: 100 }),
    access: SUPERVISORS,
    kind: 'read',
  }),
  /** The filtered audit as an .xlsx (at most 100 000 rows), Vietnam times. */
  'audit.exportExcel': method<AuditExcelFile>()({ input: auditFilterSchema.default({}), access: SUPERVISORS, kind: 'read' }),
};
