import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core';
import { PasswordHasher } from '../../../electron/core/accounts/password-hash';
import { FAST_PASSWORD_PARAMS } from '../../support/core-harness';
import { closeDatabase, openDatabase } from '../../../electron/core/db/open-database';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { startCore } from '../../support/core-harness';
import { makeTempDir } from '../../support/temp-dir';

const FIRST = { username: 'hoa.nt', fullName: 'Nguyễn Thị Hoa', password: 'mat-khau-dau-1', role: 'officer' as const };

async function deskWithNewOfficer() {
  const h = await startCore();
  const admin = await h.adminToken();
  const created = await h.ok('users.create', FIRST, admin);
  return { h, admin, created };
}

describe('an account created by the administrator changes its first password before working', () => {
  it('signs in, is refused everything but the change, changes it, and then works on the same session', async () => {
    const { h, created } = await deskWithNewOfficer();
    expect(created.mustChangePassword).toBe(true);
    const login = await h.ok('auth.login', { username: FIRST.username, password: FIRST.password }, null);
    expect(login.user).toMatchObject({ username: FIRST.username, mustChangePassword: true });
    const token = login.token;

    for (const [method, input] of [['catalog.list', undefined], ['dossiers.list', {}], ['cash.current', undefined]] as const) {
      const refused = await h.raw(method, input, token);
      expect(!refused.ok && refused.error, method).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringContaining('đổi mật khẩu') });
    }
    // A method of another role stays FORBIDDEN (the role is checked first).
    const adminOnly = await h.raw('users.list', undefined, token);
    expect(!adminOnly.ok && adminOnly.error.code).toBe('FORBIDDEN');
    expect(await h.ok('auth.me', undefined, token)).toMatchObject({ mustChangePassword: true });

    // The first password again is refused, with the reason under the field.
    const same = await h.raw('auth.changePassword', { currentPassword: FIRST.password, newPassword: FIRST.password }, token);
    expect(!same.ok && same.error).toMatchObject({ code: 'INVALID_INPUT', fields: { newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' } });
    const short = await h.raw('auth.changePassword', { currentPassword: FIRST.password, newPassword: 'ngan' }, token);
    expect(!short.ok && short.error.fields).toEqual({ newPassword: 'Mật khẩu: ít nhất 8 ký tự.' });

    const changed = await h.ok('auth.changePassword', { currentPassword: FIRST.password, newPassword: 'mat-khau-rieng-2' }, token);
    expect(changed.user).toMatchObject({ username: FIRST.username, mustChangePassword: false });
    expect((await h.ok('catalog.list', undefined, token)).length).toBeGreaterThan(10);

    // The next sign-in asks nothing; the first password no longer opens the account.
    expect((await h.raw('auth.login', { username: FIRST.username, password: FIRST.password }, null)).ok).toBe(false);
    const again = await h.ok('auth.login', { username: FIRST.username, password: 'mat-khau-rieng-2' }, null);
    expect(again.user.mustChangePassword).toBe(false);
    expect((await h.ok('users.list', undefined, await h.adminToken())).find((u) => u.username === FIRST.username)).toMatchObject({ mustChangePassword: false });
  });

  it('a password the administrator resets must be changed again', async () => {
    const { h, admin } = await deskWithNewOfficer();
    const first = await h.login(FIRST.username, FIRST.password);
    await h.ok('auth.changePassword', { currentPassword: FIRST.password, newPassword: 'mat-khau-rieng-2' }, first);
    await h.ok('users.resetPassword', { username: FIRST.username, password: 'mat-khau-cap-lai-3' }, admin);
    const login = await h.ok('auth.login', { username: FIRST.username, password: 'mat-khau-cap-lai-3' }, null);
    expect(login.user.mustChangePassword).toBe(true);
    const refused = await h.raw('catalog.list', undefined, login.token);
    expect(!refused.ok && refused.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('the first administrator (first run or --admin-password) chose the password and is not asked', async () => {
    const h = await startCore();
    expect((await h.ok('auth.me', undefined, await h.adminToken())).mustChangePassword).toBe(false);
    const fresh = await startCore({ adminPassword: undefined });
    expect((await fresh.ok('auth.setupStatus', undefined, null)).needsAdmin).toBe(true);
    const made = await fresh.ok('auth.setupAdmin', { setupCode: fresh.core.setupCode()!, username: 'quantri', fullName: 'Quản trị', password: 'quan-tri-moi-1' }, null);
    expect(made.user.mustChangePassword).toBe(false);
    expect((await fresh.ok('catalog.list', undefined, made.token)).length).toBeGreaterThan(0);
  });
});

describe('migration 011 (users.must_change_password)', () => {
  it('keeps the accounts of a version-10 database signing in and working as before', async () => {
    const t = makeTempDir();
    try {
      const v10 = openDatabase(t.dir, MIGRATIONS.slice(0, 10)).db;
      expect(v10.pragma('user_version', { simple: true })).toBe(10);
      const insert = v10.prepare(`INSERT INTO users(username, full_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-11-24', '2026-11-24')`);
      insert.run('admin', 'Quản trị viên', 'admin', await new PasswordHasher(FAST_PASSWORD_PARAMS).hash('quan-tri-123'));
      insert.run('lan', 'Lò Thị Lan', 'officer', await new PasswordHasher(FAST_PASSWORD_PARAMS).hash('mat-khau-lan'));
      closeDatabase(v10);

      const v11 = openDatabase(t.dir).db;
      expect(v11.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(v11.prepare('SELECT username, must_change_password FROM users ORDER BY id').all()).toEqual([
        { username: 'admin', must_change_password: 0 },
        { username: 'lan', must_change_password: 0 },
      ]);
      closeDatabase(v11);

      const core = await createCore({ dataDir: t.dir, resourcesDir: path.resolve('resources'), passwordParams: FAST_PASSWORD_PARAMS });
      try {
        const login = await core.call('auth.login', { username: 'lan', password: 'mat-khau-lan' }, null, { transport: 'http' });
        expect(login.ok && login.value).toMatchObject({ user: { username: 'lan', mustChangePassword: false } });
        const token = login.ok ? (login.value as { token: string }).token : '';
        expect((await core.call('catalog.list', undefined, token, { transport: 'http' })).ok).toBe(true);
      } finally {
        await core.close();
      }
    } finally {
      t.cleanup();
    }
  });
});
