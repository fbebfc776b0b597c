import { z } from 'zod';
import { method, ALL_ROLES } from './method';
import { newPassword, noInput, nonEmpty, username } from './common';
import type { Role } from './method';

export interface UserView {
  username: string;
  fullName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

export interface LoginResult {
  token: string;
  user: UserView;
  /** ISO UTC; the session locks after this much idle time. */
  idleMinutes: number;
}

export const authMethods = {
  /** Sign in. */
  'auth.login': method<LoginResult>()({
    input: z.object({ username, password: z.string({ error: 'Mật khẩu: bắt buộc nhập.' }).min(1, { error: 'Mật khẩu: bắt buộc nhập.' }) }),
    access: 'public',
    kind: 'task',
  }),
  'auth.logout': method<{ done: true }>()({ input: noInput, access: ALL_ROLES, kind: 'write' }),
  /** Who am I (also keeps the session alive). */
  'auth.me': method<UserView>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  /** First run: is there an administrator yet? */
  'auth.setupStatus': method<{ needsAdmin: boolean }>()({ input: noInput, access: 'public', kind: 'read' }),
  /** First run only: creates the administrator; refused once any account exists. */
  'auth.setupAdmin': method<LoginResult>()({
    input: z.object({ username, fullName: nonEmpty('Họ và tên', 100), password: newPassword }),
    access: 'public',
    kind: 'task',
  }),
  'auth.changePassword': method<{ done: true }>()({
    input: z.object({ currentPassword: z.string().min(1, { error: 'Mật khẩu hiện tại: bắt buộc nhập.' }), newPassword }),
    access: ALL_ROLES,
    kind: 'task',
  }),
};
