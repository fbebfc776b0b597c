import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSecretStore, PORTAL_SECRET_FILE } from '../../../electron/core/settings/file-secret-store';
import { EnvSecretStore } from '../../../electron/core/settings/env-secret-store';
import { DeskModeError, markProductionFolder, resolveDeskMode } from '../../../electron/core/settings/desk-mode';
import { loadSavedPortal, PORTAL_SETTINGS_FILE } from '../../../electron/core/settings/portal-settings-file';
import { startPortal, PORTAL_USER } from '../../support/training-portal-harness';
import { closedPort, fakeCipher, openDesk, tempDir } from './settings-desk';

const REAL = { user: PORTAL_USER.username, password: PORTAL_USER.password, dstcode: 'TEST', agencyId: '000.00.00.H29', agencyName: 'UBND Phường Tân Phong', counter: 2 };

/** The app on its training folder: the settings go to the separate production folder. */
async function appOnTrainingFolder() {
  const trainingPortal = await startPortal();
  const realPortal = await startPortal();
  const trainingDir = tempDir();
  const productionDir = path.join(tempDir(), 'production');
  expect(resolveDeskMode(trainingDir, false)).toBe('training');
  const cipher = fakeCipher();
  const desk = await openDesk({
    dataDir: trainingDir,
    training: true,
    portal: trainingPortal.settings,
    portalSetup: { productionDir, secrets: new FileSecretStore(productionDir, cipher), restart: 'app' },
  });
  return { desk, trainingDir, productionDir, cipher, realPortal };
}

describe('portal settings in the app', () => {
  it('a training desk saves a real portal into the production folder; the password is kept only encrypted there', async () => {
    const { desk, trainingDir, productionDir, cipher, realPortal } = await appOnTrainingFolder();
    const before = await desk.ok('settings.portal', {});
    expect(before).toMatchObject({ mode: 'training', url: '', passwordSet: false, canSave: true, canSavePassword: true, secretStorage: 'safe-storage', restartRequired: false, restart: 'app' });

    const saved = await desk.ok('settings.setPortal', { url: realPortal.settings.url, ...REAL });
    expect(saved).toMatchObject({ restartRequired: true, restart: 'app', productionDir });
    expect(saved.message).toContain('Khởi động lại ứng dụng');

    const after = await desk.ok('settings.portal', {});
    expect(after).toMatchObject({ mode: 'training', url: realPortal.settings.url, user: REAL.user, dstcode: 'TEST', agencyId: REAL.agencyId, counterNumber: 2, passwordSet: true, restartRequired: true });
    expect(JSON.stringify(after)).not.toContain(REAL.password);

    // Training stays training; the other folder is production; the password is nowhere in plain text.
    expect(JSON.parse(fs.readFileSync(path.join(trainingDir, 'desk-mode.json'), 'utf8')).mode).toBe('training');
    expect(JSON.parse(fs.readFileSync(path.join(productionDir, 'desk-mode.json'), 'utf8')).mode).toBe('production');
    const settingsFile = fs.readFileSync(path.join(productionDir, PORTAL_SETTINGS_FILE), 'utf8');
    expect(JSON.parse(settingsFile)).toMatchObject({ url: realPortal.settings.url, user: REAL.user, agencyId: REAL.agencyId, counter: 2 });
    expect(settingsFile).not.toContain(REAL.password);
    expect(fs.readFileSync(path.join(productionDir, PORTAL_SECRET_FILE)).includes(REAL.password)).toBe(false);
    expect(desk.databaseBytes().includes(REAL.password)).toBe(false);
    const audit = await desk.auditRows();
    expect(audit).toContain('settings.setPortal');
    const entry = (JSON.parse(audit) as Array<{ method: string; after_json: string }>).find((row) => row.method === 'settings.setPortal')!;
    expect(JSON.parse(entry.after_json)).toEqual({ url: realPortal.settings.url, user: REAL.user, dstcode: 'TEST', agencyId: REAL.agencyId, agencyName: REAL.agencyName, counter: 2, credentialChanged: true });
    expect(audit).not.toContain(REAL.password);
    // A training folder never becomes the production one.
    expect(() => markProductionFolder(trainingDir)).toThrow(DeskModeError);
    await desk.close();

    // What the app does on the next start: the production folder with the saved portal.
    const secrets = new FileSecretStore(productionDir, cipher);
    const loaded = loadSavedPortal(productionDir, secrets);
    expect(loaded.portal).toEqual({ url: realPortal.settings.url, user: REAL.user, password: REAL.password, dstcode: 'TEST' });
    expect(resolveDeskMode(productionDir, true)).toBe('production');
    const production = await openDesk({
      dataDir: productionDir,
      training: false,
      portal: loaded.portal,
      agencyId: loaded.saved!.agencyId,
      agencyName: loaded.saved!.agencyName,
      counter: loaded.saved!.counter,
      portalSetup: { productionDir, secrets, restart: 'app' },
    });
    expect(await production.ok('system.info', {})).toMatchObject({ agencyId: REAL.agencyId, agencyName: REAL.agencyName, counter: 2, training: false });
    expect(await production.ok('settings.portal', {})).toMatchObject({ mode: 'production', url: realPortal.settings.url, passwordSet: true, restartRequired: false });
    const tested = await production.ok('sync.testConnection', {});
    expect(tested.ok, tested.message).toBe(true);
    // The desk's clock is fixed at 02:00 UTC: the skew is the portal's real time minus that.
    const expectedSkew = (Date.now() - Date.parse('2026-11-25T02:00:00.000Z')) / 1000;
    expect(Math.abs(tested.clockSkewSeconds! - expectedSkew)).toBeLessThan(5);
    // A new password replaces the kept one; still never in the database.
    await production.ok('settings.setPortal', { url: realPortal.settings.url, ...REAL, password: 'mat-khau-moi-456' });
    expect(secrets.read()).toBe('mat-khau-moi-456');
    expect(production.databaseBytes().includes(REAL.password)).toBe(false);
    expect(production.databaseBytes().includes('mat-khau-moi-456')).toBe(false);
  });

  it('bad settings are refused with a Vietnamese message and nothing is saved', async () => {
    const { desk, productionDir, cipher, realPortal } = await appOnTrainingFolder();
    const good = { url: realPortal.settings.url, ...REAL };
    const auditBefore = await desk.auditRows();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...good, url: 'ftp://cong.example.vn' }, 'Địa chỉ cổng'],
      [{ ...good, url: '' }, 'Địa chỉ cổng: bắt buộc nhập'],
      [{ ...good, user: '  ' }, 'Tài khoản kết nối: bắt buộc nhập'],
      [{ ...good, dstcode: 'mã có dấu' }, 'Mã định tuyến'],
      [{ ...good, agencyId: '12345' }, 'Mã đơn vị'],
      [{ ...good, counter: 0 }, 'Số quầy'],
      [{ ...good, counter: 10 }, 'Số quầy'],
      [{ ...good, counter: 1.5 }, 'Số quầy'],
      [{ ...good, password: '' }, 'Mật khẩu kết nối'],
      [{ ...good, password: undefined }, 'Mật khẩu kết nối: bắt buộc nhập'],
    ];
    for (const [input, message] of cases) {
      const response = await desk.raw('settings.setPortal', input);
      expect(response.ok, JSON.stringify(input)).toBe(false);
      if (response.ok) continue;
      expect(response.error.code).toBe('INVALID_INPUT');
      expect(response.error.message).toContain(message);
    }
    cipher.available = false;
    const noKeyring = await desk.raw('settings.setPortal', good);
    expect(noKeyring.ok).toBe(false);
    if (!noKeyring.ok) expect(noKeyring.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Không lưu được mật khẩu') });
    expect(await desk.ok('settings.portal', {})).toMatchObject({ canSavePassword: false, saveNote: expect.stringContaining('kho khóa') });

    expect(fs.existsSync(productionDir)).toBe(false);
    expect(await desk.auditRows()).toBe(auditBefore);
    expect(await desk.ok('settings.portal', {})).toMatchObject({ url: '', passwordSet: false, restartRequired: false });
  });
});

