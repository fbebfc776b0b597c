import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildHostBundle, spawnHost as spawnTestHost } from '../../support/host-process';
import { makeTempDir } from '../../support/temp-dir';
import { postApi } from '../../support/http-json';
import { openDeskDatabase } from '../../support/desk-database';

beforeAll(buildHostBundle, 60_000);

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function spawnHost(args: string[], env: NodeJS.ProcessEnv = {}) {
  const host = spawnTestHost(args, env);
  cleanups.push(() => host.kill('SIGKILL'));
  return { ...host, child: { kill: host.kill } };
}

function dataDir() {
  const t = makeTempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('npm run host', () => {
  it('prints HOST READY, serves, and on SIGTERM closes the database and exits 0', async () => {
    const dir = dataDir();
    const host = spawnHost(['--data-dir', dir, '--port', '0'], { MOTCUA_ADMIN_PASSWORD: 'mat-khau-env' });
    const url = await host.ready;
    const login = await postApi(url, 'auth.login', { username: 'admin', password: 'mat-khau-env' });
    expect(login.json().ok).toBe(true);
    expect(host.output().stdout.trim().split('\n')).toEqual([`HOST READY ${url}`]);
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    expect(fs.existsSync(path.join(dir, 'desk.sqlite3-wal'))).toBe(false);
    const db = openDeskDatabase(dir, { readonly: true });
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE method = 'auth.login'`).get()).toEqual({ n: 1 });
    db.close();
  });

  it('on SIGTERM does not wait for an open event stream or a request still arriving', async () => {
    const dir = dataDir();
    const host = spawnHost(['--data-dir', dir, '--port', '0'], { MOTCUA_ADMIN_PASSWORD: 'mat-khau-env' });
    const url = await host.ready;
    const token = (await postApi(url, 'auth.login', { username: 'admin', password: 'mat-khau-env' })).json().value.token as string;
    const { port } = new URL(url);
    const events = net.connect(Number(port), '127.0.0.1');
    events.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n\r\n`);
    await new Promise((resolve) => events.once('data', resolve));
    // A request whose body never finishes keeps its socket busy, never idle.
    const slow = net.connect(Number(port), '127.0.0.1');
    slow.write(`POST /api/system.ping HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    events.destroy();
    slow.destroy();
  });

  it('refuses bad flags with a Vietnamese message and exit code 2', async () => {
    const host = spawnHost(['--port', '0']);
    await expect(host.ready).rejects.toThrow(/Thiếu --data-dir/);
    expect(await host.exited).toBe(2);
    const badAgency = spawnHost(['--data-dir', dataDir(), '--agency-id', 'H56']);
    await expect(badAgency.ready).rejects.toThrow(/--agency-id/);
  });

  it('refuses a database from a newer version, leaving it untouched', async () => {
    const dir = dataDir();
    const db = openDeskDatabase(dir);
    db.pragma('user_version = 999');
    db.close();
    const host = spawnHost(['--data-dir', dir, '--port', '0']);
    await expect(host.ready).rejects.toThrow(/phiên bản mới hơn/);
    expect(await host.exited).toBe(2);
  });

  it('a fresh folder is a training folder with its embedded portal, and never serves a real portal', async () => {
    const dir = dataDir();
    const host = spawnHost(['--data-dir', dir, '--port', '0', '--admin-password', 'quan-tri-123']);
    const url = await host.ready;
    const token = (await postApi(url, 'auth.login', { username: 'admin', password: 'quan-tri-123' })).json().value.token;
    expect((await postApi(url, 'system.info', undefined, token)).json().value.training).toBe(true);
    const run = (await postApi(url, 'sync.run', undefined, token)).json().value;
    expect(run.ok).toBe(true);
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    const real = spawnHost(['--data-dir', dir, '--port', '0', '--portal-url', 'http://127.0.0.1:9', '--portal-user', 'u', '--dstcode', 'X'], {
      MOTCUA_PORTAL_PASSWORD: 'p',
    });
    await expect(real.ready).rejects.toThrow(/thư mục tập huấn/);
    expect(await real.exited).toBe(2);
  });

  it('a production folder without a portal stays offline and says so', async () => {
    const dir = dataDir();
    const portalArgs = ['--portal-url', 'http://127.0.0.1:9', '--portal-user', 'u', '--dstcode', 'X'];
    const first = spawnHost(['--data-dir', dir, '--port', '0', ...portalArgs], { MOTCUA_PORTAL_PASSWORD: 'p', MOTCUA_ADMIN_PASSWORD: 'quan-tri-123' });
    const url = await first.ready;
    const token = (await postApi(url, 'auth.login', { username: 'admin', password: 'quan-tri-123' })).json().value.token;
    expect((await postApi(url, 'system.info', undefined, token)).json().value.training).toBe(false);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const offline = spawnHost(['--data-dir', dir, '--port', '0']);
    await offline.ready;
    expect(offline.output().stderr).toMatch(/làm việc ngoại tuyến/);
  });
});
