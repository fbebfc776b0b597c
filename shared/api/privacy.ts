import { z } from 'zod';
import { method, ADMINS, ALL_ROLES, SUPERVISORS } from './method';
import { noInput } from './common';
import { vnDay } from './audit';

/** Why personal data was read: shown on screen, searched, printed on a form, exported to a file. */
export type AccessPurpose = 'view' | 'search' | 'print' | 'export';

/** One read of a person's data (times UTC). */
export interface AccessLogItem {
  id: number;
  at: string;
  username: string | null;
  method: string;
  transport: string;
  purpose: AccessPurpose;
  dossierId: string | null;
  dossierCode: string | null;
  attachmentId: string | null;
  /** The search words, or the ID number a subject report was asked for. */
  words: string | null;
  detail: string | null;
}

export interface AccessLogPage {
  items: AccessLogItem[];
  nextCursor: string | null;
}

export interface PrivacySettings {
  /** How long the access log is kept (months; default 24). */
  accessLogRetentionMonths: number;
}

/** Everything the desk holds about one ID number (Decree 13/2023, Law 91/2025: the right to know). */
export interface SubjectReport {
  idNumber: string;
  generatedAt: string;
  generatedBy: string;
  agencyName: string;
  /** Names this ID number appears under. */
  names: string[];
  dossiers: Array<{
    id: string;
    code: string;
    /** How the person appears on it. */
    roles: Array<'applicant' | 'delegate' | 'recipient'>;
    procedureCode: string;
    procedureName: string;
    status: number;
    receivedAt: string;
    dueAt: string | null;
    finishedAt: string | null;
    returnedAt: string | null;
    /** The stored personal fields, as kept (applicant, delegate, recipient at hand-over). */
    applicant: unknown;
    delegate: unknown;
    collectedBy: unknown;
    postalAddress: string | null;
  }>;
  payments: Array<{
    dossierCode: string;
    receipt: string;
    amount: number;
    status: string;
    collectedAt: string;
    payerName: string;
    payerAddress: string | null;
    officer: string;
  }>;
  /** Names and sizes of the scanned documents, never their contents. */
  attachments: Array<{
    dossierCode: string;
    componentCode: string;
    fileName: string;
    pages: number;
    bytes: number;
    createdAt: string;
    removedAt: string | null;
  }>;
  /** Every recorded read of these dossiers or of this ID number (this request included). */
  accessLog: AccessLogItem[];
}

const idNumber = z
  .string({ error: 'Số giấy tờ: bắt buộc nhập.' })
  .trim()
  .min(1, { error: 'Số giấy tờ: bắt buộc nhập.' })
  .max(20, { error: 'Số giấy tờ: tối đa 20 ký tự.' })
  .regex(/^[0-9A-Za-z]+$/, { error: 'Số giấy tờ chỉ gồm chữ số và chữ cái (CCCD 12 số, CMND 9 số, hộ chiếu).' })
  .transform((value) => value.toUpperCase());

const dossierRef = z
  .string({ error: 'Hồ sơ: phải là mã hồ sơ hoặc mã nội bộ.' })
  .trim()
  .min(1, { error: 'Hồ sơ: không được để trống.' })
  .max(80, { error: 'Hồ sơ: tối đa 80 ký tự.' });

const PRINTED_FORMS = ['receipt', 'supplement', 'refusal', 'apology', 'stop-notice', 'control-sheet', 'guidance', 'subject-report'] as const;
export type PrintedForm = (typeof PRINTED_FORMS)[number];

export const privacyMethods = {
  'privacy.accessLog': method<AccessLogPage>()({
    input: z
      .object({
        dossierId: dossierRef.optional(),
        user: z.string({ error: 'Người dùng: phải là chữ.' }).trim().min(1, { error: 'Người dùng: không được để trống.' }).max(32, { error: 'Người dùng: tối đa 32 ký tự.' }).optional(),
        from: vnDay('Từ ngày').optional(),
        to: vnDay('Đến ngày').optional(),
        cursor: z.string({ error: 'Vị trí trang không hợp lệ.' }).regex(/^\d{1,15}$/, { error: 'Vị trí trang không hợp lệ.' }).optional(),
        limit: z.number({ error: 'Số dòng một trang phải là số.' }).int().min(1, { error: 'Số dòng một trang: ít nhất 1.' }).max(500, { error: 'Số dòng một trang: tối đa 500.' }).default(100),
      })
      .strict()
      .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'Từ ngày phải trước hoặc bằng đến ngày.', path: ['to'] })
      .default({ limit: 100 }),
    access: ADMINS,
    kind: 'read',
  }),
  /** Gathers what the desk holds about an ID number; the request itself goes into the access log. */
  'privacy.subjectReport': method<SubjectReport>()({
    input: z
      .object({
        idNumber,
        /** view (on screen), print (#/print/subject-report/<id>), export (the JSON file). */
        purpose: z.enum(['view', 'print', 'export'], { error: 'Mục đích phải là view, print hoặc export.' }).default('view'),
      })
      .strict(),
    access: SUPERVISORS,
    kind: 'read',
  }),
  /** A form with a person's data was sent to the printer (the read itself is logged by its own method). */
  'privacy.recordPrint': method<{ done: true }>()({
    input: z
      .object({
        form: z.enum(PRINTED_FORMS, { error: 'Mẫu in không hợp lệ.' }),
        dossierId: z.string({ error: 'Mã nội bộ hồ sơ không hợp lệ.' }).uuid({ error: 'Mã nội bộ hồ sơ không hợp lệ.' }).optional(),
        idNumber: idNumber.optional(),
      })
      .strict(),
    access: ALL_ROLES,
    kind: 'read',
  }),
  'privacy.settings': method<PrivacySettings>()({ input: noInput, access: ADMINS, kind: 'read' }),
  'privacy.configure': method<PrivacySettings>()({
    input: z
      .object({
        accessLogRetentionMonths: z
          .number({ error: 'Thời gian lưu nhật ký truy cập phải là số tháng.' })
          .int({ error: 'Thời gian lưu nhật ký truy cập phải là số tháng nguyên.' })
          .min(24, { error: 'Nhật ký truy cập phải được lưu ít nhất 24 tháng.' })
          .max(120, { error: 'Thời gian lưu nhật ký truy cập: tối đa 120 tháng.' }),
      })
      .strict(),
    access: ADMINS,
    kind: 'write',
  }),
};
