import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSecretStore, PORTAL_SECRET_FILE } from '../../../electron/core/settings/file-secret-store';
import { EnvSecretStore } from '../../../electron/core/settings/env-secret-store';
import { SecretStoreError } from '../../../electron/core/settings/secret-store';
import { fakeCipher, tempDir } from './settings-desk';

const SECRET = 'Mật-khẩu cổng 2026!';

describe('the file secret store (the app: safeStorage bytes in the data folder)', () => {
  it('keeps nothing until written, then the secret survives a new instance and is never plain on disk', () => {
    const dir = path.join(tempDir(), 'production');
    const cipher = fakeCipher();
    const store = new FileSecretStore(dir, cipher);
    expect(store.has()).toBe(false);
    expect(store.read()).toBeNull();
    expect(store.refusal()).toBeNull();
    store.write(SECRET);
    expect(store.has()).toBe(true);
    expect(new FileSecretStore(dir, cipher).read()).toBe(SECRET);
    const bytes = fs.readFileSync(path.join(dir, PORTAL_SECRET_FILE));
    expect(bytes.includes(Buffer.from(SECRET, 'utf8'))).toBe(false);
    store.write('thu-hai');
    expect(store.read()).toBe('thu-hai');
    expect(fs.readdirSync(dir)).toEqual([PORTAL_SECRET_FILE]); // no temp file left behind
    expect(store.location).toContain(path.join(dir, PORTAL_SECRET_FILE));
  });

  it('refuses to save when encryption is not available, and writes nothing', () => {
    const dir = path.join(tempDir(), 'production');
    const cipher = fakeCipher();
    cipher.available = false;
    const store = new FileSecretStore(dir, cipher);
    expect(store.refusal()).toContain('Không lưu được mật khẩu');
    expect(() => store.write(SECRET)).toThrow(SecretStoreError);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('bytes it cannot decrypt (another OS account) read as no secret, and say so in the log', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, PORTAL_SECRET_FILE), 'rác');
    const logs: string[] = [];
    const store = new FileSecretStore(dir, fakeCipher(), (line) => logs.push(line));
    expect(store.read()).toBeNull();
    expect(logs.join('\n')).toContain('không giải mã được');
    expect(logs.join('\n')).not.toContain('rác');
  });
});

describe('the environment secret store (the host)', () => {
  it('reads the password it was started with and refuses to save one, naming the variable', () => {
    const given = new EnvSecretStore(SECRET);
    expect(given.has()).toBe(true);
    expect(given.read()).toBe(SECRET);
    expect(given.refusal()).toContain('MOTCUA_PORTAL_PASSWORD');
    expect(() => given.write()).toThrow(SecretStoreError);
    const none = new EnvSecretStore(undefined);
    expect(none.has()).toBe(false);
    expect(none.read()).toBeNull();
  });
});