describe('portal settings in the host', () => {
  it('a production host saves the settings for its next start but never a password (that is MOTCUA_PORTAL_PASSWORD)', async () => {
    const portal = await startPortal();
    const dataDir = tempDir();
    expect(resolveDeskMode(dataDir, true)).toBe('production');
    const desk = await openDesk({ dataDir, training: false, portal: portal.settings, agencyId: '000.00.00.H29' });
    expect(await desk.ok('settings.portal', {})).toMatchObject({
      mode: 'production', url: portal.settings.url, user: PORTAL_USER.username, agencyId: '000.00.00.H29', counterNumber: 1,
      passwordSet: true, secretStorage: 'environment', canSave: true, canSavePassword: false, restart: 'host', restartRequired: false,
    });
    const input = { url: portal.settings.url, ...REAL };
    const refused = await desk.raw('settings.setPortal', input);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('MOTCUA_PORTAL_PASSWORD') });
    expect(fs.existsSync(path.join(dataDir, PORTAL_SETTINGS_FILE))).toBe(false);

    const { password: _password, ...withoutPassword } = input;
    const saved = await desk.ok('settings.setPortal', withoutPassword);
    expect(saved.message).toContain('Khởi động lại máy chủ');
    expect(await desk.ok('settings.portal', {})).toMatchObject({ counterNumber: 2, restartRequired: true });
    // The next start: the saved settings with the password from the environment.
    expect(loadSavedPortal(dataDir, new EnvSecretStore(PORTAL_USER.password)).portal).toEqual({ ...portal.settings });
    expect(loadSavedPortal(dataDir, new EnvSecretStore(undefined))).toMatchObject({ missing: expect.stringContaining('MOTCUA_PORTAL_PASSWORD') });
    expect(desk.databaseBytes().includes(PORTAL_USER.password)).toBe(false);
  });

  it('a host on a training folder refuses a real portal and says to restart on another folder with the flags', async () => {
    const dataDir = tempDir();
    const desk = await openDesk({ dataDir, training: true });
    expect(await desk.ok('settings.portal', {})).toMatchObject({ mode: 'training', canSave: false, saveNote: expect.stringContaining('--data-dir') });
    const refused = await desk.raw('settings.setPortal', { url: 'https://dichvucong.example.vn/api', ...REAL });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('--portal-url') });
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('portal-'))).toEqual([]);
  });
});

