import type Database from 'better-sqlite3-multiple-ciphers';
import type { CloseResult, ParsedInputOf } from '../../../shared/api';
import { formatVnd } from '../../../shared/money';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext } from '../api/handler-context';
import { requireOpenSession, sessionView } from './cash-sessions';
import { readStoredCashSettings } from './cash-settings';
import { verifySupervisorApproval } from './supervisor-approval';

type CloseInput = ParsedInputOf<'cash.close'>;

/** What a close would write, judged against the session as it stands now. */
interface CloseCount {
  sessionId: number;
  expected: number;
  counted: number;
  difference: number;
  byDenomination: Record<string, number>;
  unsynced: string[];
  /** The shortage is above the threshold: a supervisor must approve. */
  needsApproval: boolean;
}

/** Dossiers of the session's payments and movements whose latest revision the portal has not acknowledged. */
function unsyncedDossiers(db: Database.Database, sessionId: number): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT d.id FROM dossiers d
       WHERE d.id IN (SELECT dossier_id FROM payments WHERE session_id = ?
                      UNION SELECT p.dossier_id FROM cash_movements m JOIN payments p ON p.id = m.payment_id WHERE m.session_id = ?)
         AND (d.sync_state <> 'synced' OR d.synced_revision < d.revision)`,
    )
    .all(sessionId, sessionId) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/** "thiếu 5.000 đ" or "thừa 1.000 đ". */
function differenceWords(difference: number): string {
  return difference < 0 ? `thiếu ${formatVnd(-difference)}` : `thừa ${formatVnd(difference)}`;
}

/**
 * Counts the drawer and applies the rules of a close, throwing before anything is written: known
 * denominations; a note when payments are unsynced or the count differs; the difference the officer
 * confirmed must be the one found; a shortage above the threshold needs an approval.
 */
function countClose(ctx: HandlerContext, { counted, note, confirmedDifference, approval }: CloseInput): CloseCount {
  const session = requireOpenSession(ctx);
  const settings = readStoredCashSettings(ctx.services.settings);
  const unknown = Object.keys(counted).filter((d) => !settings.denominations.includes(Number(d)));
  if (unknown.length) {
    throw new DeskError('INVALID_INPUT', `Mệnh giá không có trong danh sách: ${unknown.join(', ')}.`, { fields: { counted: 'Mệnh giá không hợp lệ.' } });
  }
  let total = 0;
  const byDenomination: Record<string, number> = {};
  for (const d of settings.denominations) {
    const n = counted[String(d)] ?? 0;
    byDenomination[String(d)] = n;
    total += d * n;
  }
  const unsynced = unsyncedDossiers(ctx.db, session.id);
  if (unsynced.length && !note) {
    throw new DeskError(
      'UNSYNCED_PAYMENTS',
      `Ca có ${unsynced.length} hồ sơ đã thu tiền nhưng cổng chưa xác nhận. Vui lòng ghi chú bàn giao để đóng ca.`,
      { details: { dossierIds: unsynced } },
    );
  }
  const { expected } = sessionView(ctx.db, session);
  const difference = total - expected;
  if (confirmedDifference !== undefined && confirmedDifference !== difference) {
    throw new DeskError(
      'CONFLICT',
      `Tiền mặt phải có đã thay đổi (${formatVnd(expected)}): chênh lệch bây giờ là ${difference === 0 ? '0 đ' : differenceWords(difference)}. Vui lòng kiểm tra và xác nhận lại.`,
      { details: { expected, difference } },
    );
  }
  const threshold = settings.shortageApprovalThreshold;
  const needsApproval = difference < 0 && -difference > threshold;
  if (difference !== 0) {
    if (confirmedDifference === undefined) {
      const text = `Tiền đếm được ${differenceWords(difference)} so với tiền mặt phải có: vui lòng xem lại từng mệnh giá và xác nhận chênh lệch để đóng ca.`;
      throw new DeskError('INVALID_INPUT', text, { fields: { confirmedDifference: text } });
    }
    if (!note) {
      const text = `Ca ${differenceWords(difference)}: vui lòng ghi chú lý do chênh lệch để đóng ca.`;
      throw new DeskError('INVALID_INPUT', text, { fields: { note: 'Ghi chú lý do chênh lệch: bắt buộc nhập.' } });
    }
    if (needsApproval && !approval) {
      const text = `Ca ${differenceWords(difference)}, quá mức được tự đóng ca (${formatVnd(threshold)}): cần lãnh đạo bộ phận duyệt tại quầy.`;
      throw new DeskError('INVALID_INPUT', text, { fields: { 'approval.username': 'Cần lãnh đạo duyệt.' } });
    }
  }
  return { sessionId: session.id, expected, counted: total, difference, byDenomination, unsynced, needsApproval };
}

/**
 * Đóng ca: the cash counted note by note against what the drawer should hold. A difference must be
 * confirmed and explained; a shortage above the threshold is approved by a supervisor at the counter.
 */
export async function closeCashSession(ctx: HandlerContext, input: CloseInput): Promise<CloseResult> {
  const first = countClose(ctx, input);
  const approver = first.needsApproval && input.approval ? await verifySupervisorApproval(ctx, input.approval) : null;
  if (approver && approver.id === requireUser(ctx).id) {
    throw new DeskError('FORBIDDEN', 'Người duyệt phải là lãnh đạo khác, không phải người đóng ca.', { fields: { 'approval.username': 'Không tự duyệt ca của mình.' } });
  }
  return ctx.write(() => {
    // Judged again inside the transaction: a payment or a void may have landed during the approval.
    const count = countClose(ctx, { ...input, confirmedDifference: input.confirmedDifference ?? first.difference });
    if (count.sessionId !== first.sessionId || (count.needsApproval && !approver)) {
      throw new DeskError('CONFLICT', 'Ca thu tiền đã thay đổi trong lúc duyệt. Vui lòng kiểm tra và xác nhận lại.');
    }
    const note = input.note ?? null;
    const approvedBy = count.needsApproval ? (approver?.username ?? null) : null;
    const at = ctx.clock.now().toISOString();
    ctx.db
      .prepare('UPDATE cash_sessions SET closed_at = ?, counted_json = ?, counted = ?, expected = ?, difference = ?, note = ?, approved_by = ? WHERE id = ?')
      .run(at, JSON.stringify(count.byDenomination), count.counted, count.expected, count.difference, note, approvedBy, count.sessionId);
    ctx.audit({
      entity: 'cash_session',
      entityId: String(count.sessionId),
      after: {
        closedAt: at,
        expected: count.expected,
        counted: count.counted,
        difference: count.difference,
        byDenomination: count.byDenomination,
        note,
        approvedBy,
        unsynced: count.unsynced.length,
      },
    });
    return {
      sessionId: count.sessionId,
      expected: count.expected,
      counted: count.counted,
      difference: count.difference,
      byDenomination: count.byDenomination,
      unsyncedPayments: count.unsynced.length,
      approvedBy,
      approvedByName: approvedBy ? (approver?.full_name ?? approvedBy) : null,
    };
  });
}
