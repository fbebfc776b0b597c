// Password hashes at scrypt N = 2^17 (r = 8, p = 1): new hashes are made so on every desk, and an
// account stored with the older, cheaper parameters gets the new hash at its next good sign-in,
// in the same transaction as that sign-in's audit row.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core';
import type { DeskCore } from '../../../electron/core/core-types';
import { PASSWORD_PARAMS, PasswordHasher, storedParams } from '../../../electron/core/accounts/password-hash';
import { openDeskDatabase } from '../../support/desk-database';
import { makeTempDir } from '../../support/temp-dir';

const OLD_PARAMS = { N: 16384, r: 8, p: 1 }; // what the desk stored before this change
const PASSWORD = 'quan-tri-123';
const resourcesDir = path.resolve('resources');

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function storedHash(dir: string): string {
  const db = openDeskDatabase(dir, { readonly: true });
  try {
    return (db.prepare("SELECT password_hash FROM users WHERE username = 'admin'").get() as { password_hash: string }).password_hash;
  } finally {
    db.close();
  }
}

function signInAudits(dir: string): Array<Record<string, unknown>> {
  const db = openDeskDatabase(dir, { readonly: true });
  try {
    const rows = db.prepare("SELECT after_json FROM audit_log WHERE method = 'auth.login' AND entity_id = 'admin' ORDER BY id").all() as Array<{ after_json: string }>;
    return rows.map((r) => JSON.parse(r.after_json) as Record<string, unknown>);
  } finally {
    db.close();
  }
}

async function deskWithOldHash(): Promise<{ dir: string; core: DeskCore }> {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  // The admin is made by a desk of the previous version (its parameters are stored with the hash).
  const old = await createCore({ dataDir: dir, adminPassword: PASSWORD, passwordParams: OLD_PARAMS, resourcesDir });
  await old.close();
  expect(storedParams(storedHash(dir))).toEqual(OLD_PARAMS);
  const core = await createCore({ dataDir: dir, resourcesDir }); // this version: production parameters
  cleanups.push(() => core.close());
  return { dir, core };
}

const login = (core: DeskCore, password: string) => core.call('auth.login', { username: 'admin', password }, null, { transport: 'http' });

describe('password hashes at scrypt N = 2^17', () => {
  it('the desk hashes with N = 2^17, r = 8, p = 1 (and Node allows the memory it needs)', async () => {
    expect(PASSWORD_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    const hasher = new PasswordHasher();
    const hash = await hasher.hash('mat-khau-moi-1');
    expect(hash.startsWith('scrypt$131072$8$1$')).toBe(true);
    expect(hasher.isCurrent(hash)).toBe(true);
    expect(hasher.isCurrent(hash.replace('scrypt$131072$', 'scrypt$16384$'))).toBe(false);
  });

  it('an account with an old hash signs in and its stored hash is then N = 2^17, written with the sign-in audit', async () => {
    const { dir, core } = await deskWithOldHash();
    const first = await login(core, PASSWORD);
    expect(first.ok).toBe(true);
    expect(storedParams(storedHash(dir))).toEqual({ N: 131072, r: 8, p: 1 });
    expect(signInAudits(dir)).toEqual([{ signIn: 'ok', hashUpgraded: true }]);

    // The new hash verifies the same password, and is not replaced again.
    const upgraded = storedHash(dir);
    expect((await login(core, PASSWORD)).ok).toBe(true);
    expect(storedHash(dir)).toBe(upgraded);
    expect(signInAudits(dir)).toEqual([{ signIn: 'ok', hashUpgraded: true }, { signIn: 'ok' }]);
  });

  it('a wrong password does not upgrade the old hash', async () => {
    const { dir, core } = await deskWithOldHash();
    const before = storedHash(dir);
    const wrong = await login(core, 'sai-mat-khau-1');
    expect(wrong.ok ? 'OK' : wrong.error.code).toBe('UNAUTHENTICATED');
    expect(storedHash(dir)).toBe(before);
    expect(storedParams(before)).toEqual(OLD_PARAMS);
  });
});
