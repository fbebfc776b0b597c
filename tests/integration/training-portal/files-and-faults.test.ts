import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../../electron/training-portal/control-endpoint';
import { AGENCY, code, codesOf, hoso, startPortal, type PortalUnderTest } from './portal-harness';

const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

describe('training portal: files', () => {
  let p: PortalUnderTest;
  beforeEach(async () => {
    p = await startPortal();
  });
  afterEach(async () => p.close());

  const put = async (hash: string, bytes: Buffer, session: string) => {
    const res = await fetch(`${p.url}/files/${hash}`, {
      method: 'PUT',
      headers: { session, dstcode: 'TEST', 'Content-Type': 'application/pdf', 'X-File-Name': encodeURIComponent('Tờ khai.pdf') },
      body: bytes,
    });
    return { status: res.status, json: (await res.json()) as Record<string, string> };
  };

  it('keeps a file by its hash: a repeat gives the same id, a wrong hash is "2"', async () => {
    const session = await p.login();
    const bytes = Buffer.from('%PDF-1.4 tờ khai khai sinh');
    const first = await put(sha(bytes), bytes, session);
    expect(first.json).toMatchObject({ error_code: '0', url: `${p.url}/files/${sha(bytes)}` });
    const again = await put(sha(bytes), bytes, session);
    expect(again.json.TepDinhKemId).toBe(first.json.TepDinhKemId);
    const wrong = await put(sha(Buffer.from('khác')), bytes, session);
    expect(wrong.json.error_code).toBe('2');
    expect((await p.state()).files).toBe(1);
    const download = await fetch(first.json.url!);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await put(sha(bytes), bytes, 'expired')).json.error_code).toBe('-1');
  });

  it('refuses a file over 20 MB', async () => {
    const session = await p.login();
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 1);
    const res = await put(sha(big), big, session);
    expect(res.json.error_code).toBe('2');
  });
});

describe('training portal: fault injection', () => {
  let p: PortalUnderTest;
  beforeEach(async () => {
    p = await startPortal();
  });
  afterEach(async () => p.close());

  it('drop-before-commit: the client sees a socket error and nothing is applied', async () => {
    await p.login();
    await p.control({ faults: [{ kind: 'drop-before-commit', service: 'DongBoHoSoMC', times: 1 }] });
    await expect(p.create([hoso(5001)])).rejects.toThrow();
    expect((await p.state()).dossiers).toBe(0);
    expect(codesOf(await p.create([hoso(5001)]))).toEqual(['0']);
  });

  it('drop-after-commit: the client sees a socket error but TraCuuHoSo shows it applied', async () => {
    await p.login();
    await p.control({ faults: [{ kind: 'drop-after-commit', service: 'DongBoHoSoMC', times: 1 }] });
    await expect(p.create([hoso(5001)])).rejects.toThrow();
    expect(await p.lookup(code(5001))).toMatchObject({ IdNoiBo: 'desk-id-5001', PhienBan: '1' });
    expect(codesOf(await p.create([hoso(5001)]))).toEqual(['3']);
  });

  it('status-5xx: an HTTP 5xx, nothing applied', async () => {
    const session = await p.login();
    await p.control({ faults: [{ kind: 'status-5xx', service: 'DongBoHoSoMC', times: 1, status: 502 }] });
    const res = await p.post('/service', { session, madonvi: AGENCY, service: 'DongBoHoSoMC', isUpdating: 'False', data: [hoso(5001)] });
    expect(res.status).toBe(502);
    expect((await p.state()).dossiers).toBe(0);
  });

  it('delay: the answer comes late but right', async () => {
    await p.login();
    await p.control({ faults: [{ kind: 'delay', ms: 300, service: 'TraCuuHoSo', times: 1 }] });
    const started = Date.now();
    expect((await p.service('TraCuuHoSo', { MaHoSo: code(5001) })).error_code).toBe('4');
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('expire-session: the call is answered "-1" and the session stays expired', async () => {
    const session = await p.login();
    await p.control({ faults: [{ kind: 'expire-session', times: 1 }] });
    const ask = () => p.post('/service', { session, madonvi: AGENCY, service: 'TraCuuHoSo', MaHoSo: code(5001) });
    expect((await ask()).json.error_code).toBe('-1');
    expect((await ask()).json.error_code).toBe('-1');
  });

  it('reject: only the targeted item is "2"; the others of the batch apply', async () => {
    await p.login();
    await p.control({ faults: [{ kind: 'reject', maHoSo: code(5002), message: 'thiếu chữ ký số' }] });
    const answer = await p.create([hoso(5001), hoso(5002), hoso(5003)]);
    expect(codesOf(answer)).toEqual(['0', '2', '0']);
    expect(answer.result?.[1]?.message).toBe('thiếu chữ ký số');
    await p.control({ clearFaults: true });
    expect(codesOf(await p.create([hoso(5002)]))).toEqual(['0']);
  });

  it('probability 0 never fires; state counts requests per service and each dossier at its revision', async () => {
    await p.control({ faults: [{ kind: 'status-5xx', probability: 0 }] });
    expect(codesOf(await p.create([hoso(5001)]))).toEqual(['0']);
    await p.update([hoso(5001, { PhienBan: '2' })]);
    const state = await p.state();
    expect(state.requests).toMatchObject({ auth: 1, DongBoHoSoMC: 2 });
    expect(state.byMaHoSo).toEqual({ [code(5001)]: { PhienBan: '2', TrangThaiHoSo: '2', IdNoiBo: 'desk-id-5001', DuocThanhToanTrucTuyen: '3' } });
    expect(state.duplicateIdNoiBo).toEqual([]);
    await p.control({ reset: true });
    expect((await p.state()).dossiers).toBe(0);
  });

  it('refuses bad control requests', async () => {
    const res = await p.post('/__control', { faults: [{ kind: 'meteor' }] });
    expect(res.status).toBe(400);
  });

  it('the control endpoint answers loopback peers only', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['192.168.1.10', '10.0.0.1', '::ffff:192.168.1.10', 'fe80::1', '', undefined]) expect(isLoopbackAddress(a)).toBe(false);
  });
});
