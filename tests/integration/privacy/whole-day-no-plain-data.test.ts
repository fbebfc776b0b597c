// A whole day at the counter on a real host process and a real data folder: intake, scanned pages,
// fees collected and a receipt printed, searches and reads, sync with the portal, a backup by hand
// and the one after the cash close. Then every file of the data folder, of the backup folder and
// everything the host wrote to its stdout and stderr is searched for the applicant's name, ID number,
// phone and address (UTF-8 as typed, lowercase, decomposed, without diacritics, UTF-16) and for a
// stretch of the scanned page: none is found, while the host runs (WAL) and after it stopped.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DENOMINATIONS } from '../../../shared/api';
import { allComponents, buildHostBundle, startDeskProcess, productionHostArgs } from '../../support/host-process';
import { postApi } from '../../support/http-json';
import { makeTempDir } from '../../support/temp-dir';
import { startPortal } from '../../support/training-portal-harness';
import { scannedPage } from '../attachments/test-pages';

const CERTIFIED_COPY = '2.000815';
const BIRTH = '1.001193';
const PERSON = { fullName: 'Trịnh Thị Quỳnh Hương', idType: 'cccd', idNumber: '034187006543', phone: '0978123456', address: 'Số 17 ngõ Trúc Lạc, Tổ dân phố Đồng Tâm' };
const DELEGATE = { fullName: 'Lưu Đức Thắng', idNumber: '034085009876', relation: 'chồng' };

/** The forms a personal detail can take in a file: as typed, lowercase, decomposed (NFD), without diacritics, UTF-16. */
function formsOf(value: string): Buffer[] {
  const plain = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const texts = new Set([value, value.toLowerCase(), value.normalize('NFD'), value.toLowerCase().normalize('NFD'), plain, plain.toLowerCase()]);
  return [...texts].flatMap((t) => [Buffer.from(t, 'utf8'), Buffer.from(t, 'utf16le')]);
}

