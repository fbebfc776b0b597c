import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core';
import { startHostServer, type RunningHost } from '../../../electron/host/host-server';
import { makeTempDir } from '../../support/temp-dir';
import { postApi, request } from '../../support/http-json';
import { CONTENT_SECURITY_POLICY } from '../../../shared/content-policy';
import { FAST_PASSWORD_PARAMS } from '../../support/core-harness';

const PASSWORD = 'quan-tri-123';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function startHost(): Promise<RunningHost & { token: () => Promise<string> }> {
  const data = makeTempDir();
  const renderer = makeTempDir();
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>Một Cửa Desk</title>');
  const core = await createCore({ dataDir: data.dir, adminPassword: PASSWORD, passwordParams: FAST_PASSWORD_PARAMS });
  const host = await startHostServer(core, { port: 0, rendererDir: renderer.dir });
  cleanups.push(data.cleanup, renderer.cleanup, () => core.close(), () => host.close());
  const token = async () => (await postApi(host.url, 'auth.login', { username: 'admin', password: PASSWORD })).json().value.token as string;
  return { ...host, token };
}

describe('the loopback host', () => {
  it('serves the API with the router answers and HTTP statuses', async () => {
    const host = await startHost();
    const token = await host.token();
    const list = await postApi(host.url, 'users.list', undefined, token);
    expect(list.status).toBe(200);
    expect(list.json()).toMatchObject({ ok: true, value: [{ username: 'admin', role: 'admin' }] });
    expect((await postApi(host.url, 'no.such', {}, token)).status).toBe(404);
    expect((await postApi(host.url, 'users.create', { username: 'x' }, token)).status).toBe(400);
    expect((await postApi(host.url, 'users.list', undefined)).status).toBe(401);
    const bad = await request(`${host.url}/api/users.list`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(bad.json().error.message).toMatch(/JSON/);
  });

  it('answers 403 to an officer calling an admin method', async () => {
    const host = await startHost();
    const admin = await host.token();
    await postApi(host.url, 'users.create', { username: 'lan', fullName: 'Lò Thị Lan', password: 'mat-khau-lan', role: 'officer' }, admin);
    const officer = (await postApi(host.url, 'auth.login', { username: 'lan', password: 'mat-khau-lan' })).json().value.token;
    const r = await postApi(host.url, 'users.list', undefined, officer);
    expect(r.status).toBe(403);
    expect(r.json().error.code).toBe('FORBIDDEN');
  });

  it('refuses foreign origins (null included) and foreign Host names; serves requests with no Origin', async () => {
    const host = await startHost();
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`]) {
      const r = await postApi(host.url, 'system.ping', undefined, undefined, { origin });
      expect(r.status, origin).toBe(403);
    }
    expect((await postApi(host.url, 'system.ping', undefined, undefined, { origin: host.url })).status).toBe(200);
    expect((await postApi(host.url, 'system.ping', undefined, undefined, { origin: `http://localhost:${host.port}` })).status).toBe(200);
    const rebound = await postApi(host.url, 'system.ping', undefined, undefined, { host: `evil.example:${host.port}` });
    expect(rebound.status).toBe(403);
    expect((await postApi(host.url, 'system.ping', undefined)).status).toBe(200);
  });

  it('serves the renderer with a strict content security policy', async () => {
    const host = await startHost();
    const page = await request(`${host.url}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Một Cửa Desk');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await request(`${host.url}/../../etc/passwd`)).body).not.toMatch(/root:/);
  });

  it('pushes events to a signed-in client over server-sent events', async () => {
    const host = await startHost();
    const token = await host.token();
    expect((await request(`${host.url}/api/events`)).status).toBe(401);
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(`${host.url}/api/events?token=${token}`, (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
          if (text.includes('\n\n') && text.includes(': connected')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', (e) => (String(e).includes('socket hang up') ? undefined : reject(e)));
    });
    expect(received).toContain(': connected');
  });

  it('refuses the event stream to an account that must still change the password an administrator gave it', async () => {
    const host = await startHost();
    const admin = await host.token();
    await postApi(host.url, 'users.create', { username: 'lan', fullName: 'Lò Thị Lan', password: 'mat-khau-lan', role: 'officer' }, admin);
    const officer = (await postApi(host.url, 'auth.login', { username: 'lan', password: 'mat-khau-lan' })).json().value.token as string;
    const refused = await request(`${host.url}/api/events?token=${officer}`);
    expect(refused.status).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringMatching(/đổi mật khẩu/) });
    expect(refused.headers['content-type']).not.toMatch(/event-stream/);
    // After the change the same session gets its stream.
    expect((await postApi(host.url, 'auth.changePassword', { currentPassword: 'mat-khau-lan', newPassword: 'mat-khau-rieng-lan' }, officer)).status).toBe(200);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.get(`${host.url}/api/events?token=${officer}`, (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', (e) => (String(e).includes('socket hang up') ? undefined : reject(e)));
    });
    expect(status).toBe(200);
  });
});
