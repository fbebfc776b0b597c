import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';

const BIRTH = '1.001193';
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/**
 * A loopback proxy in front of the portal that holds each DongBoHoSoMC request a few
 * milliseconds and records which dossiers are with the portal at the same time.
 */
async function watchingProxy(target: string) {
  const inFlight = new Map<number, string[]>();
  const seen = { maxInFlight: 0, overlaps: [] as string[], requests: 0 };
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const parsed = req.url === '/service' ? (JSON.parse(body.toString('utf8')) as { service: string; data?: Array<{ MaHoSo: string }> }) : null;
      const id = next++;
      const codes = parsed?.service === 'DongBoHoSoMC' ? (parsed.data ?? []).map((h) => h.MaHoSo) : null;
      if (codes) {
        seen.requests++;
        for (const other of inFlight.values()) seen.overlaps.push(...codes.filter((c) => other.includes(c)));
        inFlight.set(id, codes);
        seen.maxInFlight = Math.max(seen.maxInFlight, inFlight.size);
      }
      setTimeout(() => {
        const forward = http.request(target + req.url, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
          const back: Buffer[] = [];
          answer.on('data', (c: Buffer) => back.push(c));
          answer.on('end', () => {
            inFlight.delete(id);
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(back));
          });
        });
        forward.end(body);
      }, codes ? 5 : 0);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('the pipelined push', () => {
  it('keeps at most three batches with the portal, never one dossier in both, and every dossier lands once at its latest revision', async () => {
    const p = await startPortal();
    const proxy = await watchingProxy(p.settings.url);
    const h = await startCore({ portal: { ...p.settings, url: proxy.url }, syncIntervalMs: 60_000 });
    h.clock.set(new Date().toISOString());
    const token = await h.userWithRole('officer', 'quay1');
    const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const dossiers = [];
    for (let i = 0; i < 320; i++) {
      dossiers.push(await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: `Lò Văn ${i}`, address: 'Bản Lang' }, components }, token));
    }
    // Some change again before anything leaves: only their latest revision goes.
    for (const d of dossiers.slice(0, 40)) await h.ok('dossiers.update', { id: d.id, applicant: { phone: '0912345678' } }, token);

    // A quiet desk: right after the officer's saves the push paces itself (one batch at a time).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const run = await h.ok('sync.run', undefined, token);
    expect(run).toMatchObject({ ok: true, sent: 320, synced: 320 });
    expect(proxy.seen.requests).toBe(7); // 320 dossiers in batches of at most 50
    // Pipelined (a second batch left before the first was answered), never more than three at once;
    // whether the third left before the first answer came depends on the machine's load.
    expect(proxy.seen.maxInFlight).toBeGreaterThanOrEqual(2);
    expect(proxy.seen.maxInFlight).toBeLessThanOrEqual(3);
    expect(proxy.seen.overlaps).toEqual([]);
    const state = await p.state();
    for (const [k, d] of dossiers.entries()) {
      expect(state.byMaHoSo[d.code]).toMatchObject({ IdNoiBo: d.id, PhienBan: k < 40 ? '2' : '1' });
    }
    expect(await h.ok('sync.status', undefined, token)).toMatchObject({ pending: 0, rejected: 0, conflicts: 0 });
  });
});
