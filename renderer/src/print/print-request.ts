/** What can be printed, and the `#/print/...` route that renders it alone. */

/** Mẫu 01 receipt, 02 supplement, 03 refusal, 04 apology (a new date), 05 stop notice, 06 control sheet. */
export type DossierFormKind = 'receipt' | 'supplement' | 'refusal' | 'apology' | 'stop-notice' | 'control-sheet';
export const DOSSIER_FORM_KINDS: readonly DossierFormKind[] = ['receipt', 'supplement', 'refusal', 'apology', 'stop-notice', 'control-sheet'];

export interface GuidanceData {
  procedureName: string;
  applicantName: string;
  /** With the counts the catalogue asks for, when known (the Bản chính/Bản sao column). */
  missing: Array<{ code: string; name: string; originals?: number; copies?: number }>;
}

/** The forms of a dossier and the guidance slip: what the agency-and-dossier data pipeline prints. */
export type FormRequest = { kind: DossierFormKind; dossierId: string } | { kind: 'guidance'; data: GuidanceData };
/** A biên lai thu tiền phí, lệ phí, printed from `payments.receipt`. */
export type CashReceiptRequest = { kind: 'cash-receipt'; paymentId: string };

/** The phiếu chi of a void or refund, printed from `payments.movementDocument`. */
export type CashMovementRequest = { kind: 'cash-movement'; movementId: string };
/** The day's cash report (`cash.report`): one officer's, or everyone's for a supervisor. */
export type CashReportRequest = { kind: 'cash-report'; date: string; officer?: string };

/** The recovery sheet of the database key (Cài đặt → Sao lưu dữ liệu, admin). */
export type RecoveryKeyRequest = { kind: 'recovery-key' };

/** Everything the desk holds about one ID number (`privacy.subjectReport`, supervisor or admin). */
export type SubjectReportRequest = { kind: 'subject-report'; idNumber: string };

export type PrintRequest = FormRequest | CashReceiptRequest | CashMovementRequest | CashReportRequest | RecoveryKeyRequest | SubjectReportRequest;

/** A form of one dossier (Mẫu 01-06), as opposed to the guidance slip or a cash document. */
export function isDossierForm(request: PrintRequest): request is { kind: DossierFormKind; dossierId: string } {
  return (DOSSIER_FORM_KINDS as readonly string[]).includes(request.kind);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

function isGuidanceData(value: unknown): value is GuidanceData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<GuidanceData>;
  return (
    typeof data.procedureName === 'string' &&
    typeof data.applicantName === 'string' &&
    Array.isArray(data.missing) &&
    data.missing.every((item) => typeof item?.code === 'string' && typeof item?.name === 'string')
  );
}

/** `#/print/recovery-key`, `#/print/receipt/<id>` (and `supplement`, `refusal`, `apology`, `stop-notice`, `control-sheet`), `#/print/cash-receipt/<paymentId>`, `#/print/cash-movement/<movementId>`, `#/print/cash-report/<yyyy-mm-dd>[?officer=u]` or `#/print/guidance?data=<base64url json>`. */
export function printHash(request: PrintRequest): string {
  if (request.kind === 'recovery-key') return '#/print/recovery-key';
  if (request.kind === 'guidance') return `#/print/guidance?data=${toBase64Url(JSON.stringify(request.data))}`;
  if (request.kind === 'cash-report') return `#/print/cash-report/${request.date}${request.officer ? `?officer=${encodeURIComponent(request.officer)}` : ''}`;
  if (request.kind === 'subject-report') return `#/print/subject-report/${encodeURIComponent(request.idNumber)}`;
  if (request.kind === 'cash-receipt') return `#/print/cash-receipt/${encodeURIComponent(request.paymentId)}`;
  if (request.kind === 'cash-movement') return `#/print/cash-movement/${encodeURIComponent(request.movementId)}`;
  return `#/print/${request.kind}/${encodeURIComponent(request.dossierId)}`;
}

/** The print request a hash names; null when the hash is not a print route. A malformed one is an error. */
export function parsePrintHash(hash: string): PrintRequest | { kind: 'invalid'; message: string } | null {
  const route = hash.replace(/^#\/?/, '');
  if (!route.startsWith('print/')) return null;
  const [path = '', query = ''] = route.slice('print/'.length).split('?');
  const [kind, id] = path.split('/');
  if (kind === 'guidance') {
    try {
      const data: unknown = JSON.parse(fromBase64Url(new URLSearchParams(query).get('data') ?? ''));
      if (isGuidanceData(data)) return { kind: 'guidance', data };
    } catch {
      // falls through to the message below
    }
    return { kind: 'invalid', message: 'Dữ liệu của phiếu hướng dẫn không đọc được.' };
  }
  if (kind === 'recovery-key' && !id) return { kind: 'recovery-key' };
  if (kind === 'subject-report' && id) return { kind: 'subject-report', idNumber: decodeURIComponent(id) };
  if (kind === 'cash-receipt' && id) return { kind: 'cash-receipt', paymentId: decodeURIComponent(id) };
  if (kind === 'cash-movement' && id) return { kind: 'cash-movement', movementId: decodeURIComponent(id) };
  if (kind === 'cash-report') {
    if (!id || !/^\d{4}-\d{2}-\d{2}$/.test(id)) return { kind: 'invalid', message: 'Ngày của báo cáo phải có dạng yyyy-mm-dd.' };
    const officer = new URLSearchParams(query).get('officer');
    return officer ? { kind: 'cash-report', date: id, officer } : { kind: 'cash-report', date: id };
  }
  const formKind = DOSSIER_FORM_KINDS.find((known) => known === kind);
  if (!formKind || !id) return { kind: 'invalid', message: `Không có mẫu in "${kind ?? ''}".` };
  return { kind: formKind, dossierId: decodeURIComponent(id) };
}
