import type { MethodName, ParsedInputOf } from './index';
import type { AccessPurpose } from './privacy';

/** What one call read of a person's data, as the access log keeps it. */
export interface PersonalDataRead {
  purpose: AccessPurpose;
  dossierId?: string;
  attachmentId?: string;
  /** Payments and phiếu chi are logged against their dossier. */
  paymentId?: string;
  movementId?: string;
  /** Search words, or the ID number asked about. */
  words?: string;
  detail?: string;
}

type ReadOf<M extends MethodName> = (input: ParsedInputOf<M>) => PersonalDataRead | null;

/**
 * The methods that read a person's data, in one place: after each successful call the router
 * writes one access-log entry from what the function says (null: nothing personal this time, e.g.
 * a queue page without search words). A method missing here is never logged, so a new method that
 * shows personal data must be added (tests/integration/audit/access-log.test.ts lists them).
 */
export const PERSONAL_DATA_READS: { readonly [M in MethodName]?: ReadOf<M> } = {
  'dossiers.get': (input) => ({ purpose: 'view', dossierId: input.id }),
  'dossiers.list': (input) => (input.search ? { purpose: 'search', words: input.search } : null),
  'attachments.content': (input) => ({ purpose: 'view', attachmentId: input.id }),
  'attachments.thumbnail': (input) => ({ purpose: 'view', attachmentId: input.id, detail: `trang ${input.page}` }),
  'payments.receipt': (input) => ({ purpose: 'print', paymentId: input.paymentId, detail: 'biên lai' }),
  'payments.movementDocument': (input) => ({ purpose: 'print', movementId: input.movementId, detail: 'phiếu chi' }),
  'cash.report': (input) => ({ purpose: 'view', detail: `báo cáo thu tiền ngày ${input.date}${input.officer ? ` của ${input.officer}` : ''}` }),
  'cash.reportExcel': (input) => ({ purpose: 'export', detail: `báo cáo thu tiền ngày ${input.date}${input.officer ? ` của ${input.officer}` : ''} (Excel)` }),
  'audit.list': (input) => (input.entityId ? { purpose: 'view', words: input.entityId, detail: 'nhật ký hệ thống của đối tượng' } : { purpose: 'view', detail: 'nhật ký hệ thống' }),
  'audit.exportExcel': () => ({ purpose: 'export', detail: 'nhật ký hệ thống (Excel)' }),
  'privacy.subjectReport': (input) => ({ purpose: input.purpose, words: input.idNumber, detail: 'báo cáo dữ liệu cá nhân' }),
  'privacy.recordPrint': (input) => ({ purpose: 'print', dossierId: input.dossierId, words: input.idNumber, detail: input.form }),
};
