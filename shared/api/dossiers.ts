import { z } from 'zod';
import { method, ALL_ROLES, SUPERVISORS } from './method';
import { isoInstant, noInput } from './common';
import type { DossierAction } from '../dossier-lifecycle';
import { indicatorFilterSchema } from './reports';

const text = (label: string, max: number) =>
  z.string({ error: `${label}: phải là chuỗi ký tự.` }).trim().max(max, { error: `${label}: tối đa ${max} ký tự.` });
const required = (label: string, max: number) => text(label, max).min(1, { error: `${label}: bắt buộc nhập.` });
const count = (label: string, max = 99) =>
  z.number({ error: `${label}: phải là số.` }).int({ error: `${label}: phải là số nguyên.` }).min(0, { error: `${label}: không được âm.` }).max(max, { error: `${label}: tối đa ${max}.` });
const dossierId = z.string({ error: 'Mã nội bộ hồ sơ: bắt buộc.' }).uuid({ error: 'Mã nội bộ hồ sơ không hợp lệ.' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng yyyy-mm-dd.' });

export const applicantSchema = z.object({
  fullName: required('Họ và tên', 150),
  type: z.enum(['citizen', 'business', 'agency', 'organisation'], { error: 'Loại đối tượng không hợp lệ.' }).default('citizen'),
  idType: z.enum(['cccd', 'cmnd', 'passport', 'tax-code'], { error: 'Loại giấy tờ không hợp lệ.' }).optional(),
  idNumber: text('Số giấy tờ', 20).optional(),
  birthDate: isoDate.optional(),
  sex: z.enum(['Nam', 'Nữ'], { error: 'Giới tính phải là Nam hoặc Nữ.' }).optional(),
  address: required('Địa chỉ', 300),
  phone: text('Số điện thoại', 20).optional(),
  email: z.email({ error: 'Thư điện tử không hợp lệ.' }).max(120).optional().or(z.literal('').transform(() => undefined)),
});
export type ApplicantInput = z.input<typeof applicantSchema>;
export type Applicant = z.output<typeof applicantSchema>;

export const delegateSchema = z.object({
  fullName: required('Họ và tên người nộp thay', 150),
  idNumber: text('Số giấy tờ người nộp thay', 20).optional(),
  phone: text('Số điện thoại người nộp thay', 20).optional(),
  relation: text('Quan hệ với người có yêu cầu', 100).optional(),
});

export const feeQuantitiesSchema = z.object({
  pages: count('Số trang', 100_000).optional(),
  copies: count('Số bản', 1_000).optional(),
  cases: count('Số việc', 1_000).optional(),
});

const createInput = z.object({
  procedureCode: required('Thủ tục', 40),
  /** The case (trường hợp) chosen when the procedure has several (catalog.get cases); its processing time applies. */
  caseCode: required('Trường hợp', 40).optional(),
  applicant: applicantSchema,
  delegate: delegateSchema.optional(),
  components: z
    .array(z.object({ code: required('Mã thành phần', 40), originals: count('Số bản chính'), copies: count('Số bản sao') }))
    .max(50),
  sets: count('Số bộ hồ sơ', 20).min(1, { error: 'Số bộ hồ sơ: ít nhất 1.' }).default(1),
  feeQuantities: feeQuantitiesSchema.optional(),
  applicantGroups: z.array(text('Nhóm đối tượng', 40)).max(10).optional(),
  exemptionEvidence: text('Căn cứ miễn giảm', 300).optional(),
  returnMethod: z.enum(['counter', 'post'], { error: 'Hình thức trả kết quả không hợp lệ.' }).default('counter'),
  postalAddress: text('Địa chỉ nhận qua bưu chính', 300).optional(),
  note: text('Ghi chú', 1000).optional(),
});

export interface DossierListItem {
  id: string;
  code: string;
  status: number;
  statusName: string;
  applicantName: string;
  procedureCode: string;
  procedureName: string;
  receivedAt: string;
  dueAt: string | null;
  /** Working minutes past the promised time (open dossiers only); null when not overdue. */
  overdueMinutes: number | null;
  receivedBy: string;
}

export interface DossierHistoryEntry {
  status: number;
  statusName: string;
  action: string;
  at: string;
  by: string;
  byName: string;
  reason: string | null;
  /** The promised return time as this step left it (a reschedule: the new one); null on lines older than that record. */
  dueAt: string | null;
}

export interface DossierFeeLine {
  code: string;
  name: string;
  amount: number;
}

export interface DossierDetail extends DossierListItem {
  revision: number;
  channel: number;
  applicant: Applicant;
  delegate: z.output<typeof delegateSchema> | null;
  components: Array<{ code: string; name: string; required: boolean; originals: number; copies: number }>;
  sets: number;
  feeQuantities: { pages?: number; copies?: number; cases?: number };
  fee: { lines: DossierFeeLine[]; total: number; collection: 'before' | 'after' | 'none' };
  returnMethod: 'counter' | 'post';
  postalAddress: string | null;
  note: string | null;
  processingTimeText: string;
  counter: number;
  bookNumber: string;
  rowNumber: number;
  receivedByName: string;
  pausedAt: string | null;
  supplement: { reason: string; items: string[]; requestedAt: string } | null;
  refusalReasons: string[] | null;
  collectedBy: { fullName: string; idNumber?: string; relation?: string } | null;
  history: DossierHistoryEntry[];
  allowedActions: DossierAction[];
  /** Received at another counter of the ward (learned from the portal's feed): only a hand-over or a supplement here. */
  receivedElsewhere: boolean;
  /**
   * A refused dossier (status 3): when, and the officer of this desk who refused it; byName is null
   * when the refusal came from another counter through the portal. null for any other status.
   */
  refusal: { at: string | null; byName: string | null } | null;
  /**
   * When the counter must have handed the dossier to the back office (Mẫu 06): the close of the
   * day it was received, or of the next working day when received after the 15:00 cut-off. null
   * for a dossier not received (1) or refused (3).
   */
  handOffDueAt: string | null;
  /** The back office's result documents (DanhSachGiayToKetQua), as the portal sent them. */
  results: DossierResultDocument[];
  syncState: DossierSyncState;
}

/**
 * Where the dossier stands with the portal: waiting to be sent, with the portal now, acknowledged
 * at its latest revision, refused (with the portal's message in sync.issues), a field clash for a
 * supervisor, or its code used by another dossier on the portal.
 */
export type DossierSyncState = 'pending' | 'sending' | 'synced' | 'rejected' | 'conflict' | 'code-conflict';

export interface DossierResultDocument {
  name: string;
  code: string;
  url: string;
}

export interface CreatedDossier {
  id: string;
  code: string;
  status: number;
  receivedAt: string;
  dueAt: string;
  bookNumber: string;
  rowNumber: number;
}

export interface DossierPreview {
  dueAt: string;
  processingTimeText: string;
  fee: { lines: DossierFeeLine[]; total: number };
  /** Why the fee cannot be computed yet (e.g. the number of pages is missing). */
  feeError: string | null;
  missingComponents: Array<{ code: string; name: string }>;
}

/**
 * The supervisor's figures (electron/core/dossiers/dossier-backlog.ts defines each): "received"
 * is received and not refused (an online filing counts once accepted), "open" is received and not
 * finished (2, 4, 5, 6, 9). Each table column adds up to its card: byOfficer plus otherCounters
 * to receivedToday and overdue, byProcedure to overdue; both tables' open are the same total.
 */
export interface Backlog {
  receivedToday: number;
  dueToday: number;
  overdue: number;
  waitingSupplement: number;
  resultsWaiting: number;
  /** Online filings waiting for an officer to check them (status 1): not yet received, not open. */
  waitingOnline: number;
  byProcedure: Array<{ procedureCode: string; procedureName: string; open: number; overdue: number }>;
  byOfficer: Array<{ username: string; fullName: string; receivedToday: number; open: number; overdue: number }>;
  /** Dossiers another counter of the ward received (learned from the portal): no officer of this desk. */
  otherCounters: { receivedToday: number; open: number; overdue: number };
}

const id = z.object({ id: dossierId });
const reason = (label = 'Lý do') => required(label, 1000);

export const dossiersMethods = {
  /** A task: a desk restored from a backup reads the portal's feed before it takes the code. */
  'dossiers.create': method<CreatedDossier>()({ input: createInput, access: ALL_ROLES, kind: 'task' }),
  /** Live due time, fee and missing components for the intake form; changes nothing. */
  'dossiers.preview': method<DossierPreview>()({
    input: createInput.partial({ applicant: true, components: true }).extend({ applicant: applicantSchema.partial().optional() }),
    access: ALL_ROLES,
    kind: 'read',
  }),
  'dossiers.get': method<DossierDetail>()({ input: id, access: ALL_ROLES, kind: 'read' }),
  'dossiers.list': method<{ items: DossierListItem[]; nextCursor: string | null }>()({
    input: z
      .object({
        search: text('Tìm kiếm', 100).optional(),
        status: z.array(z.number().int().min(1).max(10)).max(10).optional(),
        due: z.enum(['today', 'overdue', 'soon'], { error: 'Bộ lọc hạn không hợp lệ.' }).optional(),
        procedureCode: text('Thủ tục', 40).optional(),
        officer: text('Cán bộ', 32).optional(),
        receivedFrom: isoDate.optional(),
        receivedTo: isoDate.optional(),
        /** The dossiers behind a Decision 766 figure (reports.indicators gives each figure's lists). */
        indicator: indicatorFilterSchema.optional(),
        limit: z.number().int().min(1).max(200).default(50),
        cursor: z.string().max(200).optional(),
      })
      .default({ limit: 50 }),
    access: ALL_ROLES,
    kind: 'read',
  }),
  'dossiers.backlog': method<Backlog>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  'dossiers.accept': method<DossierDetail>()({ input: id, access: ALL_ROLES, kind: 'write' }),
  'dossiers.refuse': method<DossierDetail>()({
    input: id.extend({ reasons: z.array(reason()).min(1, { error: 'Cần ít nhất một lý do từ chối.' }).max(20) }),
    access: ALL_ROLES,
    kind: 'write',
  }),
  'dossiers.requestSupplement': method<DossierDetail>()({
    input: id.extend({ reason: reason(), items: z.array(reason('Giấy tờ cần bổ sung')).min(1, { error: 'Cần ít nhất một giấy tờ cần bổ sung.' }).max(30) }),
    access: ALL_ROLES,
    kind: 'write',
  }),
  'dossiers.receiveSupplement': method<DossierDetail>()({ input: id.extend({ note: text('Ghi chú', 1000).optional() }), access: ALL_ROLES, kind: 'write' }),
  'dossiers.handOff': method<DossierDetail>()({ input: id.extend({ note: text('Ghi chú', 1000).optional() }), access: ALL_ROLES, kind: 'write' }),
  'dossiers.markProcessed': method<DossierDetail>()({ input: id.extend({ note: text('Ghi chú', 1000).optional() }), access: SUPERVISORS, kind: 'write' }),
  'dossiers.handOver': method<DossierDetail>()({
    input: id.extend({
      collectedBy: z.object({
        fullName: required('Họ và tên người nhận', 150),
        idNumber: text('Số giấy tờ người nhận', 20).optional(),
        relation: text('Quan hệ', 100).optional(),
      }),
    }),
    access: ALL_ROLES,
    kind: 'write',
  }),
  'dossiers.withdraw': method<DossierDetail>()({ input: id.extend({ reason: reason() }), access: ALL_ROLES, kind: 'write' }),
  'dossiers.reschedule': method<DossierDetail>()({ input: id.extend({ newDueAt: isoInstant, reason: reason() }), access: ALL_ROLES, kind: 'write' }),
  'dossiers.update': method<DossierDetail>()({
    input: id.extend({
      applicant: applicantSchema.partial().optional(),
      note: text('Ghi chú', 1000).optional(),
      returnMethod: z.enum(['counter', 'post']).optional(),
      postalAddress: text('Địa chỉ nhận qua bưu chính', 300).optional(),
    }),
    access: ALL_ROLES,
    kind: 'write',
  }),
};
