import Database from 'better-sqlite3-multiple-ciphers';
import type { Harness } from '../../support/core-harness';
import { openDeskDatabase } from '../../support/desk-database';

export const CERTIFIED_COPY = '2.000815';
/** Đăng ký lại khai sinh: a per-case fee with exempt groups. */
export const RE_REGISTER_BIRTH = '1.004884';
export const applicant = { fullName: 'Nguyễn Văn An', address: 'Tổ 3, Phường Tân Phong' };

/** Receives a certified copy (chứng thực bản sao) dossier: 2.000 đ a page for pages 1-2, 1.000 đ from page 3, at most 200.000 đ a copy. */
export async function receiveCertifiedCopy(h: Harness, token: string, pages = 5, copies = 2) {
  const components = (await h.ok('catalog.get', { code: CERTIFIED_COPY }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  return h.ok('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant, components, feeQuantities: { pages, copies } }, token);
}

/** Marks every dossier as acknowledged by the portal at its latest revision, as a sync round would. */
export function acknowledgeAll(h: Harness): void {
  const db = openDeskDatabase(h.dir);
  db.pragma('busy_timeout = 5000');
  db.prepare(`UPDATE dossiers SET sync_state = 'synced', synced_revision = revision`).run();
  db.close();
}

export function readDb<T>(h: Harness, fn: (db: Database.Database) => T): T {
  const db = openDeskDatabase(h.dir, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
