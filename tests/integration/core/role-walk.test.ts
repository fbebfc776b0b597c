import { describe, expect, it } from 'vitest';
import { api, ROLES, type MethodName, type Role } from '../../../shared/api';
import { startCore } from '../../support/core-harness';

/**
 * Walks every method of the contract: without a session it is refused (unless public), with
 * a role outside its list it is FORBIDDEN, with an allowed role it passes the role check.
 */
describe('every method checks its role', () => {
  it('on every method of the contract', async () => {
    const h = await startCore();
    const tokens: Record<Role, string> = {
      admin: await h.adminToken(),
      supervisor: await h.userWithRole('supervisor'),
      officer: await h.userWithRole('officer'),
    };
    const names = Object.keys(api) as MethodName[];
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const spec = api[name];
      // Inputs are deliberately empty: the role check comes before validation, so the answer
      // tells us whether the role passed (INVALID_INPUT or success) or not (FORBIDDEN).
      if (spec.access === 'public') {
        const r = await h.raw(name, {}, null);
        expect(!r.ok && r.error.code, name).not.toBe('UNAUTHENTICATED');
        continue;
      }
      const anonymous = await h.raw(name, {}, null);
      expect(!anonymous.ok && anonymous.error.code, name).toBe('UNAUTHENTICATED');
      for (const role of ROLES) {
        if (name === 'auth.logout') continue; // would end the shared session
        const r = await h.raw(name, {}, tokens[role]);
        const code = r.ok ? 'OK' : r.error.code;
        if (spec.access.includes(role)) expect(code, `${name} as ${role}`).not.toBe('FORBIDDEN');
        else expect(code, `${name} as ${role}`).toBe('FORBIDDEN');
      }
    }
  });
});