describe('Kiểm tra kết nối', () => {
  it('signs in to typed settings: OK against the portal, a clear error for a closed port or a wrong password', async () => {
    const { desk, realPortal } = await appOnTrainingFolder();
    const typed = { url: realPortal.settings.url, user: REAL.user, password: REAL.password, dstcode: 'TEST' };
    const ok = await desk.ok('sync.testConnection', { portal: typed });
    expect(ok).toMatchObject({ ok: true, message: 'Kết nối cổng dịch vụ công thành công.' });
    expect(typeof ok.clockSkewSeconds).toBe('number');

    const port = await closedPort();
    const closed = await desk.ok('sync.testConnection', { portal: { ...typed, url: `http://127.0.0.1:${port}/api` } });
    expect(closed).toMatchObject({ ok: false, clockSkewSeconds: null });
    expect(closed.message).toBe(`Không kết nối được tới http://127.0.0.1:${port}/api: không có máy chủ trả lời ở địa chỉ này (sai địa chỉ hoặc cổng, máy chủ tắt, hoặc mất mạng).`);

    // https:// to a portal that speaks plain http: a server answers, so not "no server" but the HTTPS problem.
    const plainAsTls = await desk.ok('sync.testConnection', { portal: { ...typed, url: typed.url.replace(/^http:/, 'https:') } });
    expect(plainAsTls).toMatchObject({ ok: false });
    expect(plainAsTls.message).toMatch(/^Không thiết lập được kết nối HTTPS an toàn tới https:\/\/127\.0\.0\.1:\d+\S* \(ERR_SSL_/);

    const wrong = await desk.ok('sync.testConnection', { portal: { ...typed, password: 'sai-mat-khau' } });
    expect(wrong.ok).toBe(false);
    expect(wrong.message).toContain('từ chối đăng nhập');
    expect(wrong.message).toContain('sai tên đăng nhập hoặc mật khẩu');

    // Without a typed password and none kept: says so instead of trying.
    const { password: _p, ...noPassword } = typed;
    expect(await desk.ok('sync.testConnection', { portal: noPassword })).toMatchObject({ ok: false, message: expect.stringContaining('nhập mật khẩu') });
    // The portal in use (here the training one) with no input, as before.
    expect(await desk.ok('sync.testConnection', {})).toMatchObject({ ok: true });
    // Bad typed settings are refused like any input.
    const bad = await desk.raw('sync.testConnection', { portal: { ...typed, url: 'cong' } });
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
  });

  it('a host tests typed settings with the password it was given', async () => {
    const portal = await startPortal();
    const dataDir = tempDir();
    resolveDeskMode(dataDir, true);
    const desk = await openDesk({ dataDir, training: false, portal: portal.settings });
    const { password: _p, ...typed } = portal.settings;
    expect(await desk.ok('sync.testConnection', { portal: typed })).toMatchObject({ ok: true });

    // Another address (or account) typed without a password never receives the kept one.
    const seen: string[] = [];
    const elsewhere = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        seen.push(body);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      const otherUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/api`;
      for (const attempt of [{ ...typed, url: otherUrl }, { ...typed, user: 'tai-khoan-khac' }]) {
        const answer = await desk.ok('sync.testConnection', { portal: attempt });
        expect(answer).toMatchObject({ ok: false, message: expect.stringContaining('nhập mật khẩu') });
      }
      expect(seen).toEqual([]);
    } finally {
      elsewhere.close();
    }
  });

  it('only an administrator sees or changes the portal settings', async () => {
    const { desk, realPortal } = await appOnTrainingFolder();
    await desk.ok('users.create', { username: 'lanhdao1', fullName: 'Lãnh đạo', password: 'lanhdao1-pass-1', role: 'supervisor' });
    const login = await desk.core.call('auth.login', { username: 'lanhdao1', password: 'lanhdao1-pass-1' }, null, { transport: 'http' });
    const token = login.ok ? (login.value as { token: string }).token : '';
    for (const [method, input] of [
      ['settings.portal', {}],
      ['settings.setPortal', { url: realPortal.settings.url, ...REAL }],
      ['sync.testConnection', { portal: { url: realPortal.settings.url, user: REAL.user, password: REAL.password, dstcode: 'TEST' } }],
    ] as const) {
      const response = await desk.core.call(method, input, token, { transport: 'http' });
      expect(!response.ok && response.error.code, method).toBe('FORBIDDEN');
    }
  });
});
