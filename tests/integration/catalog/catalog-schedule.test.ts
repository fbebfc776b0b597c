// The daily catalogue sync: a desk on a real portal takes the portal's catalogue by itself when it
// has none or the last is a day old (audited as the schedule); a training desk only when asked.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../../electron/core/catalog';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';
import { openDeskDatabase } from '../../support/desk-database';
import { nationalRecordOf } from '../../../electron/training-portal/catalogue-service';

const CATALOG = loadCatalogDir(path.resolve('resources', 'catalog'));
const SIGNATURE = '2.000884';

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the daily catalogue sync', () => {
  it('a production desk syncs at once when it has no synced catalogue, then again only once the last is a day old', async () => {
    const p = await startPortal({ procedures: CATALOG });
    const h = await startCore({ portal: p.settings, training: false, agencyName: 'UBND Phường Tân Phong', syncIntervalMs: 600_000, catalogCheckMs: 40 });
    let officer = await h.userWithRole('officer', 'quay1');
    const first = await until(() => h.ok('catalog.get', { code: SIGNATURE }, officer), (d) => d.version === 1);
    expect(first.version).toBe(1);

    // A change on the portal within the day waits for the next day's sync.
    const national = nationalRecordOf(CATALOG.find((c) => c.code === SIGNATURE)!);
    await p.control({ catalogue: { put: [{ ...national, name: 'Chứng thực chữ ký trong giấy tờ (sửa đổi)' }] } });
    h.clock.advance(23 * 3600_000);
    officer = await h.login('quay1', 'quay1-pass-1'); // a session ends after 12 hours
    await new Promise((r) => setTimeout(r, 300));
    expect((await h.ok('catalog.get', { code: SIGNATURE }, officer)).version).toBe(1);
    h.clock.advance(2 * 3600_000);
    officer = await h.login('quay1', 'quay1-pass-1');
    const next = await until(() => h.ok('catalog.get', { code: SIGNATURE }, officer), (d) => d.version === 2);
    expect(next).toMatchObject({ version: 2, name: 'Chứng thực chữ ký trong giấy tờ (sửa đổi)' });

    const db = openDeskDatabase(h.dir, { readonly: true });
    try {
      const rows = db.prepare(`SELECT username, transport, after_json FROM audit_log WHERE method = 'catalog.sync' ORDER BY id`).all() as Array<{ username: string | null; transport: string; after_json: string }>;
      expect(rows.map((r) => [r.username, r.transport, (JSON.parse(r.after_json) as { added: number; changed: number }).added, (JSON.parse(r.after_json) as { changed: number }).changed])).toEqual([
        [null, 'schedule', CATALOG.length, 0],
        [null, 'schedule', 0, 1],
      ]);
    } finally {
      db.close();
    }
  });

  it('a training desk does not sync its catalogue by itself', async () => {
    const p = await startPortal({ procedures: CATALOG });
    const h = await startCore({ portal: p.settings, syncIntervalMs: 600_000, catalogCheckMs: 40 });
    const officer = await h.userWithRole('officer', 'quay1');
    await new Promise((r) => setTimeout(r, 400));
    expect((await h.ok('catalog.get', { code: SIGNATURE }, officer)).version).toBeUndefined();
    expect(((await p.state()).requests as Record<string, number>).LayDanhSachTTHC).toBeUndefined();
  });
});
