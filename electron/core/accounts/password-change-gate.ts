import type { MethodName } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import type { UserRow } from './users-repository';

/** What an account whose password an administrator set may still call: who it is, the change itself, signing out. */
const BEFORE_PASSWORD_CHANGE: ReadonlySet<MethodName> = new Set<MethodName>(['auth.me', 'auth.changePassword', 'auth.logout']);

export const PASSWORD_CHANGE_REQUIRED_MESSAGE = 'Tài khoản đang dùng mật khẩu do quản trị viên cấp: vui lòng đổi mật khẩu trước khi làm việc.';

/** Refuses every other call of an account that must first change the password an administrator gave it. */
export function assertPasswordChanged(user: UserRow, method: MethodName): void {
  if (user.must_change_password === 1 && !BEFORE_PASSWORD_CHANGE.has(method)) {
    throw new DeskError('PASSWORD_CHANGE_REQUIRED', PASSWORD_CHANGE_REQUIRED_MESSAGE);
  }
}
