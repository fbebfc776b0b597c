import { SUPERVISORS } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import type { HandlerContext } from '../api/handler-context';
import { dummyPasswordHash, verifyPassword } from '../accounts/password-hash';
import type { UserRow } from '../accounts/users-repository';

const WRONG = 'Tài khoản hoặc mật khẩu người duyệt không đúng.';

/**
 * Checks the approval a supervisor (or admin) gives at the counter with their own credentials.
 * Failures count toward the same sign-in throttle as a wrong password at login.
 */
export async function verifySupervisorApproval(ctx: HandlerContext, approval: { username: string; password: string }): Promise<UserRow> {
  const { users, throttle } = ctx.services;
  throttle.check(approval.username);
  const approver = users.byUsername(approval.username);
  const ok = await verifyPassword(approval.password, approver?.password_hash ?? (await dummyPasswordHash()));
  if (!approver || !ok) {
    ctx.write(() => {
      throttle.recordFailure(approval.username);
      ctx.audit({ entity: 'approval', entityId: approval.username, after: { approval: 'failed', method: ctx.method } });
    });
    throw new DeskError('FORBIDDEN', WRONG, { fields: { 'approval.password': WRONG } });
  }
  if (approver.disabled) throw new DeskError('FORBIDDEN', 'Tài khoản người duyệt đã bị khóa.');
  if (!SUPERVISORS.includes(approver.role)) {
    throw new DeskError('FORBIDDEN', 'Người duyệt phải là lãnh đạo bộ phận (giám sát) hoặc quản trị viên.', { fields: { 'approval.username': 'Không có quyền duyệt.' } });
  }
  return approver;
}
