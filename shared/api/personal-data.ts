import type { Api, MethodName, ParsedInputOf } from './index';
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
 * a queue page without search words). A method missing here is never logged: every `read` method
 * must be here or in READS_WITHOUT_PERSONAL_DATA (the typecheck refuses one in neither), and
 * tests/integration/audit/access-log-coverage.test.ts calls each one and finds its entry.
 */
export const PERSONAL_DATA_READS = {
  'dossiers.get': (input) => ({ purpose: 'view', dossierId: input.id }),
  'dossiers.list': (input) => (input.search ? { purpose: 'search', words: input.search } : null),
  'attachments.content': (input) => ({ purpose: 'view', attachmentId: input.id }),
  'attachments.thumbnail': (input) => ({ purpose: 'view', attachmentId: input.id, detail: `trang ${input.page}` }),
  'attachments.list': (input) => ({ purpose: 'view', dossierId: input.dossierId, detail: 'danh sách giấy tờ đã số hoá' }),
  'payments.receipt': (input) => ({ purpose: 'print', paymentId: input.paymentId, detail: 'biên lai' }),
  'payments.movementDocument': (input) => ({ purpose: 'print', movementId: input.movementId, detail: 'phiếu chi' }),
  'payments.list': (input) => ({ purpose: 'view', dossierId: input.dossierId, detail: paymentListDetail(input) }),
  'payments.unpaid': () => ({ purpose: 'view', detail: 'hồ sơ chưa thu phí' }),
  'cash.report': (input) => ({ purpose: 'view', detail: `báo cáo thu tiền ngày ${input.date}${input.officer ? ` của ${input.officer}` : ''}` }),
  'cash.reportExcel': (input) => ({ purpose: 'export', detail: `báo cáo thu tiền ngày ${input.date}${input.officer ? ` của ${input.officer}` : ''} (Excel)` }),
  'sync.issues': () => ({ purpose: 'view', detail: 'hồ sơ bị cổng từ chối hoặc xung đột' }),
  'audit.list': (input) => (input.entityId ? { purpose: 'view', words: input.entityId, detail: 'nhật ký hệ thống của đối tượng' } : { purpose: 'view', detail: 'nhật ký hệ thống' }),
  'audit.exportExcel': () => ({ purpose: 'export', detail: 'nhật ký hệ thống (Excel)' }),
  'privacy.subjectReport': (input) => ({ purpose: input.purpose, words: input.idNumber, detail: 'báo cáo dữ liệu cá nhân' }),
  'reports.indicatorsExcel': (input) => ({ purpose: 'export', detail: `chỉ số QĐ 766 từ ${input.from} đến ${input.to}: hồ sơ trễ hạn, chưa số hoá (Excel)` }),
  'logbook.list': (input) => ({ purpose: 'view', detail: `sổ theo dõi hồ sơ quyển ${input.book}${periodText(input)}` }),
  'logbook.excel': (input) => ({ purpose: 'export', detail: `sổ theo dõi hồ sơ quyển ${input.book}${periodText(input)} (Excel)` }),
  'privacy.recordPrint': (input) => ({ purpose: 'print', dossierId: input.dossierId, words: input.idNumber, detail: input.form }),
} satisfies { readonly [M in MethodName]?: ReadOf<M> };

function periodText(input: { from?: string; to?: string }): string {
  return `${input.from ? ` từ ${input.from}` : ''}${input.to ? ` đến ${input.to}` : ''}`;
}

function paymentListDetail(input: ParsedInputOf<'payments.list'>): string {
  if (input.dossierId) return 'khoản thu của hồ sơ';
  if (input.sessionId) return `khoản thu phiên ${input.sessionId}`;
  return input.date ? `khoản thu ngày ${input.date}` : 'khoản thu';
}

export type PersonalDataMethod = keyof typeof PERSONAL_DATA_READS;

/** The describer of a method, or undefined for one that reads nothing personal. */
export function personalDataReadOf(method: MethodName): ((input: unknown) => PersonalDataRead | null) | undefined {
  return Object.prototype.hasOwnProperty.call(PERSONAL_DATA_READS, method)
    ? (PERSONAL_DATA_READS[method as PersonalDataMethod] as (input: unknown) => PersonalDataRead | null)
    : undefined;
}

type ReadMethod = { [M in MethodName]: Api[M]['kind'] extends 'read' ? M : never }[MethodName];

/**
 * Every other `read` method, with why it shows no citizen's data (the officers' own accounts are
 * not the citizens' data the access log is for). Adding a read method to the API without putting
 * it here or in PERSONAL_DATA_READS fails the typecheck.
 */
export const READS_WITHOUT_PERSONAL_DATA: { readonly [M in Exclude<ReadMethod, PersonalDataMethod>]: string } = {
  'auth.setupStatus': 'whether an administrator exists',
  'auth.me': "the signed-in officer's own account",
  'system.ping': 'the clock',
  'system.info': 'the agency, the counter and the version',
  'users.list': "the officers' accounts",
  'catalog.list': 'the procedure catalogue',
  'catalog.get': 'the procedure catalogue',
  'catalog.syncIssues': 'what the catalogue syncs could not decide (procedures and fields)',
  'dossiers.preview': 'the due time and fee of the form being typed (answers nothing about the applicant)',
  'dossiers.backlog': 'counts per procedure and per officer',
  'reports.indicators': 'counts and ratios of the Decision 766 figures',
  'sync.status': 'counts and times',
  'cash.current': "the officer's drawer: totals, no payer",
  'cash.settings': 'receipt series and paper',
  'payments.vietqr': "a dossier's code and unpaid fee as a transfer code: no applicant",
  'payments.reconcile': 'the statement lines the caller sent, matched to dossier codes and amounts: no applicant',
  'payments.readStatement': 'the lines of the bank statement file the caller sent, read back to the caller: nothing the desk holds',
  'attachments.limits': 'size limits',
  'attachments.hotFolderState': "the scanner folder's path",
  'attachments.hotFolderFiles': 'files waiting in the scanner folder, not yet held about anyone (their contents are read by attachments.addFromHotFolder, a write in the audit)',
  'settings.portal': 'the portal connection',
  'backup.settings': 'the backup folder and schedule',
  'backup.recoveryKey': 'the database key (each read is in the audit)',
  'backup.recoveryKeyStatus': 'whether the recovery sheet was printed',
  'audit.status': "the chain check's outcome",
  'audit.head': "the chain's head hash",
  'privacy.accessLog': 'the access log itself (admin only)',
  'privacy.settings': 'the retention',
  'display.state': "the form the officer is typing, echoed to the citizen in front of them (masked ID number); nothing stored about anyone else",
  'display.settings': "the portal's tracking address",
};
