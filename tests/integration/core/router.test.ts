import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startCore } from '../../support/core-harness';
import { createRouter } from '../../../electron/core/api/router';
import { handlers } from '../../../electron/core/handlers';
import { callGuards } from '../../../electron/core/call-guards';
import { openDatabase, closeDatabase } from '../../../electron/core/db/open-database';
import { Sessions } from '../../../electron/core/accounts/sessions';
import { ManualClock } from '../../../electron/core/clock';
import { makeTempDir } from '../../support/temp-dir';
import type { CoreServices } from '../../../electron/core/core-services';
import { UsersRepository } from '../../../electron/core/accounts/users-repository';
import { LoginThrottle } from '../../../electron/core/accounts/login-throttle';
import { PasswordHasher } from '../../../electron/core/accounts/password-hash';
import { SetupCode } from '../../../electron/core/accounts/setup-code';
import { SettingsStore } from '../../../electron/core/settings/settings-store';
import { DEFAULT_IDENTITY } from '../../../electron/core/settings/desk-identity';
import type { Handlers } from '../../../electron/core/api/handler-context';
import { createProcedureCatalog } from '../../../electron/core/catalog/procedure-catalog-service';
import { AgencyCalendar } from '../../../electron/core/settings/agency-calendar';
import { SyncWorker } from '../../../electron/core/sync/sync-worker';
import { openDeskDatabase } from '../../support/desk-database';

