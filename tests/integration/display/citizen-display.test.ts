import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../shared/api';
import { startHostServer } from '../../../electron/host/host-server';
import { makeTempDir } from '../../support/temp-dir';
import { postApi } from '../../support/http-json';
import { startCore, type Harness } from '../../support/core-harness';

const BIRTH = '1.001193';
const ID_NUMBER = '012090001234';

const typed = {
  kind: 'intake' as const,
  procedureName: 'Đăng ký khai sinh',
  applicantName: 'Lò Thị Mai',
  idNumber: ID_NUMBER,
  components: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
  fee: 0,
  promisedAt: '2026-11-25T09:00:00.000Z',
};

async function counter(h: Harness) {
  const officer = await h.userWithRole('officer', 'lan');
  const { displayToken } = await h.ok('display.open', {}, officer);
  return { officer, display: displayToken };
}

async function receiveBirth(h: Harness, token: string) {
  const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: c.originals || 1, copies: c.copies }));
  return h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang', idType: 'cccd', idNumber: ID_NUMBER }, components }, token);
}

/** No trace of the citizen: neither the name nor any 4 digits of the ID number. */
function expectNoPersonalData(state: unknown) {
  const text = JSON.stringify(state);
  expect(text).not.toContain('Mai');
  expect(text).not.toContain('1234');
  expect(text).not.toContain('•');
}

describe('the citizen display', () => {
  it("a display token calls only display.state and ratings.record; every other method is FORBIDDEN", async () => {
    const h = await startCore();
    const { display } = await counter(h);
    const allowed: MethodName[] = [];
    for (const name of Object.keys(api) as MethodName[]) {
      if (api[name].access === 'public') continue;
      const r = await h.raw(name, {}, display);
      const code = r.ok ? 'OK' : r.error.code;
      if (code !== 'FORBIDDEN') allowed.push(name);
    }
    expect(allowed.sort()).toEqual(['display.state', 'ratings.record']);
    const me = await h.raw('auth.me', {}, display);
    expect(!me.ok && me.error.message).toMatch(/Màn hình công dân/);
  });

  it('refuses the display token with 403 over HTTP too, and its event stream carries only the display', async () => {
    const data = makeTempDir();
    const renderer = makeTempDir();
    fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>x</title>');
    const h = await startCore({ dataDir: data.dir });
    const host = await startHostServer(h.core, { port: 0, rendererDir: renderer.dir });
    try {
      const { officer, display } = await counter(h);
      expect((await postApi(host.url, 'dossiers.list', {}, display)).status).toBe(403);
      expect((await postApi(host.url, 'display.open', {}, display)).status).toBe(403);
      expect((await postApi(host.url, 'display.state', {}, display)).json()).toEqual({ ok: true, value: { kind: 'idle' } });

      const received: string[] = [];
      const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http.get(`${host.url}/api/events?token=${display}`, { headers: { host: new URL(host.url).host } }, resolve).on('error', reject);
      });
      expect(stream.statusCode).toBe(200);
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => received.push(chunk));
      await h.ok('display.show', typed, officer);
      await receiveBirth(h, officer);
      await new Promise((r) => setTimeout(r, 200));
      const events = received.join('').match(/^event: .*$/gm) ?? [];
      expect(events.length).toBeGreaterThanOrEqual(2);
      expect(new Set(events)).toEqual(new Set(['event: display.changed']));
      expect(received.join('')).not.toContain('Mai');
      stream.destroy();
    } finally {
      await host.close();
      data.cleanup();
      renderer.cleanup();
    }
  });

  it('shows the intake as typed with the ID number masked to its last 4 digits, whole when the officer says so', async () => {
    const h = await startCore();
    const { officer, display } = await counter(h);
    await h.ok('display.show', typed, officer);
    expect(await h.ok('display.state', {}, display)).toEqual({ ...typed, kind: 'intake', idNumber: '••••••••1234' });
    await h.ok('display.show', { ...typed, showIdWhole: true }, officer);
    expect((await h.ok('display.state', {}, display)) as { idNumber: string }).toMatchObject({ idNumber: ID_NUMBER });
    const bad = await h.raw('display.show', { ...typed, fee: -5 }, officer);
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
  });

  it('after the save: the code and the tracking address, and nothing personal, without another push', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    await h.ok('display.configure', { trackingUrl: 'https://dichvucong.laichau.gov.vn/tra-cuu?ma={code}' }, admin);
    const { officer, display } = await counter(h);
    await h.ok('display.show', typed, officer);
    h.clock.advance(1_000);
    const dossier = await receiveBirth(h, officer);
    const state = await h.ok('display.state', {}, display);
    expect(state).toEqual({ kind: 'saved', code: dossier.code, procedureName: expect.any(String), trackingUrl: `https://dichvucong.laichau.gov.vn/tra-cuu?ma=${encodeURIComponent(dossier.code)}` });
    expectNoPersonalData(state);
    // The code stays 2 minutes, then the display is idle.
    h.clock.advance(2 * 60_000);
    expect(await h.ok('display.state', {}, display)).toEqual({ kind: 'idle' });
  });

  it('forgets the intake when it is cancelled (the screen pushes idle) or after 2 minutes without a push', async () => {
    const h = await startCore();
    const { officer, display } = await counter(h);
    await h.ok('display.show', typed, officer);
    await h.ok('display.show', { kind: 'idle' }, officer);
    expectNoPersonalData(await h.ok('display.state', {}, display));

    await h.ok('display.show', typed, officer);
    h.clock.advance(119_000);
    expect((await h.ok('display.state', {}, display)).kind).toBe('intake');
    h.clock.advance(1_000);
    const state = await h.ok('display.state', {}, display);
    expect(state).toEqual({ kind: 'idle' });
    expectNoPersonalData(state);
  });

  it('display.close ends the token, and signing out ends it too', async () => {
    const h = await startCore();
    const { officer, display } = await counter(h);
    await h.ok('display.show', typed, officer);
    expect(await h.ok('display.close', {}, officer)).toEqual({ closed: 1 });
    const closed = await h.raw('display.state', {}, display);
    expect(!closed.ok && closed.error.code).toBe('UNAUTHENTICATED');
    expectNoPersonalData(await h.ok('display.state', {}, officer));

    const again = (await h.ok('display.open', {}, officer)).displayToken;
    await h.ok('auth.logout', {}, officer);
    const afterLogout = await h.raw('display.state', {}, again);
    expect(!afterLogout.ok && afterLogout.error.code).toBe('UNAUTHENTICATED');
  });
});
