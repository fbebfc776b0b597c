// No read of a person's data can be forgotten by the access log: every `read` method of the API is
// either listed as reading personal data or listed with why it does not, and each personal one,
// called on a real core over a real SQLite file, writes its own access-log row (who, which method).
import { describe, expect, it } from 'vitest';
import { api, type InputOf, type MethodName } from '../../../shared/api';
import { PERSONAL_DATA_READS, READS_WITHOUT_PERSONAL_DATA, type PersonalDataMethod } from '../../../shared/api/personal-data';
import { startCore, type Harness } from '../../support/core-harness';
import { scannedPage } from '../attachments/test-pages';
import { CERTIFIED_COPY, readDb } from '../cash/cash-fixtures';

interface Work {
  dossierId: string;
  attachmentId: string;
  paymentId: string;
  movementId: string;
}

/** One real call of each personal read (the typecheck asks for a new one here). */
const SAMPLES: { [M in PersonalDataMethod]: (w: Work) => InputOf<M> } = {
  'dossiers.get': (w) => ({ id: w.dossierId }),
  'dossiers.list': () => ({ search: 'hằng', limit: 20 }),
  'attachments.content': (w) => ({ id: w.attachmentId }),
  'attachments.thumbnail': (w) => ({ id: w.attachmentId, page: 1 }),
  'attachments.list': (w) => ({ dossierId: w.dossierId }),
  'payments.receipt': (w) => ({ paymentId: w.paymentId }),
  'payments.movementDocument': (w) => ({ movementId: w.movementId }),
  'payments.list': () => ({ date: '2026-11-25' }),
  'payments.unpaid': () => ({}),
  'cash.report': () => ({ date: '2026-11-25' }),
  'cash.reportExcel': () => ({ date: '2026-11-25' }),
  'reports.indicatorsExcel': () => ({ from: '2026-11-01', to: '2026-11-30' }),
  'logbook.list': () => ({ book: '01/2026' }),
  'logbook.excel': () => ({ book: '01/2026', from: '2026-11-01', to: '2026-11-30' }),
  'sync.issues': () => ({}),
  'audit.list': () => ({ limit: 10 }),
  'audit.exportExcel': () => ({}),
  'privacy.subjectReport': () => ({ idNumber: '001085012345' }),
  'privacy.recordPrint': (w) => ({ form: 'receipt', dossierId: w.dossierId }),
};

async function deskWithAPaidDossier(h: Harness, officer: string): Promise<Work> {
  const components = (await h.ok('catalog.get', { code: CERTIFIED_COPY }, officer)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
  const applicant = { fullName: 'Phạm Thị Thu Hằng', idType: 'cccd' as const, idNumber: '001085012345', address: 'Số 5, Tổ 2, Phường Tân Phong', phone: '0912345678' };
  const dossier = await h.ok('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant, components, feeQuantities: { pages: 3, copies: 1 } }, officer);
  const page = (await scannedPage('CCCD', { width: 620, height: 877 })).toString('base64');
  const added = await h.ok('attachments.add', { dossierId: dossier.id, componentCode: components[0]!.code, fileName: 'cccd.jpg', contentBase64: page }, officer);
  await h.userWithRole('supervisor', 'lanhdao');
  await h.ok('cash.open', { float: 100_000 }, officer);
  const paid = await h.ok('payments.collect', { dossierId: dossier.id, tendered: 50_000 }, officer);
  const refund = await h.ok('payments.refund', { paymentId: paid.paymentId, amount: 1_000, reason: 'Thu thừa', approval: { username: 'lanhdao', password: 'lanhdao-pass-1' } }, officer);
  return { dossierId: dossier.id, attachmentId: added.id, paymentId: paid.paymentId, movementId: refund.movementId };
}

describe('the access log misses no read of personal data', () => {
  it('every read method of the API is classified: personal (logged) or not, with a reason', () => {
    const reads = (Object.keys(api) as MethodName[]).filter((m) => api[m].kind === 'read').sort();
    const personal = Object.keys(PERSONAL_DATA_READS);
    const without = Object.keys(READS_WITHOUT_PERSONAL_DATA);
    expect(personal.filter((m) => without.includes(m))).toEqual([]);
    // A personal read that is also a write (the receipt counts its prints) is still logged.
    expect(reads.filter((m) => !personal.includes(m) && !without.includes(m))).toEqual([]);
    for (const m of [...personal, ...without]) expect(api[m as MethodName], m).toBeDefined();
    for (const m of without) expect(api[m as MethodName].kind, m).toBe('read');
    for (const reason of Object.values(READS_WITHOUT_PERSONAL_DATA)) expect(reason.length).toBeGreaterThan(5);
    // The reads the issue names, and the ones found since (lists of payments, unpaid fees, sync issues).
    expect(personal).toEqual(expect.arrayContaining(['dossiers.get', 'dossiers.list', 'attachments.content', 'attachments.thumbnail', 'payments.list', 'payments.unpaid', 'sync.issues', 'privacy.subjectReport']));
  });

  it('each personal read, called for real, writes one access-log row naming the caller and the method', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer', 'quay1');
    const work = await deskWithAPaidDossier(h, officer);
    const admin = await h.adminToken();
    const rows = () => readDb(h, (db) => db.prepare('SELECT username, method FROM access_log ORDER BY id').all() as Array<{ username: string; method: string }>);
    expect(rows()).toEqual([]); // intake, scan, collection and refund are writes: in the audit, not here

    const methods = Object.keys(SAMPLES) as PersonalDataMethod[];
    expect(methods.sort()).toEqual(Object.keys(PERSONAL_DATA_READS).sort());
    for (const method of methods) {
      const before = rows().length;
      // The admin may call every method; a row must name that account.
      const response = await h.raw(method, SAMPLES[method](work) as unknown, admin);
      expect(response.ok, `${method}: ${JSON.stringify(response.ok ? '' : response.error)}`).toBe(true);
      expect(rows().slice(before), method).toEqual([{ username: 'admin', method }]);
    }
    // Against the dossier where the method names it, directly or through its attachment, payment or phiếu chi.
    const byDossier = readDb(h, (db) => db.prepare('SELECT DISTINCT method FROM access_log WHERE dossier_id = ? ORDER BY method').all(work.dossierId) as Array<{ method: string }>);
    expect(byDossier.map((r) => r.method)).toEqual(
      ['attachments.content', 'attachments.list', 'attachments.thumbnail', 'dossiers.get', 'payments.movementDocument', 'payments.receipt', 'privacy.recordPrint'].sort(),
    );
  });
});
