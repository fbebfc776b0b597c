import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../shared/api';
import { startCore } from '../../support/core-harness';

/** Everything the desk keeps, except session activity times and the sync lease's renewal. */
function digest(dir: string): string {
  const db = new Database(path.join(dir, 'desk.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
    const hash = crypto.createHash('sha256');
    for (const table of tables) {
      const rows =
        table === 'sessions'
          ? db.prepare('SELECT token_hash, user_id, created_at, expires_at, ended_at FROM sessions ORDER BY token_hash').all()
          : table === 'settings'
            ? db.prepare(`SELECT * FROM settings WHERE key NOT LIKE 'sync%' ORDER BY key`).all()
            : db.prepare(`SELECT * FROM "${table}"`).all();
      hash.update(`${table}:${JSON.stringify(rows)}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Any JSON-like value, with the shapes the schemas expect now and then (objects of wrong fields). */
const anyInput = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
  fc.dictionary(fc.constantFrom('id', 'dossierId', 'code', 'folder', 'username', 'password', 'float', 'counted', 'path', '__proto__', 'constructor'), fc.anything({ maxDepth: 2 })),
  fc.string({ maxLength: 300 }),
);

describe('every API method with generated bad input', () => {
  it('answers a refusal naming the problem: never INTERNAL, never a crash, nothing changed', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    const names = (Object.keys(api) as MethodName[]).filter((n) => n !== 'auth.logout');
    const before = digest(h.dir);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), anyInput, async (name, input) => {
        // Only inputs the method's schema refuses: valid ones may legitimately change things.
        fc.pre(!(api[name].input as z.ZodType).safeParse(input ?? undefined).success); // the router reads null as no input
        const answer = await h.raw(name, input, admin);
        expect(answer.ok, `${name} ${String(JSON.stringify(input)).slice(0, 200)}`).toBe(false);
        if (!answer.ok) {
          expect(answer.error.code, `${name}: ${answer.error.message}`).not.toBe('INTERNAL');
          expect(answer.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
    expect(digest(h.dir)).toBe(before);
    // The core still serves.
    expect((await h.raw('system.ping', undefined, null)).ok).toBe(true);
  }, 180_000);
});
