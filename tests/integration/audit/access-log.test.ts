// The access log over a real core: every read of a person's data the test makes is there (who,
// when, which dossier or which words, which method), nothing else is; privacy.accessLog filters
// and pages; the retention setting; privacy.subjectReport gathers one ID number and logs itself.
import { describe, expect, it } from 'vitest';
import type { AccessLogItem } from '../../../shared/api';
import { startCore, type Harness } from '../../support/core-harness';
import { scannedPage } from '../attachments/test-pages';
import { CERTIFIED_COPY, readDb } from '../cash/cash-fixtures';
import { openDeskDatabase } from '../../support/desk-database';
import { makeTempDir } from '../../support/temp-dir';
import { closeDatabase, openDatabase } from '../../../electron/core/db/open-database';
import { AccessLog } from '../../../electron/core/privacy/access-log';

const ID = '001085012345';
const NAME = 'Phạm Thị Thu Hằng';

async function dayOfWork(h: Harness) {
  const officer = await h.userWithRole('officer', 'quay1');
  const components = (await h.ok('catalog.get', { code: CERTIFIED_COPY }, officer)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  const dossier = await h.ok(
    'dossiers.create',
    {
      procedureCode: CERTIFIED_COPY,
      applicant: { fullName: NAME, idType: 'cccd', idNumber: ID, birthDate: '1985-03-04', address: 'Số 5, Tổ 2, Phường Tân Phong', phone: '0912345678' },
      components,
      feeQuantities: { pages: 3, copies: 1 },
    },
    officer,
  );
  // Someone else's dossier, where she came as the delegate.
  const other = await h.ok(
    'dossiers.create',
    {
      procedureCode: CERTIFIED_COPY,
      applicant: { fullName: 'Phạm Văn Bình', idNumber: '001060000111', address: 'Số 5, Tổ 2, Phường Tân Phong' },
      delegate: { fullName: NAME, idNumber: ID, relation: 'con' },
      components,
      feeQuantities: { pages: 1, copies: 1 },
    },
    officer,
  );
  const unrelated = await h.ok('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: { fullName: 'Lê Văn Cường', address: 'Tổ 9' }, components, feeQuantities: { pages: 1, copies: 1 } }, officer);
  const added = await h.ok(
    'attachments.add',
    { dossierId: dossier.id, componentCode: components[0]!.code, fileName: 'cccd-mat-truoc.jpg', contentBase64: (await scannedPage('CCCD')).toString('base64') },
    officer,
  );
  await h.ok('cash.open', { float: 100_000 }, officer);
  const paid = await h.ok('payments.collect', { dossierId: dossier.id, tendered: 50_000 }, officer);
  return { officer, dossier, other, unrelated, attachmentId: added.id, paymentId: paid.paymentId };
}

const pick = (items: AccessLogItem[]) => items.map(({ username, method, purpose, dossierId, attachmentId, words, detail }) => ({ username, method, purpose, dossierId, attachmentId, words, detail }));

describe('the access log', () => {
  it('holds an entry for every read of personal data the test made, and only those', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    const work = await dayOfWork(h);
    const { officer, dossier, attachmentId, paymentId } = work;
    const supervisor = await h.userWithRole('supervisor', 'lanhdao');
    const firstIdBefore = readDb(h, (db) => (db.prepare('SELECT count(*) AS n FROM access_log').get() as { n: number }).n);
    expect(firstIdBefore).toBe(0); // intake, upload and collection are writes (in the audit), not reads

    await h.ok('dossiers.get', { id: dossier.id }, officer);
    await h.ok('dossiers.list', { search: 'hang', limit: 50 }, officer);
    await h.ok('dossiers.list', { limit: 50 }, officer); // a queue page without words: not a search
    await h.ok('attachments.content', { id: attachmentId }, officer);
    await h.ok('attachments.thumbnail', { id: attachmentId, page: 1 }, officer);
    await h.ok('payments.receipt', { paymentId }, officer);
    await h.ok('privacy.recordPrint', { form: 'receipt', dossierId: dossier.id }, officer);
    const vnToday = '2026-11-25';
    await h.ok('cash.reportExcel', { date: vnToday }, officer);
    await h.ok('audit.list', { entityId: dossier.code, limit: 100 }, supervisor);
    await h.ok('audit.exportExcel', {}, supervisor);
    // A read refused (unknown dossier) or refused input reads nothing and logs nothing.
    expect((await h.raw('dossiers.get', { id: '00000000-0000-4000-8000-000000000000' }, officer)).ok).toBe(false);
    expect((await h.raw('dossiers.list', { search: 'x'.repeat(101) }, officer)).ok).toBe(false);

    const log = await h.ok('privacy.accessLog', { limit: 100 }, admin);
    expect(pick(log.items).reverse()).toEqual([
      { username: 'quay1', method: 'dossiers.get', purpose: 'view', dossierId: dossier.id, attachmentId: null, words: null, detail: null },
      { username: 'quay1', method: 'dossiers.list', purpose: 'search', dossierId: null, attachmentId: null, words: 'hang', detail: null },
      { username: 'quay1', method: 'attachments.content', purpose: 'view', dossierId: dossier.id, attachmentId, words: null, detail: null },
      { username: 'quay1', method: 'attachments.thumbnail', purpose: 'view', dossierId: dossier.id, attachmentId, words: null, detail: 'trang 1' },
      { username: 'quay1', method: 'payments.receipt', purpose: 'print', dossierId: dossier.id, attachmentId: null, words: null, detail: 'biên lai' },
      { username: 'quay1', method: 'privacy.recordPrint', purpose: 'print', dossierId: dossier.id, attachmentId: null, words: null, detail: 'receipt' },
      { username: 'quay1', method: 'cash.reportExcel', purpose: 'export', dossierId: null, attachmentId: null, words: null, detail: `báo cáo thu tiền ngày ${vnToday} (Excel)` },
      { username: 'lanhdao', method: 'audit.list', purpose: 'view', dossierId: null, attachmentId: null, words: dossier.code, detail: 'nhật ký hệ thống của đối tượng' },
      { username: 'lanhdao', method: 'audit.exportExcel', purpose: 'export', dossierId: null, attachmentId: null, words: null, detail: 'nhật ký hệ thống (Excel)' },
    ]);
    expect(log.items.every((item) => item.transport === 'http' && item.at === '2026-11-25T02:00:00.000Z')).toBe(true);
    expect(log.items[log.items.length - 1]!.dossierCode).toBe(dossier.code);

    // Filters: by dossier (its id or its code), by user, by Vietnam day; pages by cursor.
    const byDossier = await h.ok('privacy.accessLog', { dossierId: dossier.code, limit: 100 }, admin);
    expect(byDossier.items.map((i) => i.method)).toEqual(['privacy.recordPrint', 'payments.receipt', 'attachments.thumbnail', 'attachments.content', 'dossiers.get']);
    expect((await h.ok('privacy.accessLog', { dossierId: dossier.id, limit: 100 }, admin)).items).toEqual(byDossier.items);
    expect((await h.ok('privacy.accessLog', { user: 'lanhdao', limit: 100 }, admin)).items.map((i) => i.method)).toEqual(['audit.exportExcel', 'audit.list']);
    expect((await h.ok('privacy.accessLog', { from: '2026-11-26', limit: 100 }, admin)).items).toEqual([]);
    expect((await h.ok('privacy.accessLog', { from: '2026-11-25', to: '2026-11-25', limit: 100 }, admin)).items).toHaveLength(9);
    const page1 = await h.ok('privacy.accessLog', { limit: 4 }, admin);
    const page2 = await h.ok('privacy.accessLog', { limit: 4, cursor: page1.nextCursor! }, admin);
    const page3 = await h.ok('privacy.accessLog', { limit: 4, cursor: page2.nextCursor! }, admin);
    expect([...page1.items, ...page2.items, ...page3.items]).toEqual(log.items);
    expect(page3.nextCursor).toBeNull();

    // Only the admin reads the access log; bad filters are refused in Vietnamese and log nothing.
    expect(await h.raw('privacy.accessLog', {}, supervisor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await h.raw('privacy.accessLog', { from: '2026-13-01' }, admin);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { from: 'Từ ngày: ngày không tồn tại.' } } });
    expect(await h.raw('privacy.accessLog', { from: '2026-11-26', to: '2026-11-25' }, admin)).toMatchObject({ ok: false, error: { fields: { to: 'Từ ngày phải trước hoặc bằng đến ngày.' } } });
    expect((await h.ok('privacy.accessLog', { limit: 100 }, admin)).items).toHaveLength(9);
  });

  it('keeps entries for the retention (24 months by default, a setting) and drops older ones at start', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    expect(await h.ok('privacy.settings', {}, admin)).toEqual({ accessLogRetentionMonths: 24 });
    expect(await h.raw('privacy.configure', { accessLogRetentionMonths: 6 }, admin)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { accessLogRetentionMonths: 'Nhật ký truy cập phải được lưu ít nhất 24 tháng.' } },
    });
    expect(await h.ok('privacy.configure', { accessLogRetentionMonths: 30 }, admin)).toEqual({ accessLogRetentionMonths: 30 });
    await h.core.close();
    const db = openDeskDatabase(h.dir);
    const add = db.prepare(`INSERT INTO access_log(at, username, method, transport, purpose) VALUES (?, 'quay1', 'dossiers.get', 'http', 'view')`);
    add.run('2024-05-24T00:00:00.000Z'); // older than 30 months before 2026-11-25
    add.run('2024-05-26T00:00:00.000Z'); // within
    db.close();
    const again = await startCore({ dataDir: h.dir });
    await new Promise((r) => setTimeout(r, 2_000)); // the start-up duties run after 1.5 s
    expect(again.dir).not.toBe(h.dir);
    expect(readDb(h, (d) => d.prepare('SELECT at FROM access_log ORDER BY at').all())).toEqual([{ at: '2024-05-26T00:00:00.000Z' }]);
  });

  it('privacy.subjectReport gathers the dossiers, payments, attachment names and reads of one ID number, and logs the request', async () => {
    const h = await startCore();
    const admin = await h.adminToken();
    const { officer, dossier, other, unrelated } = await dayOfWork(h);
    await h.ok('dossiers.get', { id: dossier.id }, officer);
    await h.ok('dossiers.list', { search: ID, limit: 50 }, officer);
    await h.ok('dossiers.get', { id: unrelated.id }, officer);
    const supervisor = await h.userWithRole('supervisor', 'lanhdao');
    expect(await h.raw('privacy.subjectReport', { idNumber: ID }, officer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.raw('privacy.subjectReport', { idNumber: '0010-85' }, supervisor)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const report = await h.ok('privacy.subjectReport', { idNumber: ID }, supervisor);
    expect(report.names).toEqual([NAME]);
    expect(report.dossiers.map((d) => [d.code, d.roles])).toEqual([
      [dossier.code, ['applicant']],
      [other.code, ['delegate']],
    ]);
    expect(report.dossiers[0]!.applicant).toMatchObject({ fullName: NAME, idNumber: ID, birthDate: '1985-03-04', phone: '0912345678' });
    // On the other dossier only what is hers: the applicant's name, not his ID or address.
    expect(report.dossiers[1]!.applicant).toEqual({ fullName: 'Phạm Văn Bình' });
    expect(report.dossiers[1]!.delegate).toMatchObject({ fullName: NAME, idNumber: ID });
    expect(report.payments).toEqual([expect.objectContaining({ dossierCode: dossier.code, payerName: NAME, status: 'paid' })]);
    expect(report.attachments).toEqual([expect.objectContaining({ dossierCode: dossier.code, fileName: 'cccd-mat-truoc.jpg', pages: 1 })]);
    expect(JSON.stringify(report)).not.toContain('contentBase64');
    expect(report.accessLog.map((a) => [a.method, a.words ?? a.dossierCode])).toEqual([
      ['dossiers.list', ID],
      ['dossiers.get', dossier.code],
    ]);
    // The request itself is in the access log, and shows in the next report.
    const exported = await h.ok('privacy.subjectReport', { idNumber: ID, purpose: 'export' }, admin);
    expect(exported.accessLog.slice(0, 1).map((a) => [a.username, a.method, a.purpose, a.words])).toEqual([['lanhdao', 'privacy.subjectReport', 'view', ID]]);
    const log = await h.ok('privacy.accessLog', { limit: 3 }, admin);
    expect(log.items.map((a) => [a.username, a.method, a.purpose, a.words])).toEqual([
      ['admin', 'privacy.subjectReport', 'export', ID],
      ['lanhdao', 'privacy.subjectReport', 'view', ID],
      ['quay1', 'dossiers.get', 'view', null],
    ]);
  });

  it('writes each entry without an fsync of its own and gives the connection its durability back', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const { db } = openDatabase(dir);
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL, as the desk opens it
      new AccessLog(db).record(new Date('2026-11-25T02:00:00Z'), { userId: null, username: 'quay1' }, 'dossiers.get', 'http', { purpose: 'view', dossierId: 'x' });
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.prepare('SELECT username, method, purpose, dossier_id FROM access_log').all()).toEqual([{ username: 'quay1', method: 'dossiers.get', purpose: 'view', dossier_id: 'x' }]);
      closeDatabase(db);
    } finally {
      cleanup();
    }
  });
});
