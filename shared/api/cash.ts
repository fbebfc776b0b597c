import { z } from 'zod';
import { method, ADMINS, ALL_ROLES } from './method';
import { noInput } from './common';
import { ACCOUNT_NUMBER_PATTERN, BANK_BIN_PATTERN, type TransferAccount } from '../vietqr';
import { approvalSchema, vnDateSchema, type CashMovement, type PaymentListItem } from './payments';

const dong = (label: string) =>
  z.number({ error: `${label}: phải là số.` }).int({ error: `${label}: phải là số nguyên đồng.` }).min(0, { error: `${label}: không được âm.` }).max(999_999_999_999);
const symbol = (label: string) =>
  z.string({ error: `${label}: bắt buộc nhập.` }).trim().regex(/^[0-9A-Za-z/-]{1,20}$/, { error: `${label}: 1-20 ký tự chữ, số, "-" hoặc "/".` });

export const DEFAULT_DENOMINATIONS = [500000, 200000, 100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200] as const;

export interface CashSessionView {
  id: number;
  officer: string;
  counter: number;
  openedAt: string;
  float: number;
  closedAt: string | null;
  /** Cash payments collected in this session (all receipts, void ones included: their void is a movement). */
  collected: number;
  payments: number;
  /** Voids and refunds of cash payments, paid out of this drawer (a negative sum). */
  movements: number;
  /** Transfers confirmed in this session: never in the drawer, so not in `expected`. */
  transfers: number;
  transferPayments: number;
  expected: number;
  counted: number | null;
  difference: number | null;
  note: string | null;
  /** The supervisor (username) who approved closing with a shortage above the threshold; null otherwise. */
  approvedBy: string | null;
}

export interface CloseResult {
  sessionId: number;
  expected: number;
  counted: number;
  difference: number;
  byDenomination: Record<string, number>;
  /** Payments of the session the portal has not acknowledged yet (closed with a note). */
  unsyncedPayments: number;
  /** The supervisor who approved a shortage above the threshold, else null. */
  approvedBy: string | null;
  /** That supervisor's full name, as the screen says it. */
  approvedByName: string | null;
}

export interface CashSettings {
  /** Ký hiệu mẫu biên lai, e.g. 01BLP0-001. */
  form: string;
  /** Ký hiệu biên lai. */
  series: string;
  /** Form of the void/refund document (phiếu chi). */
  movementForm: string;
  /** Each counter's receipt number range; counters not listed get slice n: (n-1)*sliceSize+1 .. n*sliceSize. */
  ranges: Record<string, { first: number; last: number }>;
  sliceSize: number;
  denominations: number[];
  unitName: string;
  unitTaxCode: string;
  paper: 'a5' | 'thermal-80mm';
  /** 2: Liên 1 and Liên 2; 1: only Liên 2, the payer's (e.g. on a thermal roll, when Liên 1 is kept electronically). */
  receiptCopies: 1 | 2;
  /** Đóng ca with a shortage larger than this (whole đồng; 0: any shortage) needs a supervisor's approval at the counter. */
  shortageApprovalThreshold: number;
  /** The agency's bank account for VietQR transfers; null: transfers are not offered. */
  transferAccount: TransferAccount | null;
  /** The range of this desk's counter as the settings give it. */
  counter: number;
  counterRange: { first: number; last: number };
}

export interface OfficerTotals {
  officer: string;
  counter: number;
  payments: number;
  collected: number;
  /** `collected` split by method: cash into the drawer, transfers to the agency's account. */
  cash: number;
  transfer: number;
  voided: number;
  refunded: number;
  net: number;
}

export interface CashReport {
  date: string;
  /** The officer the report is limited to (always the caller for an officer), or null for everyone. */
  officer: string | null;
  payments: PaymentListItem[];
  voids: CashMovement[];
  refunds: CashMovement[];
  sessions: CashSessionView[];
  totals: OfficerTotals[];
  grandTotal: { payments: number; collected: number; cash: number; transfer: number; voided: number; refunded: number; net: number };
  /** Full names of the officers and approvers the report names, by username. */
  officerNames: Record<string, string>;
}

/** An officer's full name as the report knows it, else the username. */
export function officerNameIn(report: Pick<CashReport, 'officerNames'>, username: string): string {
  return report.officerNames[username] ?? username;
}

/** The day's cash report as an .xlsx workbook (base64), for the officer to save or send. */
export interface CashReportFile {
  fileName: string;
  contentBase64: string;
}

