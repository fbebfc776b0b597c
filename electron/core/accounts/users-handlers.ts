import type { UserView } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext, type Handlers } from '../api/handler-context';
import { toUserView, type UserRow } from './users-repository';

function existing(ctx: HandlerContext, username: string): UserRow {
  const user = ctx.services.users.byUsername(username);
  if (!user) throw new DeskError('NOT_FOUND', `Không có tài khoản "${username}".`);
  return user;
}

/** The account as the accounts screen shows it: with the end of its sign-in wait, while it lasts. */
function listedView(ctx: HandlerContext, user: UserRow): UserView {
  const until = ctx.services.throttle.waitUntil(user.username);
  return until ? { ...toUserView(user), signInWaitUntil: until.toISOString() } : toUserView(user);
}

function setDisabled(ctx: HandlerContext, username: string, disabled: boolean) {
  const user = existing(ctx, username);
  if (disabled && user.id === requireUser(ctx).id) {
    throw new DeskError('CONFLICT', 'Không thể tự khóa tài khoản của chính mình.');
  }
  ctx.services.users.setDisabled(user.id, disabled, ctx.clock.now().toISOString());
  if (disabled) ctx.services.sessions.endAllOf(user.id);
  const after = existing(ctx, username);
  ctx.audit({ entity: 'user', entityId: username, before: toUserView(user), after: toUserView(after) });
  return listedView(ctx, after);
}

export const usersHandlers = {
  'users.create': async ({ username, fullName, password, role }, ctx) => {
    if (ctx.services.users.byUsername(username)) throw new DeskError('CONFLICT', `Tên đăng nhập "${username}" đã có người dùng.`);
    const passwordHash = await ctx.services.passwords.hash(password);
    return ctx.write(() => {
      if (ctx.services.users.byUsername(username)) throw new DeskError('CONFLICT', `Tên đăng nhập "${username}" đã có người dùng.`);
      const user = ctx.services.users.insert({ username, fullName, role, passwordHash, at: ctx.clock.now().toISOString(), mustChangePassword: true });
      ctx.audit({ entity: 'user', entityId: username, after: toUserView(user) });
      return toUserView(user);
    });
  },

  'users.list': (_input, ctx) =>
ctx.services.users.list().map((user) => listedView(ctx, user)),

  'users.clearSignInWait': ({ username }, ctx) => {
    const user = existing(ctx, username);
    const until = ctx.services.throttle.waitUntil(username);
    // Harmless when the wait has just ended by itself: the failure count starts again either way.
    ctx.services.throttle.recordSuccess(username);
    ctx.audit({ entity: 'user', entityId: username, before: { signInWaitUntil: until?.toISOString() ?? null }, after: { signInWaitCleared: true } });
    return toUserView(user);
  },

  'users.disable': ({ username }, ctx) => setDisabled(ctx, username, true),

  'users.enable': ({ username }, ctx) => setDisabled(ctx, username, false),

  'users.resetPassword': async ({ username, password }, ctx) => {
    const user = existing(ctx, username);
    const hash = await ctx.services.passwords.hash(password);
    ctx.write(() => {
      ctx.services.users.setPasswordHash(user.id, hash, ctx.clock.now().toISOString(), true);
      ctx.services.sessions.endAllOf(user.id);
      ctx.audit({ entity: 'user', entityId: username, after: { passwordReset: true } });
    });
    return { done: true as const };
  },
} satisfies Pick<Handlers, 'users.create' | 'users.list' | 'users.disable' | 'users.enable' | 'users.clearSignInWait' | 'users.resetPassword'>;
