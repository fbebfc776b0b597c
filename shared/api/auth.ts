import { z } from 'zod';
import { method, ALL_ROLES } from './method';
import { newPassword, noInput, nonEmpty, username } from './common';
import { SAME_PASSWORD_MESSAGE } from '../account-rules';
import type { Role } from './method';

export interface UserView {
  username: string;
  fullName: string;
  role: Role;
  disabled: boolean;
  /** An administrator set the password: the core answers only `auth.changePassword` (and sign-out) until it is changed. */
  mustChangePassword: boolean;
  createdAt: string;
  /** users.list only: ISO UTC end of the wait after repeated wrong passwords, while it lasts (an admin can lift it). */
  signInWaitUntil?: string;
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
  /**
   * First run only: creates the administrator; refused once any account exists, and without the
   * one-time setup code the host printed on its console (`MÃ THIẾT LẬP: 123-456`); wrong codes are
   * throttled like sign-ins.
   */
  'auth.setupAdmin': method<LoginResult>()({
    input: z.object({
      setupCode: z
        .string({ error: 'Mã thiết lập: bắt buộc nhập.' })
        .trim()
        .regex(/^\d{3}[\s-]?\d{3}$/, { error: 'Mã thiết lập gồm 6 chữ số, ví dụ 123-456.' }),
      username,
      fullName: nonEmpty('Họ và tên', 100),
      password: newPassword,
    }),
    access: 'public',
    kind: 'task',
  }),
  /** Changes one's own password (the new one must differ); answers the account as it is now. */
  'auth.changePassword': method<{ done: true; user: UserView }>()({
    input: z
      .object({ currentPassword: z.string({ error: 'Mật khẩu hiện tại: bắt buộc nhập.' }).min(1, { error: 'Mật khẩu hiện tại: bắt buộc nhập.' }), newPassword })
      .refine((v) => v.newPassword !== v.currentPassword, { error: SAME_PASSWORD_MESSAGE, path: ['newPassword'] }),
    access: ALL_ROLES,
    kind: 'task',
  }),
};