const reportInput = z.object({ date: vnDateSchema, officer: z.string().trim().toLowerCase().max(32, { error: 'Tài khoản cán bộ: tối đa 32 ký tự.' }).optional() });

export const cashMethods = {
  'cash.open': method<CashSessionView>()({ input: z.object({ float: dong('Tiền đầu ca') }), access: ALL_ROLES, kind: 'write' }),
  'cash.current': method<CashSessionView | null>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  'cash.close': method<CloseResult>()({
    input: z.object({
      counted: z.record(z.string().regex(/^\d+$/, { error: 'Mệnh giá không hợp lệ.' }), z.number().int({ error: 'Số tờ phải là số nguyên.' }).min(0, { error: 'Số tờ không được âm.' }).max(100_000)),
      note: z.string().trim().max(1000, { error: 'Ghi chú: tối đa 1000 ký tự.' }).optional(),
      /** The difference (counted − expected) the officer saw and confirmed; required when it is not 0. */
      confirmedDifference: z.number({ error: 'Chênh lệch xác nhận: phải là số.' }).int({ error: 'Chênh lệch xác nhận: phải là số nguyên đồng.' }).optional(),
      /** A supervisor's credentials, when the shortage is above the threshold. */
      approval: approvalSchema.optional(),
    }),
    access: ALL_ROLES,
    // A task: a supervisor's password may have to be checked before the close is written.
    kind: 'task',
  }),
  /** The day's payments, voids, refunds, sessions and totals; an officer sees only their own. */
  'cash.report': method<CashReport>()({ input: reportInput, access: ALL_ROLES, kind: 'read' }),
  /** The same report as an Excel workbook: payments, voids, refunds, sessions and totals, one sheet each. */
  'cash.reportExcel': method<CashReportFile>()({ input: reportInput, access: ALL_ROLES, kind: 'read' }),
  'cash.settings': method<CashSettings>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  'cash.configure': method<CashSettings>()({
    input: z
      .object({
        form: symbol('Ký hiệu mẫu biên lai').optional(),
        series: symbol('Ký hiệu biên lai').optional(),
        movementForm: symbol('Ký hiệu phiếu chi').optional(),
        ranges: z
          .record(
            z.string().regex(/^\d+$/, { error: 'Số quầy không hợp lệ.' }),
            z.object({ first: z.number().int().min(1), last: z.number().int().min(1).max(9_999_999) }).refine((r) => r.last >= r.first, { error: 'Số cuối phải không nhỏ hơn số đầu.' }),
          )
          .optional(),
        sliceSize: z.number().int().min(1).max(1_000_000).optional(),
        denominations: z.array(z.number().int().min(1)).min(1).max(20).optional(),
        // Empty: the receipts name the desk's agency.
        unitName: z.string({ error: 'Đơn vị thu tiền: phải là chuỗi ký tự.' }).trim().max(200, { error: 'Đơn vị thu tiền: tối đa 200 ký tự.' }).optional(),
        unitTaxCode: z.string({ error: 'Mã số thuế: phải là chuỗi ký tự.' }).trim().max(20, { error: 'Mã số thuế: tối đa 20 ký tự.' }).optional(),
        paper: z.enum(['a5', 'thermal-80mm'], { error: 'Khổ giấy biên lai: a5 hoặc thermal-80mm.' }).optional(),
        receiptCopies: z.union([z.literal(1), z.literal(2)], { error: 'Số liên biên lai: 1 hoặc 2.' }).optional(),
        shortageApprovalThreshold: dong('Mức thiếu tiền cần lãnh đạo duyệt').optional(),
        transferAccount: z
          .object({
            bankBin: z.string({ error: 'Mã BIN ngân hàng: bắt buộc nhập.' }).trim().regex(BANK_BIN_PATTERN, { error: 'Mã BIN ngân hàng: 6 chữ số.' }),
            accountNumber: z.string({ error: 'Số tài khoản: bắt buộc nhập.' }).trim().regex(ACCOUNT_NUMBER_PATTERN, { error: 'Số tài khoản: 1-19 chữ hoặc số, không dấu cách.' }),
            accountName: z.string({ error: 'Tên tài khoản: bắt buộc nhập.' }).trim().min(1, { error: 'Tên tài khoản: bắt buộc nhập.' }).max(100, { error: 'Tên tài khoản: tối đa 100 ký tự.' }),
          })
          .strict()
          .nullable()
          .optional(),
      })
      .strict(),
    access: ADMINS,
    kind: 'write',
  }),
};
