// The app's database key, sealed by the OS keyring (a stand-in cipher here: the app's is Electron's
// safeStorage, which needs the Electron binary): made once, never kept in the clear, refused
// without a keyring, and never replaced over an encrypted database whose sealed key is gone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../electron/core/db/open-database';
import { loadOrCreateSealedKey, SEALED_KEY_FILE } from '../../../electron/core/db/sealed-key';
import type { SecretCipher } from '../../../electron/core/settings/file-secret-store';
import { makeTempDir } from '../../support/temp-dir';

const keyringKey = crypto.randomBytes(32);
const keyring: SecretCipher = {
  label: 'kho khoá thử',
  unavailableReason: () => null,
  encrypt(text) {
    const iv = crypto.randomBytes(12);
    const c = crypto.createCipheriv('aes-256-gcm', keyringKey, iv);
    const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]);
  },
  decrypt(bytes) {
    const d = crypto.createDecipheriv('aes-256-gcm', keyringKey, bytes.subarray(0, 12));
    d.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([d.update(bytes.subarray(28)), d.final()]).toString('utf8');
  },
};

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function folder(): string {
  const t = makeTempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe("the app's sealed database key", () => {
  it('is made at the first start, sealed in desk.key.sealed, and the same key comes back', () => {
    const dir = folder();
    const key = loadOrCreateSealedKey(dir, keyring);
    const sealed = fs.readFileSync(path.join(dir, SEALED_KEY_FILE));
    expect(sealed.includes(Buffer.from(key.toString('hex')))).toBe(false);
    expect(fs.statSync(path.join(dir, SEALED_KEY_FILE)).mode & 0o777).toBe(0o600);
    const { db } = openDatabase(dir, undefined, key);
    closeDatabase(db);
    expect(loadOrCreateSealedKey(dir, keyring).equals(key)).toBe(true);
  });

  it('is refused without a keyring that really encrypts, writing nothing', () => {
    const dir = folder();
    const none: SecretCipher = { ...keyring, unavailableReason: () => 'trên Linux không tìm thấy kho khóa (GNOME Keyring hoặc KWallet)' };
    expect(() => loadOrCreateSealedKey(dir, none)).toThrow('Không mở được khoá mã hoá dữ liệu: trên Linux không tìm thấy kho khóa');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('an encrypted database whose sealed key is gone gets no new key: restore with the recovery sheet', () => {
    const dir = folder();
    const key = loadOrCreateSealedKey(dir, keyring);
    closeDatabase(openDatabase(dir, undefined, key).db);
    fs.rmSync(path.join(dir, SEALED_KEY_FILE));
    expect(() => loadOrCreateSealedKey(dir, keyring)).toThrow(/Thiếu desk\.key\.sealed .*phiếu khoá khôi phục/);
    expect(fs.existsSync(path.join(dir, SEALED_KEY_FILE))).toBe(false);
  });

  it('a sealed key the keyring cannot open (another Windows account) says so', () => {
    const dir = folder();
    loadOrCreateSealedKey(dir, keyring);
    const other: SecretCipher = { ...keyring, decrypt: () => { throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'); } };
    expect(() => loadOrCreateSealedKey(dir, other)).toThrow(/Kho khoá của hệ điều hành không mở được khoá mã hoá dữ liệu/);
  });
});
