import { afterEach } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { ManualClock } from '../../electron/core/clock';
import type { CoreOptions, DeskCore } from '../../electron/core/core-types';
import type { ApiResponse, InputOf, MethodName, ResultOf, Role } from '../../shared/api';
import { makeTempDir } from './temp-dir';

export const ADMIN_PASSWORD = 'quan-tri-123';
/** Cheap scrypt for speed (the desk runs N = 2^17: tests/integration/accounts/password-upgrade.test.ts proves it). */
export const FAST_PASSWORD_PARAMS = { N: 2 ** 10, r: 8, p: 1 } as const;

export interface Harness {
  core: DeskCore;
  dir: string;
  clock: ManualClock;
  /** Calls and returns the raw response. */
  raw(method: string, input: unknown, token?: string | null): Promise<ApiResponse<unknown>>;
  /** Calls and returns the value, failing the test on an error answer. */
  ok<M extends MethodName>(method: M, input: InputOf<M>, token: string | null): Promise<ResultOf<M>>;
  login(username: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  /** Creates a user with that role, makes its first password change (to username + '-pass-1') and returns its token. */
  userWithRole(role: Role, username?: string): Promise<string>;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A real core over a real SQLite file in a fresh temp folder, with a clock the test moves. */
export async function startCore(options: Partial<CoreOptions> = {}): Promise<Harness> {
  const { dir, cleanup } = makeTempDir();
  const clock = new ManualClock('2026-11-25T02:00:00.000Z');
  const core = await createCore({ dataDir: dir, clock, adminPassword: ADMIN_PASSWORD, passwordParams: FAST_PASSWORD_PARAMS, ...options });
  cleanups.push(cleanup, () => core.close());
  const raw = (method: string, input: unknown, token: string | null = null) => core.call(method, input, token, { transport: 'http' });
  const ok = async <M extends MethodName>(method: M, input: InputOf<M>, token: string | null) => {
    const response = await raw(method, input, token);
    if (!response.ok) throw new Error(`${method} failed: ${JSON.stringify(response.error)}`);
    return response.value as ResultOf<M>;
  };
  const login = async (username: string, password: string) => (await ok('auth.login', { username, password }, null)).token;
  let admin: string | null = null;
  const adminToken = async () => (admin ??= await login('admin', ADMIN_PASSWORD));
  const userWithRole = async (role: Role, username = `${role}1`) => {
    // The administrator gives a first password; the officer replaces it at the first sign-in, as on screen.
    await ok('users.create', { username, fullName: `Cán bộ ${role}`, password: `${username}-first-1`, role }, await adminToken());
    const token = await login(username, `${username}-first-1`);
    await ok('auth.changePassword', { currentPassword: `${username}-first-1`, newPassword: `${username}-pass-1` }, token);
    return token;
  };
  return { core, dir, clock, raw, ok, login, adminToken, userWithRole };
}
