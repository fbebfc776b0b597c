// First run: a desk started without an administrator and without --admin-password claims itself
// only with the one-time code its host printed; wrong codes are throttled like sign-ins.
import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { openDeskDatabase } from '../../support/desk-database';

const ADMIN = { username: 'quantri', fullName: 'Quản trị viên', password: 'quan-tri-moi-1' };

function wrongCode(code: string): string {
  return code.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
}

describe('the one-time setup code', () => {
  it('a wrong code is refused and creates nothing; the right code creates the administrator once; then the code is dead', async () => {
    const h = await startCore({ adminPassword: undefined });
    const code = h.core.setupCode()!;
    expect(code).toMatch(/^\d{3}-\d{3}$/);

    const wrong = await h.raw('auth.setupAdmin', { ...ADMIN, setupCode: wrongCode(code) });
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/^Mã thiết lập không đúng/) });
    expect(await h.ok('auth.setupStatus', undefined, null)).toEqual({ needsAdmin: true });

    const made = await h.ok('auth.setupAdmin', { ...ADMIN, setupCode: code.replace('-', '') }, null); // typed without the dash
    expect(made.user).toMatchObject({ username: 'quantri', role: 'admin' });
    expect(h.core.setupCode()).toBeNull();
    const again = await h.raw('auth.setupAdmin', { ...ADMIN, username: 'ke-gian', setupCode: code });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    const db = openDeskDatabase(h.dir, { readonly: true });
    try {
      expect(db.prepare('SELECT username FROM users').all()).toEqual([{ username: 'quantri' }]);
    } finally {
      db.close();
    }
  });

  it('after three wrong codes even the right one waits, like a sign-in', async () => {
    const h = await startCore({ adminPassword: undefined });
    const code = h.core.setupCode()!;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => h.raw('auth.setupAdmin', { ...ADMIN, setupCode: i === 19 ? code : wrongCode(code) })));
    const codes = answers.map((a) => (a.ok ? 'OK' : a.error.code));
    expect(codes.filter((c) => c === 'FORBIDDEN')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(17);
    h.clock.advance(6_000);
    expect((await h.raw('auth.setupAdmin', { ...ADMIN, setupCode: code })).ok).toBe(true);
  });

  it('a desk that has its administrator has no code', async () => {
    const h = await startCore();
    expect(h.core.setupCode()).toBeNull();
  });
});
