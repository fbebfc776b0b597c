import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allComponents, buildHostBundle, spawnHost, startDeskProcess, TEST_ADMIN_PASSWORD } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { BIRTH } from './attachments-desk';
import { pdfPageCount, scannedPage } from './test-pages';
import { openDeskDatabase, TEST_DB_KEY_HEX } from '../../support/desk-database';
import { ContentStore, contentKeysOf, ENCRYPTED_MAGIC } from '../../../electron/core/attachments/content-store';

interface Row {
  id: string;
  sha256: string;
  pages: number;
}

/** What the content store holds: final files by name, and leftover temp files. */
function contentStore(dataDir: string): { finals: string[]; temps: string[] } {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return { finals: [], temps: [] };
  const names = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return {
    finals: names.filter((e) => !e.name.endsWith('.tmp')).map((e) => path.join(e.parentPath, e.name)),
    temps: names.filter((e) => e.name.endsWith('.tmp')).map((e) => path.join(e.parentPath, e.name)),
  };
}

function referencedRows(dataDir: string): Row[] {
  const db = openDeskDatabase(dataDir, { readonly: true });
  try {
    return db.prepare('SELECT id, sha256, pages FROM attachments WHERE purged_at IS NULL').all() as Row[];
  } finally {
    db.close();
  }
}

/** A process id that is certainly not running (for a temp file left by a writer that died). */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid--) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
}

describe('a SIGKILL during imports', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('never leaves a referenced file missing, half written or under the wrong hash, and temp files are swept at start', async () => {
    const start = await startDeskProcess(cleanups);
    const { dataDir, args } = start;
    let { host, url, token } = start;
    const components = await allComponents(url, token, BIRTH);
    const create = async () =>
      (await postApi(url, 'dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Văn Pọm', address: 'Bản Hon, Lai Châu' }, components }, token)).json().value.id as string;
    // Large colour photographs of documents (a phone's 12 MP pictures): seconds of work each.
    const photos = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const page = await scannedPage(`Ảnh chụp ${n}`, { width: 3000, height: 4000 });
        return (await import('sharp')).default(page).modulate({ hue: 40 * n }).tint({ r: 200, g: 150, b: 90 }).jpeg({ quality: 95 }).toBuffer();
      }),
    );
    const acknowledged: Array<{ id: string; sha256: string }> = [];
    let leftByKills = 0;

    for (const killAfterMs of [900, 1_800, 2_700]) {
      const dossiers = await Promise.all(Array.from({ length: 4 }, () => create()));
      let inFlight = 0;
      let killed = false;
      // Four officers import at once, each into its own dossier, component after component.
      const burst = dossiers.map(async (dossierId, i) => {
        for (let k = 0; !killed; k++) {
          inFlight++;
          const r = await postApi(url, 'attachments.add', {
            dossierId,
            componentCode: components[k % components.length]!.code,
            fileName: `anh-${i}-${k}.jpg`,
            contentBase64: photos[(i + k) % photos.length]!.toString('base64'),
          }, token).catch(() => null);
          inFlight--;
          if (!r || r.status !== 200) return;
          acknowledged.push(r.json().value);
        }
      });
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      expect(inFlight, 'imports were running when the process died').toBeGreaterThan(0);
      killed = true;
      host.kill('SIGKILL');
      expect(await host.exited).toBeNull();
      await Promise.all(burst);

      const left = contentStore(dataDir).temps;
      leftByKills += left.length;
      // A temp file a kill left behind already holds encrypted bytes, never the plain PDF.
      for (const file of left) {
        const bytes = fs.readFileSync(file);
        if (bytes.length >= 8) expect(bytes.subarray(0, 8).equals(ENCRYPTED_MAGIC), file).toBe(true);
      }
      // A writer killed between its temp file and the rename leaves a temp file behind.
      const sub = path.join(dataDir, 'files', 'ab');
      fs.mkdirSync(sub, { recursive: true });
      const halfFile = path.join(sub, `.${'ab'.padEnd(64, 'c')}.${deadPid()}.0badf00d.tmp`);
      fs.writeFileSync(halfFile, Buffer.alloc(1024, 1));

      host = spawnHost(args);
      cleanups.push(() => host.kill('SIGKILL'));
      url = await host.ready;
      token = (await postApi(url, 'auth.login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).json().value.token;

      const store = contentStore(dataDir);
      expect(store.temps, 'temp files swept at start').toEqual([]);
      const rows = referencedRows(dataDir);
      // Every import the officer saw succeed is there.
      for (const a of acknowledged) expect(rows.find((r) => r.id === a.id)).toMatchObject({ sha256: a.sha256 });
      // Every referenced file exists, whole (it decrypts: GCM checks every byte), and holds the SHA-256 the row names.
      const files = new ContentStore(dataDir, contentKeysOf(Buffer.from(TEST_DB_KEY_HEX, 'hex')));
      for (const row of rows) {
        expect(files.has(row.sha256), row.id).toBe(true);
        const bytes = files.read(row.sha256);
        expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
        expect(await pdfPageCount(bytes)).toBe(row.pages);
      }
      // Nothing in the content folder, final or temp, holds plain bytes: every file is encrypted.
      for (const file of store.finals) expect(fs.readFileSync(file).subarray(0, 8).equals(ENCRYPTED_MAGIC), file).toBe(true);
      // The desk goes on: a new import into a dossier the crash interrupted.
      const after = await postApi(url, 'attachments.add', { dossierId: dossiers[0]!, componentCode: components[0]!.code, fileName: 'sau-khi-khoi-dong-lai.jpg', contentBase64: photos[0]!.toString('base64') }, token);
      expect(after.status).toBe(200);
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    console.info(`import crash: ${acknowledged.length} imports acknowledged over 3 kills; ${leftByKills} temp files left by the kills themselves`);
    host.kill('SIGTERM');
    expect(await host.exited).toBe(0);
  }, 180_000);
});
