import type Database from 'better-sqlite3-multiple-ciphers';
import type { IndicatorFilter, IndicatorReport } from '../../../shared/api';
import type { Harness } from '../../support/core-harness';
import { openDeskDatabase } from '../../support/desk-database';
import { scannedPage } from '../attachments/test-pages';

/** Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days, offered online (toàn trình), no fee set. */
export const MARITAL = '1.004873';
/** Chứng thực bản sao: same day (15:00 cut-off), at the counter only, a fee per page. */
export const COPY = '2.000815';

/** A Vietnam wall-clock time as the UTC instant the clock takes. */
export const vn = (day: string, time = '09:00') => new Date(`${day}T${time}:00+07:00`).toISOString();

/** A fresh session: the test's clock jumps days, past the 30-minute lock of the last one. */
export const signIn = (h: Harness, username: string) => h.login(username, `${username}-pass-1`);

export async function receiveAt(h: Harness, username: string, at: string, procedureCode: string, fullName: string) {
  h.clock.set(at);
  const token = await signIn(h, username);
  const components = (await h.ok('catalog.get', { code: procedureCode }, token)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  const feeQuantities = procedureCode === COPY ? { pages: 2, copies: 1 } : undefined;
  const created = await h.ok('dossiers.create', { procedureCode, applicant: { fullName, address: 'Tổ 1, Phường Tập Huấn' }, components, feeQuantities }, token);
  return { ...created, components: components.map((c) => c.code) };
}

/** One step at its own Vietnam time, by that officer. */
export async function at<T>(h: Harness, when: string, username: string, step: (token: string) => Promise<T>): Promise<T> {
  h.clock.set(when);
  return step(await signIn(h, username));
}

/** A change the portal's feed would make (a stop, a result file, no promised time), written as the feed writes it. */
export function asTheFeed(h: Harness, change: (db: Database.Database) => void): void {
  const db = openDeskDatabase(h.dir);
  db.pragma('busy_timeout = 5000');
  try {
    change(db);
  } finally {
    db.close();
  }
}

export function stopByBackOffice(db: Database.Database, id: string, when: string) {
  db.prepare('UPDATE dossiers SET status = 8, revision = revision + 1 WHERE id = ?').run(id);
  db.prepare(
    `INSERT INTO dossier_status_history(dossier_id, status, action, at, user_id, username, full_name, reason, revision)
     VALUES (?, 8, 'feed', ?, NULL, 'cong-dvc', 'Cổng dịch vụ công', 'Dừng xử lý', (SELECT revision FROM dossiers WHERE id = ?))`,
  ).run(id, when, id);
}

export async function attachAll(h: Harness, username: string, dossier: { id: string; components: string[] }) {
  const page = (await scannedPage('Giấy tờ', { width: 400, height: 560 })).toString('base64');
  const token = await signIn(h, username);
  for (const componentCode of dossier.components) {
    await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: `${componentCode}.jpg`, contentBase64: page }, token);
  }
}

/** Every dossier of a list, page after page. */
export async function listAll(h: Harness, token: string, indicator: IndicatorFilter): Promise<string[]> {
  const codes: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await h.ok('dossiers.list', { indicator, limit: 5, ...(cursor ? { cursor } : {}) }, token);
    codes.push(...page.items.map((i) => i.code));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return codes;
}

export function figureOf(report: IndicatorReport, code: string) {
  const found = report.figures.find((f) => f.code === code);
  if (!found) throw new Error(`no figure ${code}`);
  return found;
}
