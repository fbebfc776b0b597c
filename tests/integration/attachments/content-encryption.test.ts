// Content files at rest: AES-256-GCM under a key derived from the database key, named by an HMAC,
// so neither a name nor a byte in the content folder tells a known document; plain files the
// earlier versions wrote are encrypted at the first start with a key and read back the same.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentStore, contentKeysOf, ENCRYPTED_MAGIC, sha256Hex } from '../../../electron/core/attachments/content-store';
import { startCore } from '../../support/core-harness';
import { makeTempDir } from '../../support/temp-dir';
import { TEST_DB_KEY_HEX } from '../../support/desk-database';
import { attachmentRows, b64, deskWithDossier, storedFiles } from './attachments-desk';
import { plainPdf, scannedPage } from './test-pages';

// The tests' database key, so the tests' own database reader opens the converted desk too.
const KEY = Buffer.from(TEST_DB_KEY_HEX, 'hex');
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folder(): string {
  const t = makeTempDir('motcua-content-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** Every file under a folder, with its bytes. */
function allFiles(root: string): Array<{ file: string; bytes: Buffer }> {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .map((file) => ({ file, bytes: fs.readFileSync(file) }));
}

describe('the content store with keys', () => {
  it('writes MCDENC01 | nonce | AES-256-GCM | tag under an HMAC name; reads back; a fresh nonce per file', async () => {
    const dir = folder();
    const store = new ContentStore(dir, contentKeysOf(KEY));
    const pdf = await plainPdf(2);
    const sha = store.put(pdf);
    expect(sha).toBe(sha256Hex(pdf));
    const name = store.nameOf(sha);
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(name).not.toBe(sha);
    const stored = fs.readFileSync(path.join(dir, 'files', name.slice(0, 2), name));
    expect(stored.subarray(0, 8).equals(ENCRYPTED_MAGIC)).toBe(true);
    expect(stored.length).toBe(pdf.length + 8 + 12 + 16);
    expect(stored.includes(pdf.subarray(0, 5))).toBe(false); // no "%PDF-"
    expect(store.read(sha).equals(pdf)).toBe(true);
    // Another data folder with the same key writes other bytes (its own nonce), the same name.
    const other = new ContentStore(folder(), contentKeysOf(KEY));
    other.put(pdf);
    expect(fs.readFileSync(other.pathOf(sha)).equals(stored)).toBe(false);
    // Another key: another name, and this file does not open with it.
    const otherKey = new ContentStore(dir, contentKeysOf(Buffer.from('22'.repeat(32), 'hex')));
    expect(otherKey.nameOf(sha)).not.toBe(name);
  });

  it('refuses a changed byte, a file moved under another name, and an encrypted file without keys', async () => {
    const dir = folder();
    const store = new ContentStore(dir, contentKeysOf(KEY));
    const a = store.put(await plainPdf(1));
    const b = store.put(await plainPdf(3));
    const fileA = store.pathOf(a);
    const bytes = fs.readFileSync(fileA);
    bytes[bytes.length - 40]! ^= 1;
    fs.writeFileSync(fileA, bytes);
    expect(() => store.read(a)).toThrow(/hỏng hoặc bị thay đổi/);
    fs.copyFileSync(store.pathOf(b), fileA); // b's file under a's name
    expect(() => store.read(a)).toThrow(/hỏng hoặc bị thay đổi/);
    expect(() => new ContentStore(dir).read(b)).toThrow(); // plain store: b's plain name does not exist
  });
});

describe('a desk whose files were written by the earlier (plain) store', () => {
  it('is encrypted at the first start with a key: same attachments, same content, no plain file left', async () => {
    // The earlier desk: no key, files named by their SHA-256, plain bytes.
    const { h, token, dossier, componentCode } = await deskWithDossier();
    const page = await scannedPage('Giấy khai sinh cũ');
    const added = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'cu.jpg', contentBase64: b64(page) }, token);
    const before = (await h.ok('attachments.content', { id: added.id }, token)).pdfBase64;
    expect(storedFiles(h)).toEqual([path.join(added.sha256.slice(0, 2), added.sha256)]);
    const plainFile = path.join(h.dir, 'files', added.sha256.slice(0, 2), added.sha256);
    expect(sha256Hex(fs.readFileSync(plainFile))).toBe(added.sha256);
    await h.core.close();

    const logs: string[] = [];
    const again = await startCore({ dataDir: h.dir, databaseKey: KEY, log: (m) => logs.push(m) });
    expect(logs.some((m) => m.includes('đã mã hoá 1 tệp nội dung'))).toBe(true);
    const admin = await again.adminToken();
    expect((await again.ok('attachments.content', { id: added.id }, admin)).pdfBase64).toBe(before);
    expect(fs.existsSync(plainFile)).toBe(false);
    const store = new ContentStore(h.dir, contentKeysOf(KEY));
    expect(storedFiles(h)).toEqual([path.join(store.nameOf(added.sha256).slice(0, 2), store.nameOf(added.sha256))]);
    const plain = Buffer.from(before, 'base64');
    for (const { bytes } of allFiles(path.join(h.dir, 'files'))) {
      expect(bytes.subarray(0, 8).equals(ENCRYPTED_MAGIC)).toBe(true);
      expect(bytes.includes(plain.subarray(plain.length / 2, plain.length / 2 + 64))).toBe(false);
    }
    // The database still names the file by the SHA-256 of its plain bytes (what the portal gets).
    expect(attachmentRows(h.dir).map((r) => r.sha256)).toEqual([added.sha256]);
    // A new import next to it is encrypted from the start.
    const next = await again.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'moi.pdf', contentBase64: b64(await plainPdf(1)) }, admin);
    expect(fs.readFileSync(store.pathOf(next.sha256)).subarray(0, 8).equals(ENCRYPTED_MAGIC)).toBe(true);
  });

  it('a plain file whose bytes do not match its name is left alone, and a crash between the two steps converts at the next start', async () => {
    const dir = folder();
    const plain = new ContentStore(dir);
    const good = plain.put(await plainPdf(2));
    const bad = plain.put(await plainPdf(1));
    fs.appendFileSync(plain.pathOf(bad), 'x');
    // A crash after the encrypted copy was written, before the plain one was deleted.
    const keyed = new ContentStore(dir, contentKeysOf(KEY));
    fs.mkdirSync(path.dirname(keyed.pathOf(good)), { recursive: true });
    keyed.put(plain.read(good));
    const result = keyed.encryptPlainFiles();
    expect(result).toEqual({ converted: 1, damaged: [plain.pathOf(bad)] });
    expect(fs.existsSync(plain.pathOf(good))).toBe(false);
    expect(fs.existsSync(plain.pathOf(bad))).toBe(true);
    expect(sha256Hex(keyed.read(good))).toBe(good);
    expect(keyed.encryptPlainFiles()).toEqual({ converted: 0, damaged: [plain.pathOf(bad)] });
  });

  it('the HKDF keys are fixed by the database key: the same key always opens the same files', () => {
    const a = contentKeysOf(KEY);
    const b = contentKeysOf(Buffer.from(KEY));
    expect(a.content.equals(b.content) && a.names.equals(b.names)).toBe(true);
    expect(a.content.equals(a.names)).toBe(false);
    expect(crypto.createHash('sha256').update(a.content).digest('hex')).not.toBe(crypto.createHash('sha256').update(KEY).digest('hex'));
  });
});