describe('the router', () => {
  it('answers UNKNOWN_METHOD for a name outside the contract', async () => {
    const h = await startCore();
    const r = await h.raw('dossiers.explode', {});
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.stringContaining('không tồn tại') } });
  });

  it('answers INVALID_INPUT naming each failing field in Vietnamese', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    const r = await h.raw('users.create', { username: 'A!', fullName: '', password: 'short', role: 'boss' }, admin);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['fullName', 'password', 'role', 'username']);
    expect(r.error.fields?.password).toMatch(/ít nhất 8 ký tự/);
    expect(await h.ok('users.list', undefined, admin)).toHaveLength(1);
  });

  it('refuses a call without a session, and a role that is not allowed', async () => {
    const h = await startCore();
    expect((await h.raw('users.list', undefined, null)).ok).toBe(false);
    const officer = await h.userWithRole('officer');
    const r = await h.raw('users.list', undefined, officer);
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });

  it('an internal error leaks no stack trace and leaves no half-applied write, nor a push of it; a committed write pushes after its commit', async () => {
    const { dir, cleanup } = makeTempDir();
    const clock = new ManualClock('2026-11-25T02:00:00Z');
    const { db } = openDatabase(dir);
    const sessions = new Sessions(db, clock);
    const settings = new SettingsStore(db);
    const pushed: Array<{ name: string; inTransaction: boolean }> = [];
    const services: CoreServices = {
      users: new UsersRepository(db), sessions, throttle: new LoginThrottle(db, clock), passwords: new PasswordHasher(), setupCode: new SetupCode(false), settings,
      identity: () => DEFAULT_IDENTITY, appVersion: 'test', emit: (event) => pushed.push({ name: event.name, inTransaction: db.inTransaction }),
      catalog: createProcedureCatalog([], settings), calendar: new AgencyCalendar(settings, []), portalClient: null,
      sync: null as unknown as SyncWorker,
    };
    services.sync = new SyncWorker({ db, clock, client: null, settings, catalog: services.catalog, emit: () => {}, log: () => {} });
    const admin = services.users.insert({ username: 'admin', fullName: 'QT', role: 'admin', passwordHash: 'x', at: clock.now().toISOString() });
    const token = sessions.create(admin.id);
    const logs: string[] = [];
    const failing: Handlers = {
      ...handlers,
      'users.disable': (_input, ctx) => {
        ctx.db.prepare(`INSERT INTO settings(key, value) VALUES ('half', '1')`).run();
        ctx.audit({ entity: 'probe' });
        ctx.emitAfterCommit({ name: 'dossiers.changed', data: { ids: ['never-saved'] } });
        throw new TypeError('boom at /secret/path.ts:12');
      },
      'users.enable': (_input, ctx) => {
        ctx.audit({ entity: 'probe-ok' });
        ctx.emitAfterCommit({ name: 'dossiers.changed', data: { ids: ['saved'] } });
        expect(pushed).toEqual([]); // not yet: the transaction is still open
        return { username: 'admin' } as never;
      },
    };
    const router = createRouter({ db, clock, guards: callGuards(db, sessions), services, handlers: failing, log: (m) => logs.push(m) });
    const r = await router.call('users.disable', { username: 'admin' }, token, { transport: 'ipc' });
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/lỗi hệ thống/) } });
    expect(JSON.stringify(r)).not.toMatch(/boom|secret|\.ts/);
    expect(logs.join('\n')).toMatch(/boom/);
    expect(db.prepare(`SELECT count(*) AS n FROM settings WHERE key = 'half'`).get()).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'probe'`).get()).toEqual({ n: 0 });
    expect(pushed).toEqual([]);
    expect((await router.call('users.enable', { username: 'admin' }, token, { transport: 'ipc' })).ok).toBe(true);
    expect(pushed).toEqual([{ name: 'dossiers.changed', inTransaction: false }]);
    closeDatabase(db);
    cleanup();
  });

  it('records who, when, what, before and after for every change, without passwords', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    await h.ok('users.create', { username: 'lan', fullName: 'Lò Thị Lan', password: 'mat-khau-lan', role: 'officer' }, admin);
    h.clock.advance(60_000);
    await h.ok('users.disable', { username: 'lan' }, admin);
    const raw = openDeskDatabase(h.dir, { readonly: true });
    const rows = raw.prepare(`SELECT * FROM audit_log WHERE entity_id = 'lan' ORDER BY id`).all() as Array<Record<string, string>>;
    raw.close();
    expect(rows.map((r) => r.method)).toEqual(['users.create', 'users.disable']);
    const disable = rows[1]!;
    expect(disable.username).toBe('admin');
    expect(disable.at).toBe('2026-11-25T02:01:00.000Z');
    expect(JSON.parse(disable.before_json!).disabled).toBe(false);
    expect(JSON.parse(disable.after_json!).disabled).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/mat-khau-lan/);
  });

  it('returns times as ISO-8601 UTC strings', async () => {
    const h = await startCore();
    const users = await h.ok('users.list', undefined, await h.adminToken());
    expect(users[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect((await h.ok('system.ping', undefined, null)).now).toBe('2026-11-25T02:00:00.000Z');
  });
});

describe('signing in', () => {
  it('a wrong password is refused with a Vietnamese message', async () => {
    const h = await startCore();
    const r = await h.raw('auth.login', { username: 'admin', password: 'sai-mat-khau' });
    expect(r).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
  });

  it('repeated failures make the username wait, then it may try again', async () => {
    const h = await startCore();
    for (let i = 0; i < 3; i++) await h.raw('auth.login', { username: 'admin', password: 'sai' });
    const blocked = await h.raw('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(!blocked.ok && blocked.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(!blocked.ok && blocked.error.message).toMatch(/thử lại sau \d+ giây/);
    h.clock.advance(6_000);
    expect((await h.raw('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).ok).toBe(true);
  });

  it('a session locks after the idle time and ends at sign-out', async () => {
    const h = await startCore();
    const token = await h.adminToken();
    h.clock.advance(29 * 60_000);
    expect((await h.raw('auth.me', undefined, token)).ok).toBe(true);
    h.clock.advance(29 * 60_000);
    expect((await h.raw('auth.me', undefined, token)).ok).toBe(true);
    h.clock.advance(31 * 60_000);
    const locked = await h.raw('auth.me', undefined, token);
    expect(!locked.ok && locked.error.message).toMatch(/khóa sau 30 phút/);
    const fresh = await h.login('admin', ADMIN_PASSWORD);
    await h.ok('auth.logout', undefined, fresh);
    expect((await h.raw('auth.me', undefined, fresh)).ok).toBe(false);
  });

  it('a disabled officer cannot sign in and loses open sessions; a reset password works', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    const officer = await h.userWithRole('officer', 'mai');
    await h.ok('users.disable', { username: 'mai' }, admin);
    expect((await h.raw('auth.me', undefined, officer)).ok).toBe(false);
    expect((await h.raw('auth.login', { username: 'mai', password: 'mai-pass-1' })).ok).toBe(false);
    await h.ok('users.enable', { username: 'mai' }, admin);
    await h.ok('users.resetPassword', { username: 'mai', password: 'mat-khau-moi' }, admin);
    expect((await h.raw('auth.login', { username: 'mai', password: 'mat-khau-moi' })).ok).toBe(true);
  });

  it('first run: the administrator is created once, then setup is refused', async () => {
    const h = await startCore({ adminPassword: undefined });
    expect(await h.ok('auth.setupStatus', undefined, null)).toEqual({ needsAdmin: true });
    const login = await h.ok('auth.setupAdmin', { setupCode: h.core.setupCode()!, username: 'quantri', fullName: 'Quản trị', password: 'mat-khau-qt' }, null);
    expect(login.user.role).toBe('admin');
    expect(await h.ok('auth.setupStatus', undefined, null)).toEqual({ needsAdmin: false });
    const again = await h.raw('auth.setupAdmin', { setupCode: '000-000', username: 'ke-gian', fullName: 'X', password: 'mat-khau-x1' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });
});