function filesUnder(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Each place (file or stream) where a secret shows, as "place: what". */
function findSecrets(places: Array<{ name: string; bytes: Buffer }>, secrets: Array<{ what: string; forms: Buffer[] }>): string[] {
  const found: string[] = [];
  for (const place of places) for (const secret of secrets) if (secret.forms.some((f) => place.bytes.includes(f))) found.push(`${place.name}: ${secret.what}`);
  return found;
}

const filePlaces = (root: string) => filesUnder(root).map((file) => ({ name: file, bytes: fs.readFileSync(file) }));

function greedyCount(amount: number): Record<string, number> {
  const counted: Record<string, number> = {};
  let left = amount;
  for (const d of DEFAULT_DENOMINATIONS) {
    const n = Math.floor(left / d);
    if (n > 0) counted[String(d)] = n;
    left -= n * d;
  }
  if (left !== 0) throw new Error(`cannot count ${amount}`);
  return counted;
}

describe('a whole day at the counter leaves no plain personal data on disk or in the logs', () => {
  beforeAll(buildHostBundle, 60_000);
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('intake, scans, payments, reads, sync, backups: the data folder, the backups and the host output hold none of it', async () => {
    const portal = await startPortal();
    const production = productionHostArgs(portal.settings, 1);
    const { dataDir, host, url, token: admin } = await startDeskProcess(cleanups, { extraArgs: production, env: { MOTCUA_PORTAL_PASSWORD: portal.settings.password } });
    const backups = makeTempDir('motcua-backups-');
    cleanups.push(backups.cleanup);
    const call = async <T = unknown>(method: string, input: unknown, token: string): Promise<T> => {
      const r = (await postApi(url, method, input, token)).json() as { ok: boolean; value?: T; error?: unknown };
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };

    // The morning: an officer's account, the backup folder.
    await call('users.create', { username: 'quay1', fullName: 'Cán bộ Quầy Một', role: 'officer', password: 'mat-khau-dau-1' }, admin);
    const first = (await postApi(url, 'auth.login', { username: 'quay1', password: 'mat-khau-dau-1' })).json().value.token as string;
    await call('auth.changePassword', { currentPassword: 'mat-khau-dau-1', newPassword: 'mat-khau-quay-1' }, first);
    const officer = (await postApi(url, 'auth.login', { username: 'quay1', password: 'mat-khau-quay-1' })).json().value.token as string;
    await call('backup.configure', { folder: backups.dir }, admin);
    await call('cash.open', { float: 200_000 }, officer);

    // Intake: her own dossier with a fee, and one where she comes with her husband as the delegate.
    const copyComponents = await allComponents(url, officer, CERTIFIED_COPY);
    const own = await call<{ id: string; code: string }>('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: PERSON, components: copyComponents, feeQuantities: { pages: 4, copies: 2 } }, officer);
    const birth = await call<{ id: string }>('dossiers.create', { procedureCode: BIRTH, applicant: PERSON, delegate: DELEGATE, components: await allComponents(url, officer, BIRTH) }, officer);
    // A refused input carrying her details changes nothing and echoes nothing into the log.
    const refused = (await postApi(url, 'dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: { ...PERSON, idNumber: `${PERSON.idNumber}x` }, components: copyComponents }, officer)).json();
    expect(refused.ok).toBe(false);

    // Scans: her ID card and a birth certificate page, stored as PDFs with thumbnails.
    const card = await scannedPage(`CCCD ${PERSON.fullName} ${PERSON.idNumber}`, { width: 1240, height: 1754 });
    const certificate = await scannedPage('Giấy chứng sinh', { width: 1240, height: 1754 });
    const cardAdded = await call<{ id: string }>('attachments.add', { dossierId: own.id, componentCode: copyComponents[0]!.code, fileName: `cccd-${PERSON.idNumber}.jpg`, contentBase64: card.toString('base64') }, officer);
    await call('attachments.add', { dossierId: birth.id, componentCode: (await allComponents(url, officer, BIRTH))[0]!.code, fileName: 'giay-chung-sinh.jpg', contentBase64: certificate.toString('base64') }, officer);

    // Fees: collected, the receipt printed.
    const paid = await call<{ paymentId: string; amount: number }>('payments.collect', { dossierId: own.id }, officer);
    await call('payments.receipt', { paymentId: paid.paymentId }, officer);
    await call('privacy.recordPrint', { form: 'receipt', dossierId: own.id }, officer);

    // Reads through the day.
    await call('dossiers.get', { id: own.id }, officer);
    await call('dossiers.list', { search: 'quỳnh hương', limit: 20 }, officer);
    await call('dossiers.list', { search: PERSON.idNumber, limit: 20 }, officer);
    await call('attachments.content', { id: cardAdded.id }, officer);
    await call('attachments.thumbnail', { id: cardAdded.id, page: 1 }, officer);
    await call('payments.list', { dossierId: own.id }, officer);
    await call('payments.unpaid', {}, officer);
    await call('privacy.subjectReport', { idNumber: PERSON.idNumber }, admin);

    // Sync: both dossiers and the scans reach the portal (which keeps them: it is the province's).
    await call('sync.run', {}, officer);
    await call('sync.issues', {}, officer);
    const state = await portal.state();
    expect(Object.keys(state.byMaHoSo)).toContain(own.code);

    // A backup by hand at noon, and the one the desk takes when the day's last cash session closes.
    await call('backup.create', {}, admin);
    await call('cash.close', { counted: greedyCount(200_000 + paid.amount) }, officer);
    const deadline = Date.now() + 20_000;
    while ((await call<unknown[]>('backup.list', {}, admin)).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await call<unknown[]>('backup.list', {}, admin)).toHaveLength(2);

    // The access log holds every read above.
    const log = await call<{ items: Array<{ method: string }> }>('privacy.accessLog', { limit: 500 }, admin);
    const read = new Set(log.items.map((i) => i.method));
    for (const m of ['dossiers.get', 'dossiers.list', 'attachments.content', 'attachments.thumbnail', 'payments.receipt', 'privacy.recordPrint', 'payments.list', 'payments.unpaid', 'sync.issues', 'privacy.subjectReport']) {
      expect(read.has(m), m).toBe(true);
    }

    const middle = (page: Buffer) => ({ what: 'a stretch of a scanned page', forms: [page.subarray(page.length / 2, page.length / 2 + 48)] });
    const secrets = [
      { what: 'name', forms: formsOf(PERSON.fullName) },
      { what: 'given names', forms: formsOf('Quỳnh Hương') },
      { what: 'ID number', forms: formsOf(PERSON.idNumber) },
      { what: 'phone', forms: formsOf(PERSON.phone) },
      { what: 'address', forms: formsOf(PERSON.address) },
      { what: 'street', forms: formsOf('Trúc Lạc') },
      { what: "delegate's name", forms: formsOf(DELEGATE.fullName) },
      { what: "delegate's ID number", forms: formsOf(DELEGATE.idNumber) },
      middle(card),
      middle(certificate),
    ];
    // A control: the same search finds each of them where they are in plain (the request bodies, the pages).
    const control = Buffer.concat([Buffer.from(JSON.stringify({ PERSON, DELEGATE }), 'utf8'), card, certificate]);
    expect(findSecrets([{ name: 'control', bytes: control }], secrets)).toHaveLength(secrets.length);

    const output = () => [
      { name: 'host stdout', bytes: Buffer.from(host.output().stdout) },
      { name: 'host stderr', bytes: Buffer.from(host.output().stderr) },
    ];
    // While the host runs: the database, its WAL, the content files, the backups, the log so far.
    expect(fs.existsSync(path.join(dataDir, 'desk.sqlite3-wal'))).toBe(true);
    expect(findSecrets([...filePlaces(dataDir), ...filePlaces(backups.dir), ...output()], secrets)).toEqual([]);
    host.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    // After a clean stop (WAL checkpointed into the file).
    const places = [...filePlaces(dataDir), ...filePlaces(backups.dir), ...output()];
    expect(places.filter((p) => p.name.startsWith(backups.dir)).length).toBeGreaterThan(4);
    expect(places.filter((p) => p.name.startsWith(path.join(dataDir, 'files'))).length).toBe(2);
    expect(findSecrets(places, secrets)).toEqual([]);
    // The host did log its day (so the search of its output searched something).
    expect(host.output().stderr).toContain('đã sao lưu');
  });
});
