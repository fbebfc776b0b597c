import type { LoginResult } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import { requireUser, type HandlerContext, type Handlers } from '../api/handler-context';
import { toUserView, type UserRow } from './users-repository';
import { SETUP_CODE_THROTTLE_KEY } from './setup-code';

const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

function loginResult(ctx: HandlerContext, user: UserRow): LoginResult {
  const token = ctx.services.sessions.create(user.id);
  return { token, user: toUserView(user), idleMinutes: ctx.services.sessions.idleMinutes };
}

/** One sign-in attempt; the throttle runs a username's attempts one after the other. */
async function signIn(username: string, password: string, ctx: HandlerContext): Promise<LoginResult> {
  const { users, throttle, passwords } = ctx.services;
  throttle.check(username);
  const user = users.byUsername(username);
  // Hash even for an unknown user, so timing does not tell which usernames exist.
  const ok = await passwords.verify(password, user?.password_hash ?? (await passwords.dummyHash()));
  if (!user || !ok) {
    // Committed before answering: a thrown error would roll the count back.
    ctx.write(() => {
      throttle.recordFailure(username);
      ctx.audit({ entity: 'user', entityId: username, after: { signIn: 'failed' } });
    });
    throw new DeskError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  if (user.disabled) throw new DeskError('UNAUTHENTICATED', 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.');
  // A hash made with older, cheaper parameters is replaced now that the password is known.
  const upgraded = passwords.isCurrent(user.password_hash) ? null : await passwords.hash(password);
  return ctx.write(() => {
    throttle.check(username); // another attempt may have failed while we hashed
    throttle.recordSuccess(username);
    if (upgraded) users.upgradePasswordHash(user.id, user.password_hash, upgraded);
    ctx.user = user;
    ctx.audit({ entity: 'user', entityId: username, after: upgraded ? { signIn: 'ok', hashUpgraded: true } : { signIn: 'ok' } });
    return loginResult(ctx, user);
  });
}

const ADMIN_EXISTS = 'Đã có tài khoản quản trị. Vui lòng đăng nhập.';
const WRONG_SETUP_CODE = 'Mã thiết lập không đúng. Mã in trên cửa sổ dòng lệnh của máy chủ, dòng "MÃ THIẾT LẬP".';

/** First run: the one-time code first (throttled like a sign-in), then the administrator. */
async function setupAdmin(code: string, admin: { username: string; fullName: string; password: string }, ctx: HandlerContext): Promise<LoginResult> {
  const { users, throttle, setupCode } = ctx.services;
  if (users.count() > 0) throw new DeskError('CONFLICT', ADMIN_EXISTS);
  throttle.check(SETUP_CODE_THROTTLE_KEY);
  if (!setupCode.matches(code)) {
    ctx.write(() => {
      throttle.recordFailure(SETUP_CODE_THROTTLE_KEY);
      ctx.audit({ entity: 'user', entityId: admin.username, after: { setupCode: 'wrong' } });
    });
    throw new DeskError('FORBIDDEN', WRONG_SETUP_CODE, { fields: { setupCode: 'Mã thiết lập không đúng.' } });
  }
  const passwordHash = await ctx.services.passwords.hash(admin.password);
  return ctx.write(() => {
    if (users.count() > 0) throw new DeskError('CONFLICT', ADMIN_EXISTS);
    const user = users.insert({ username: admin.username, fullName: admin.fullName, role: 'admin', passwordHash, at: ctx.clock.now().toISOString(), mustChangePassword: false });
    throttle.recordSuccess(SETUP_CODE_THROTTLE_KEY);
    setupCode.consume();
    ctx.user = user;
    ctx.audit({ entity: 'user', entityId: admin.username, after: toUserView(user) });
    return loginResult(ctx, user);
  });
}

export const authHandlers = {
  'auth.login': ({ username, password }, ctx) => ctx.services.throttle.serialised(username, () => signIn(username, password, ctx)),

  'auth.logout': (_input, ctx) => {
    if (ctx.sessionTokenHash) ctx.services.sessions.end(ctx.sessionTokenHash);
    ctx.audit({ entity: 'user', entityId: requireUser(ctx).username, after: { signOut: true } });
    return { done: true as const };
  },

  'auth.me': (_input, ctx) => toUserView(requireUser(ctx)),

  'auth.setupStatus': (_input, ctx) => ({ needsAdmin: ctx.services.users.count() === 0 }),

  'auth.setupAdmin': ({ setupCode, username, fullName, password }, ctx) =>
    ctx.services.throttle.serialised(SETUP_CODE_THROTTLE_KEY, () => setupAdmin(setupCode, { username, fullName, password }, ctx)),

  'auth.changePassword': async ({ currentPassword, newPassword }, ctx) => {
    const user = requireUser(ctx);
    if (!(await ctx.services.passwords.verify(currentPassword, user.password_hash))) {
      throw new DeskError('INVALID_INPUT', 'Mật khẩu hiện tại không đúng.', { fields: { currentPassword: 'Mật khẩu hiện tại không đúng.' } });
    }
    const hash = await ctx.services.passwords.hash(newPassword);
    const changed = ctx.write(() => {
      ctx.services.users.setPasswordHash(user.id, hash, ctx.clock.now().toISOString(), false);
      ctx.audit({ entity: 'user', entityId: user.username, after: { passwordChanged: true } });
      return ctx.services.users.byId(user.id)!;
    });
    return { done: true as const, user: toUserView(changed) };
  },
} satisfies Pick<Handlers, 'auth.login' | 'auth.logout' | 'auth.me' | 'auth.setupStatus' | 'auth.setupAdmin' | 'auth.changePassword'>;
