import { z } from 'zod';
import { method, ALL_ROLES, SUPERVISORS } from './method';
import { noInput } from './common';

const uuid = (label: string) => z.string({ error: `${label}: bắt buộc.` }).uuid({ error: `${label} không hợp lệ.` });
const dong = (label: string) =>
  z
    .number({ error: `${label}: phải là số.` })
    .int({ error: `${label}: phải là số nguyên đồng.` })
    .min(0, { error: `${label}: không được âm.` })
    .max(999_999_999_999, { error: `${label}: quá lớn.` });
const reason = z.string({ error: 'Lý do: bắt buộc nhập.' }).trim().min(1, { error: 'Lý do: bắt buộc nhập.' }).max(1000, { error: 'Lý do: tối đa 1000 ký tự.' });
/** A supervisor's or admin's own credentials, typed at the counter to approve a void or refund. */
export const approvalSchema = z.object({
  username: z.string({ error: 'Tài khoản người duyệt: bắt buộc nhập.' }).trim().toLowerCase().min(1, { error: 'Tài khoản người duyệt: bắt buộc nhập.' }).max(32),
  password: z.string({ error: 'Mật khẩu người duyệt: bắt buộc nhập.' }).min(1, { error: 'Mật khẩu người duyệt: bắt buộc nhập.' }).max(200),
});
export const vnDateSchema = z.string({ error: 'Ngày: bắt buộc nhập.' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng yyyy-mm-dd.' });

export type PaymentStatus = 'paid' | 'void' | 'refunded';
/** Cash into the drawer, or a bank transfer (VietQR) to the agency's account, confirmed by its reference. */
export type PaymentMethod = 'cash' | 'transfer';
export const PAYMENT_METHOD_TEXT: Record<PaymentMethod, 'Tiền mặt' | 'Chuyển khoản'> = { cash: 'Tiền mặt', transfer: 'Chuyển khoản' };

/** Ký hiệu mẫu biên lai, ký hiệu biên lai and the number (an integer, consecutive in the counter's range). */
export interface ReceiptId {
  form: string;
  series: string;
  number: number;
}

export interface CollectResult {
  paymentId: string;
  receipt: ReceiptId;
  amount: number;
  tendered: number;
  change: number;
  method: PaymentMethod;
  /** The transfer's reference (mã giao dịch) for a transfer, else null. */
  reference: string | null;
}

/** What a banking app needs to pay a dossier's unpaid fee: the VietQR payload, its amount and its purpose (the dossier code). */
export interface VietQrTransfer {
  payload: string;
  amount: number;
  memo: string;
  /** The agency's account, shown beside the code. */
  account: { bankBin: string; accountNumber: string; accountName: string };
}

/** One line of an imported bank statement. */
export interface StatementRow {
  date: string;
  amount: number;
  memo: string;
  reference: string;
}

/** A bank statement file read into lines; the lines it could not read say why (1-based line of the sheet). */
export interface StatementRead {
  rows: StatementRow[];
  skipped: Array<{ line: number; problem: string }>;
}

/** A statement of a few thousand lines is a few hundred kilobytes; the base64 stays under the 1 MiB body limit. */
export const MAX_STATEMENT_BYTES = 700 * 1024;

export interface ReconcileMatch {
  row: StatementRow;
  paymentId: string;
  dossierCode: string;
}

export interface ReconcileProblem {
  row: StatementRow;
  /** wrong-amount: the memo names a transfer of that day with another amount; unknown: no transfer of that day matches. */
  problem: 'wrong-amount' | 'unknown';
  dossierCode: string | null;
  /** The amount the desk recorded, for wrong-amount. */
  expectedAmount: number | null;
}

export interface ReconcileResult {
  /** The Vietnam days the statement covers. */
  dates: string[];
  matched: ReconcileMatch[];
  problems: ReconcileProblem[];
  /** Transfers of those days that no statement line matched. */
  missing: Array<{ paymentId: string; dossierCode: string; amount: number; reference: string | null; collectedAt: string; officer: string }>;
}

export interface PaymentListItem {
  id: string;
  dossierId: string;
  dossierCode: string;
  amount: number;
  /** Amount refunded so far (0 if none). */
  refunded: number;
  status: PaymentStatus;
  receipt: ReceiptId;
  collectedAt: string;
  officer: string;
  counter: number;
  sessionId: number;
  method: PaymentMethod;
  reference: string | null;
}

/** A void or a refund: cash going back out (amount < 0) with its own document number. */
export interface CashMovement {
  id: string;
  kind: 'void' | 'refund';
  paymentId: string;
  sessionId: number;
  amount: number;
  reason: string;
  document: ReceiptId;
  at: string;
  officer: string;
  approvedBy: string;
  counter: number;
}

export interface UnpaidFee {
  dossierId: string;
  dossierCode: string;
  applicantName: string;
  procedureName: string;
  receivedAt: string;
  amount: number;
  /** 'before': thu trước (flagged while unpaid); 'after': at hand-over. */
  collection: 'before' | 'after';
  lines: Array<{ code: string; name: string; amount: number }>;
}

/** Everything a printed biên lai thu tiền phí, lệ phí needs. */
export interface ReceiptPrint {
  paymentId: string;
  receipt: ReceiptId;
  unit: { name: string; taxCode: string; agencyId: string };
  payer: { name: string; address: string | null };
  dossierCode: string;
  procedureName: string;
  lines: Array<{ code: string; name: string; amount: number }>;
  amount: number;
  amountText: string;
  amountInWords: string;
  method: 'Tiền mặt' | 'Chuyển khoản';
  /** The transfer's reference, printed under the method; null for cash. */
  transferReference: string | null;
  collector: { username: string; fullName: string };
  collectedAt: string;
  counter: number;
  void: boolean;
  /** "ĐÃ HỦY" on a voided receipt, else null. */
  voidMark: string | null;
  refunded: number;
  /** 1 on the first print; a later print is a copy. */
  printNumber: number;
  copy: boolean;
  /** Both copies (Liên 1 kept, Liên 2 for the payer), or only Liên 2 when the counter prints one (setting `receiptCopies`). */
  copies: Array<'Liên 1' | 'Liên 2'>;
  paper: 'a5' | 'thermal-80mm';
}

/** Everything the printed phiếu chi of a void or refund needs: the cash paid back to the payer. */
export interface MovementPrint {
  movementId: string;
  kind: 'void' | 'refund';
  /** The phiếu chi's own form, series and number. */
  document: ReceiptId;
  /** The receipt the money was collected on. */
  receipt: ReceiptId;
  unit: { name: string; taxCode: string };
  payer: { name: string; address: string | null };
  dossierCode: string;
  procedureName: string;
  /** Paid back, positive. */
  amount: number;
  amountText: string;
  amountInWords: string;
  reason: string;
  officer: { username: string; fullName: string };
  approvedBy: { username: string; fullName: string };
  at: string;
  counter: number;
}

export interface MovementResult {
  movementId: string;
  paymentId: string;
  status: PaymentStatus;
  amount: number;
  document: ReceiptId;
  dossierRevision: number;
}

export const paymentsMethods = {
  /** Collects a dossier's unpaid fee lines in cash against the officer's open session. A task: the receipt provider may be asked first. */
  'payments.collect': method<CollectResult>()({
    input: z
      .object({
        dossierId: uuid('Mã nội bộ hồ sơ'),
        tendered: dong('Số tiền khách đưa').optional(),
        method: z.enum(['cash', 'transfer'], { error: 'Hình thức thu: tiền mặt hoặc chuyển khoản.' }).default('cash'),
        reference: z.string({ error: 'Mã giao dịch: phải là chuỗi ký tự.' }).trim().max(64, { error: 'Mã giao dịch: tối đa 64 ký tự.' }).optional(),
      })
      .superRefine((v, issues) => {
        if (v.method === 'transfer' && !v.reference) issues.addIssue({ code: 'custom', path: ['reference'], message: 'Mã giao dịch chuyển khoản: bắt buộc nhập.' });
        if (v.method === 'transfer' && v.tendered !== undefined) issues.addIssue({ code: 'custom', path: ['tendered'], message: 'Chuyển khoản không có tiền khách đưa.' });
        if (v.method === 'cash' && v.reference) issues.addIssue({ code: 'custom', path: ['reference'], message: 'Mã giao dịch chỉ dành cho chuyển khoản.' });
      }),
    access: ALL_ROLES,
    kind: 'task',
  }),
  /** The VietQR code of a dossier's unpaid fee to the agency's account; NOT_FOUND when no account is set. */
  'payments.vietqr': method<VietQrTransfer>()({ input: z.object({ dossierId: uuid('Mã nội bộ hồ sơ') }), access: ALL_ROLES, kind: 'read' }),
  /** A bank statement matched against the transfers of the days it covers, by dossier code (in the memo) and amount. */
  /** A bank statement (.xlsx or .csv, the bank's export) read into the lines payments.reconcile takes. */
  'payments.readStatement': method<StatementRead>()({
    input: z
      .object({
        fileName: z
          .string({ error: 'Tên tệp: bắt buộc.' })
          .trim()
          .max(255, { error: 'Tên tệp: tối đa 255 ký tự.' })
          .regex(/\.(xlsx|csv)$/i, { error: 'Sao kê phải là tệp Excel (.xlsx) hoặc CSV (.csv).' }),
        contentBase64: z
          .string({ error: 'Nội dung tệp: bắt buộc.' })
          .min(1, { error: 'Tệp rỗng.' })
          .max(Math.ceil(MAX_STATEMENT_BYTES / 3) * 4, { error: 'Tệp sao kê quá lớn: tối đa 700 KB (khoảng 5000 dòng).' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không hợp lệ (không phải base64).' }),
      })
      .strict(),
    access: SUPERVISORS,
    kind: 'read',
  }),
  'payments.reconcile': method<ReconcileResult>()({
    input: z.object({
      rows: z
        .array(
          z.object({
            date: vnDateSchema,
            amount: dong('Số tiền'),
            memo: z.string({ error: 'Nội dung: phải là chuỗi ký tự.' }).max(500, { error: 'Nội dung: tối đa 500 ký tự.' }),
            reference: z.string({ error: 'Mã giao dịch: phải là chuỗi ký tự.' }).trim().max(64, { error: 'Mã giao dịch: tối đa 64 ký tự.' }),
          }),
        )
        .min(1, { error: 'Sao kê không có dòng nào.' })
        .max(5000, { error: 'Sao kê: tối đa 5000 dòng.' }),
    }),
    access: SUPERVISORS,
    kind: 'read',
  }),
  'payments.void': method<MovementResult>()({
    input: z.object({ paymentId: uuid('Mã khoản thu'), reason, approval: approvalSchema }),
    access: ALL_ROLES,
    kind: 'task',
  }),
  'payments.refund': method<MovementResult>()({
    input: z.object({
      paymentId: uuid('Mã khoản thu'),
      amount: dong('Số tiền hoàn').min(1, { error: 'Số tiền hoàn phải lớn hơn 0.' }),
      reason,
      approval: approvalSchema,
    }),
    access: ALL_ROLES,
    kind: 'task',
  }),
  'payments.list': method<PaymentListItem[]>()({
    input: z
      .object({ date: vnDateSchema.optional(), sessionId: z.number().int().min(1).optional(), dossierId: uuid('Mã nội bộ hồ sơ').optional() })
      .default({}),
    access: ALL_ROLES,
    kind: 'read',
  }),
  /** The signed-in officer's dossiers with a fee still to collect, oldest first. */
  'payments.unpaid': method<UnpaidFee[]>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  /** The print model of a receipt; counts the print, so a reprint is marked as a copy. */
  'payments.receipt': method<ReceiptPrint>()({ input: z.object({ paymentId: uuid('Mã khoản thu') }), access: ALL_ROLES, kind: 'write' }),
  /** The print model of a void's or refund's own document (phiếu chi). */
  'payments.movementDocument': method<MovementPrint>()({ input: z.object({ movementId: uuid('Mã chứng từ chi') }), access: ALL_ROLES, kind: 'read' }),
};
