import { SUPERVISORS } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import type { HandlerContext } from '../api/handler-context';
import type { UserRow } from '../accounts';

const WRONG = 'Tài khoản hoặc mật khẩu người duyệt không đúng.';

/**
 * Checks the approval a supervisor (or admin) gives at the counter with their own credentials.
 * Failures count toward the same sign-in throttle as a wrong password at login.
 */
export async function verifySupervisorApproval(ctx: HandlerContext, approval: { username: string; password: string }): Promise<UserRow> {
  const { users, throttle, passwords } = ctx.services;
  // One password check at a time per username, as at sign-in: concurrency cannot beat the throttle.
  const approver = await throttle.serialised(approval.username, async () => {
    throttle.check(approval.username);
    const found = users.byUsername(approval.username);
    const ok = await passwords.verify(approval.password, found?.password_hash ?? (await passwords.dummyHash()));
    if (!found || !ok) {
      ctx.write(() => {
        throttle.recordFailure(approval.username);
        ctx.audit({ entity: 'approval', entityId: approval.username, after: { approval: 'failed', method: ctx.method } });
      });
      throw new DeskError('FORBIDDEN', WRONG, { fields: { 'approval.password': WRONG } });
    }
    return found;
  });
  if (approver.disabled) throw new DeskError('FORBIDDEN', 'Tài khoản người duyệt đã bị khóa.');
  if (approver.must_change_password === 1) {
    const message = 'Người duyệt đang dùng mật khẩu do quản trị viên cấp: cần đăng nhập và đổi mật khẩu trước khi duyệt.';
    throw new DeskError('FORBIDDEN', message, { fields: { 'approval.username': message } });
  }
  if (!SUPERVISORS.includes(approver.role)) {
    throw new DeskError('FORBIDDEN', 'Người duyệt phải là lãnh đạo bộ phận (giám sát) hoặc quản trị viên.', { fields: { 'approval.username': 'Không có quyền duyệt.' } });
  }
  return approver;
}
