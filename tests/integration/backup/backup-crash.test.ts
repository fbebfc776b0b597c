import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allComponents, buildHostBundle, spawnHost, startDeskProcess, TEST_ADMIN_PASSWORD } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { makeTempDir } from '../../support/temp-dir';
import { openDeskDatabase } from '../../support/desk-database';

const BIRTH = '1.001193';
const OFFLINE = ['--portal-url', 'http://127.0.0.1:9', '--portal-user', 'u', '--dstcode', 'X'];
const OFFLINE_ENV = { MOTCUA_PORTAL_PASSWORD: 'p' };

const partials = (folder: string) => fs.readdirSync(folder).filter((n) => n.includes('.partial-'));

describe('a SIGKILL during a backup', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('three times while intake runs: earlier backups still verify, no half backup is listed ok, the next backup succeeds', async () => {
    const start = await startDeskProcess(cleanups, { extraArgs: OFFLINE, env: OFFLINE_ENV });
    const { dataDir } = start;
    const args = start.args;
    let { host, url, token } = start;
    // A database of some size, so that a backup takes long enough to be cut (150 MB of records).
    host.kill('SIGTERM');
    await host.exited;
    const db = openDeskDatabase(dataDir);
    db.exec('CREATE TABLE test_ballast (b BLOB)');
    const insert = db.prepare('INSERT INTO test_ballast VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 150; i++) insert.run(crypto.randomBytes(1024 * 1024));
    })();
    db.close();
    const restart = async () => {
      host = spawnHost(args, OFFLINE_ENV);
      cleanups.push(() => host.kill('SIGKILL'));
      url = await host.ready;
      token = (await postApi(url, 'auth.login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).json().value.token;
    };
    await restart();
    const backups = makeTempDir('motcua-backups-');
    cleanups.push(backups.cleanup);
    expect((await postApi(url, 'backup.configure', { folder: backups.dir }, token)).status).toBe(200);
    const components = await allComponents(url, token, BIRTH);
    const create = () => postApi(url, 'dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Văn Pọm', address: 'Bản Hon, Lai Châu' }, components }, token).catch(() => null);
    await create();
    const first = (await postApi(url, 'backup.create', {}, token)).json();
    expect(first.ok, JSON.stringify(first)).toBe(true);
    const firstMs = Date.now();

    for (const extraMs of [0, 150, 400]) {
      // Intake goes on while the backup runs and when the process dies.
      let killed = false;
      let saved = 0;
      const intake = (async () => {
        while (!killed) if ((await create())?.status === 200) saved++;
      })();
      const backup = postApi(url, 'backup.create', {}, token).catch(() => null);
      const seen = Date.now();
      while (partials(backups.dir).length === 0 && Date.now() - seen < 10_000) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, extraMs));
      const cutMidway = partials(backups.dir).length > 0;
      host.kill('SIGKILL');
      killed = true;
      expect(await host.exited).toBeNull();
      await Promise.all([intake, backup]);
      expect(cutMidway, 'the process died while the backup was being written').toBe(true);
      expect(saved).toBeGreaterThan(0);

      await restart();
      const list = (await postApi(url, 'backup.list', {}, token)).json().value as Array<{ id: string; ok: boolean }>;
      // Only finished backups are listed: the partial folder never is.
      expect(list.map((b) => b.id)).not.toContainEqual(expect.stringContaining('partial'));
      for (const b of list.filter((x) => x.ok)) {
        const check = (await postApi(url, 'backup.verify', { id: b.id }, token)).json().value;
        expect(check, b.id).toEqual({ ok: true, problems: [] });
      }
      expect(list.find((b) => b.id === first.value.id)?.ok).toBe(true);
    }

    // The next backup succeeds and clears the partial folders the kills left.
    if (Date.now() - firstMs < 1_100) await new Promise((r) => setTimeout(r, 1_100));
    const next = (await postApi(url, 'backup.create', {}, token)).json();
    expect(next.ok, JSON.stringify(next)).toBe(true);
    expect(partials(backups.dir)).toEqual([]);
    expect((await postApi(url, 'backup.verify', { id: next.value.id }, token)).json().value).toEqual({ ok: true, problems: [] });
    expect((await postApi(url, 'backup.verify', { id: first.value.id }, token)).json().value.ok).toBe(true);
    host.kill('SIGTERM');
    expect(await host.exited).toBe(0);
  }, 240_000);
});
