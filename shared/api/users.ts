import { z } from 'zod';
import { method, ADMINS, ROLES } from './method';
import { newPassword, noInput, nonEmpty, username } from './common';
import type { UserView } from './auth';

export const usersMethods = {
  'users.create': method<UserView>()({
    input: z.object({
      username,
      fullName: nonEmpty('Họ và tên', 100),
      password: newPassword,
      role: z.enum(ROLES, { error: 'Vai trò phải là officer, supervisor hoặc admin.' }),
    }),
    access: ADMINS,
    kind: 'task',
  }),
  'users.list': method<UserView[]>()({ input: noInput, access: ADMINS, kind: 'read' }),
  'users.disable': method<UserView>()({ input: z.object({ username }), access: ADMINS, kind: 'write' }),
  'users.enable': method<UserView>()({ input: z.object({ username }), access: ADMINS, kind: 'write' }),
  /** Lifts the wait after repeated wrong passwords (sign-in and counter approvals): the count starts again. */
  'users.clearSignInWait': method<UserView>()({ input: z.object({ username }), access: ADMINS, kind: 'write' }),
  'users.resetPassword': method<{ done: true }>()({
    input: z.object({ username, password: newPassword }),
    access: ADMINS,
    kind: 'task',
  }),
};
