// An administrator lifts the wait an account got after repeated wrong passwords (Cài đặt → Tài khoản).
import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { openDeskDatabase } from '../../support/desk-database';

describe('lifting a sign-in wait', () => {
  it('the account list shows the wait; the admin lifts it, the officer signs in at once, and the audit says who lifted it', async () => {
    const h = await startCore();
    await h.userWithRole('officer', 'canbo1');
    for (let i = 0; i < 3; i++) await h.raw('auth.login', { username: 'canbo1', password: `sai-mat-khau-${i}` });
    const waiting = await h.raw('auth.login', { username: 'canbo1', password: 'canbo1-pass-1' });
    expect(!waiting.ok && waiting.error.code).toBe('TOO_MANY_ATTEMPTS');

    const admin = await h.adminToken();
    const listed = (await h.ok('users.list', undefined, admin)).find((u) => u.username === 'canbo1')!;
    expect(listed.signInWaitUntil).toBe('2026-11-25T02:00:05.000Z'); // the manual clock: 5 s after the third failure
    expect((await h.ok('users.list', undefined, admin)).find((u) => u.username === 'admin')!.signInWaitUntil).toBeUndefined();

    const cleared = await h.ok('users.clearSignInWait', { username: 'canbo1' }, admin);
    expect(cleared.signInWaitUntil).toBeUndefined();
    expect((await h.ok('users.list', undefined, admin)).find((u) => u.username === 'canbo1')!.signInWaitUntil).toBeUndefined();
    expect((await h.raw('auth.login', { username: 'canbo1', password: 'canbo1-pass-1' })).ok).toBe(true);

    const db = openDeskDatabase(h.dir, { readonly: true });
    try {
      const row = db.prepare(`SELECT username, before_json, after_json FROM audit_log WHERE method = 'users.clearSignInWait'`).get();
      expect(row).toEqual({ username: 'admin', before_json: JSON.stringify({ signInWaitUntil: '2026-11-25T02:00:05.000Z' }), after_json: JSON.stringify({ signInWaitCleared: true }) });
    } finally {
      db.close();
    }
  });

  it('only an administrator may lift a wait, and an unknown account is named', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer', 'canbo1');
    await h.userWithRole('supervisor', 'giamsat');
    for (let i = 0; i < 3; i++) await h.raw('auth.login', { username: 'giamsat', password: `sai-${i}` });
    const refused = await h.raw('users.clearSignInWait', { username: 'giamsat' }, officer);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    const stillWaiting = await h.raw('auth.login', { username: 'giamsat', password: 'giamsat-pass-1' });
    expect(!stillWaiting.ok && stillWaiting.error.code).toBe('TOO_MANY_ATTEMPTS');
    const unknown = await h.raw('users.clearSignInWait', { username: 'khongco' }, await h.adminToken());
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'NOT_FOUND', message: 'Không có tài khoản "khongco".' });
  });
});
