// Sign-in throttling under concurrency: a hundred wrong passwords for one username sent at once
// check at most three passwords; the right password sent with them gets the same wait as the rest.
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Harness } from '../../support/core-harness';
import { openDeskDatabase } from '../../support/desk-database';

let h: Harness | null = null;
afterEach(async () => {
  await h?.core.close();
  h = null;
});

/** Failed password checks the audit recorded for a username (one row each, written by the check). */
function failedChecks(harness: Harness, username: string, kind: 'signIn' | 'approval'): number {
  const db = openDeskDatabase(harness.dir, { readonly: true });
  try {
    const rows = db.prepare(`SELECT after_json FROM audit_log WHERE entity_id = ?`).all(username) as Array<{ after_json: string | null }>;
    return rows.filter((r) => r.after_json !== null && (JSON.parse(r.after_json) as Record<string, unknown>)[kind] === 'failed').length;
  } finally {
    db.close();
  }
}

describe('sign-in throttling that holds under concurrency', () => {
  it('100 wrong sign-ins at once check at most 3 passwords, and the right one among them waits like the rest', async () => {
    h = await startCore();
    await h.userWithRole('officer', 'canbo1');
    const attempts = Array.from({ length: 100 }, (_, i) => h!.raw('auth.login', { username: 'canbo1', password: i === 99 ? 'canbo1-pass-1' : `sai-mat-khau-${i}` }));
    const answers = await Promise.all(attempts);
    const codes = answers.map((a) => (a.ok ? 'OK' : a.error.code));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(97);
    expect(codes[99]).toBe('TOO_MANY_ATTEMPTS'); // the right password tells nothing during the wait
    expect(failedChecks(h, 'canbo1', 'signIn')).toBe(3);
  });

  it('a supervisor approval at the counter is throttled the same way: 50 wrong approvals at once check at most 3 passwords', async () => {
    h = await startCore();
    await h.userWithRole('supervisor', 'lanhdao1');
    const officer = await h.userWithRole('officer', 'canbo2');
    await h.ok('cash.open', { float: 10_000 }, officer); // counted 0: a shortage of 10.000 đ, above the threshold of 0
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => h!.raw('cash.close', { counted: {}, note: 'thiếu tiền thử', confirmedDifference: -10_000, approval: { username: 'lanhdao1', password: `sai-${i}` } }, officer)),
    );
    const codes = answers.map((a) => (a.ok ? 'OK' : a.error.code));
    expect(failedChecks(h, 'lanhdao1', 'approval')).toBe(3);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(47);
  });
});
