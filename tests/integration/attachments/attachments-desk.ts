import fs from 'node:fs';
import path from 'node:path';
import { startCore, type Harness } from '../../support/core-harness';
import type { CoreOptions } from '../../../electron/core/core-types';
import { openDeskDatabase } from '../../support/desk-database';

export const BIRTH = '1.001193';

/** A desk with an officer and a dossier for a birth registration, ready for attachments. */
export async function deskWithDossier(options: Partial<CoreOptions> = {}, realClock = false) {
  const h = await startCore(options);
  if (realClock) h.clock.set(new Date().toISOString()); // the portal checks dates against its own clock
  const token = await h.userWithRole('officer', 'quay1');
  const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  const create = () => h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang, Phường Tân Phong' }, components }, token);
  const dossier = await create();
  return { h, token, dossier, components, create, componentCode: components[0]!.code };
}

/** Every stored file (final names only), relative to <dataDir>/files. */
export function storedFiles(h: Harness): string[] {
  const root = path.join(h.dir, 'files');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

export function attachmentRows(dir: string): Array<{ id: string; sha256: string; removed_at: string | null; pages: number }> {
  const db = openDeskDatabase(dir, { readonly: true });
  try {
    return db.prepare('SELECT id, sha256, removed_at, pages FROM attachments').all() as Array<{ id: string; sha256: string; removed_at: string | null; pages: number }>;
  } finally {
    db.close();
  }
}

export const b64 = (bytes: Buffer) => bytes.toString('base64');
