/**
 * Catalogue sync benchmark (issue 15): a desk takes 300 procedures from the training portal on
 * loopback (LayDanhSachTTHC, 300 LayThuTuc, mapping, one transaction of 300 versions), then an
 * incremental sync of 30 changed ones. Target: the full sync within 5 s.
 */
import path from 'node:path';
import { ManualClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/create-core';
import { loadCatalogDir } from '../../electron/core/catalog';
import { nationalRecordOf } from '../../electron/training-portal/catalogue-service';
import { startTrainingPortal } from '../../electron/training-portal/server';
import type { Procedure } from '../../shared/catalog';
import { makeTempDir } from '../support/temp-dir';
import { verdict, type SummaryRow } from './bench-stats';

const PROCEDURES = 300;
const CHANGED = 30;
const USER = { username: 'bench', password: 'bench-123' };

/** 300 procedures: the shipped ones under new codes (8.000001 ...), round and round. */
function generated(): Procedure[] {
  const shipped = loadCatalogDir(path.resolve('resources', 'catalog'));
  return Array.from({ length: PROCEDURES }, (_, i) => {
    const p = shipped[i % shipped.length]!;
    return { ...p, code: `8.${String(i + 1).padStart(6, '0')}`, name: `${p.name} (${i + 1})` };
  });
}

export async function runCatalogBench(): Promise<SummaryRow[]> {
  const procedures = generated();
  const portalDir = makeTempDir('motcua-bench-catalog-portal-');
  const deskDir = makeTempDir('motcua-bench-catalog-desk-');
  const portal = await startTrainingPortal({ port: 0, dataDir: portalDir.dir, users: [USER], procedures });
  const core = await createCore({ dataDir: deskDir.dir, clock: new ManualClock(new Date().toISOString()), adminPassword: 'bench-admin-1', passwordParams: { N: 2 ** 10, r: 8, p: 1 }, portal: { url: portal.url, user: USER.username, password: USER.password, dstcode: 'BENCH' }, syncIntervalMs: 600_000 });
  try {
    const login = await core.call('auth.login', { username: 'admin', password: 'bench-admin-1' }, null, { transport: 'http' });
    if (!login.ok) throw new Error(login.error.message);
    const token = (login.value as { token: string }).token;
    const sync = async () => {
      const started = performance.now();
      const r = await core.call('catalog.sync', {}, token, { transport: 'http' });
      if (!r.ok) throw new Error(r.error.message);
      return { ms: performance.now() - started, value: r.value as { added: number; changed: number } };
    };
    const full = await sync();
    await fetch(`${portal.url}/__control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ catalogue: { put: procedures.slice(0, CHANGED).map((p) => nationalRecordOf({ ...p, name: `${p.name} (sửa đổi)` })) } }),
    });
    const incremental = await sync();
    const fullS = full.ms / 1000;
    console.log(`catalogue sync of ${full.value.added} procedures from the training portal: ${fullS.toFixed(2)} s (target <= 5 s) ${verdict(fullS, 5)}`);
    console.log(`catalogue sync of ${incremental.value.changed} changed procedures: ${(incremental.ms / 1000).toFixed(2)} s`);
    return [{ name: `catalogue sync of ${PROCEDURES} procedures`, value: fullS, unit: 's', target: 5 }];
  } finally {
    await core.close();
    await portal.close();
    deskDir.cleanup();
    portalDir.cleanup();
  }
}
