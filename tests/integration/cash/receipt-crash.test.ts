import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allComponents, buildHostBundle, spawnHost, startDeskProcess } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { applicant, CERTIFIED_COPY } from './cash-fixtures';
import { openDeskDatabase } from '../../support/desk-database';

describe('a crash during a burst of collections', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('SIGKILL leaves receipt numbers consecutive, with no gap and no duplicate, and numbering goes on after the restart', async () => {
    const { dataDir, args, host: first, url, token } = await startDeskProcess(cleanups);
    const components = await allComponents(url, token, CERTIFIED_COPY);
    expect((await postApi(url, 'cash.open', { float: 100_000 }, token)).status).toBe(200);
    const intake = async () => {
      const r = await postApi(url, 'dossiers.create', { procedureCode: CERTIFIED_COPY, applicant, components, feeQuantities: { pages: 5, copies: 2 } }, token);
      return r.json().value.id as string;
    };
    // Dossiers waiting at the counter, then four officers' worth of collections at once.
    const waiting = await Promise.all(Array.from({ length: 40 }, intake));
    const acknowledged: number[] = [];
    const burst = Array.from({ length: 4 }, async () => {
      for (;;) {
        const dossierId = waiting.pop() ?? (await intake().catch(() => null));
        if (!dossierId) return;
        const r = await postApi(url, 'payments.collect', { dossierId, tendered: 20_000 }, token).catch(() => null);
        if (!r || r.status !== 200) return;
        acknowledged.push(r.json().value.receipt.number);
      }
    });
    await new Promise((r) => setTimeout(r, 500));
    first.kill('SIGKILL');
    await Promise.all(burst);
    await first.exited;
    expect(acknowledged.length).toBeGreaterThan(5);

    const second = spawnHost(args);
    cleanups.push(() => second.kill('SIGKILL'));
    const url2 = await second.ready;
    const token2 = (await postApi(url2, 'auth.login', { username: 'admin', password: 'quan-tri-123' })).json().value.token;
    const session = (await postApi(url2, 'cash.current', undefined, token2)).json().value;
    expect(session).toMatchObject({ float: 100_000 });
    // A dossier of its own: the kill may have come when every dossier received was already paid.
    const fresh = await postApi(url2, 'dossiers.create', { procedureCode: CERTIFIED_COPY, applicant, components, feeQuantities: { pages: 5, copies: 2 } }, token2);
    expect(fresh.status).toBe(200);
    const after = await postApi(url2, 'payments.collect', { dossierId: fresh.json().value.id }, token2);
    expect(after.status).toBe(200);
    const nextNumber = after.json().value.receipt.number as number;
    second.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const db = openDeskDatabase(dataDir, { readonly: true });
    const numbers = (db.prepare('SELECT receipt_number AS n FROM payments ORDER BY receipt_number').all() as Array<{ n: number }>).map((r) => r.n);
    // Every receipt the officer was handed survived; the numbers run 1..n with no gap or repeat.
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(numbers.length).toBeGreaterThanOrEqual(acknowledged.length + 1);
    for (const n of acknowledged) expect(numbers).toContain(n);
    expect(nextNumber).toBe(numbers.length);
    expect(db.prepare('SELECT last_used FROM receipt_number_sequences').get()).toEqual({ last_used: numbers.length });
    // Each payment is whole: its lines, its outbox entry and its audit entry.
    const orphans = db
      .prepare(
        `SELECT count(*) AS n FROM payments p WHERE NOT EXISTS (SELECT 1 FROM payment_lines l WHERE l.payment_id = p.id)
           OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dossier_id = p.dossier_id AND o.reason = 'payment.collect')`,
      )
      .get();
    expect(orphans).toEqual({ n: 0 });
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE method = 'payments.collect'`).get()).toEqual({ n: numbers.length });
    expect(db.prepare('SELECT coalesce(sum(amount), 0) AS total FROM payments').get()).toEqual({ total: numbers.length * 14_000 });
    db.close();
  }, 60_000);
});
