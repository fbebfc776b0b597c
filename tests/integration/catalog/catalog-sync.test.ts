// catalog.sync against the training portal on loopback, over a real SQLite file: the first sync
// adds every procedure, a changed one becomes a new version, a withdrawn one leaves intake while
// its dossier still reads, the portal offline or a malformed answer changes nothing, and the
// synced catalogue stays after a restart without a portal.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../../electron/core/catalog';
import { createCore } from '../../../electron/core/create-core';
import { startCore, ADMIN_PASSWORD, FAST_PASSWORD_PARAMS } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';
import { openDeskDatabase } from '../../support/desk-database';

const CATALOG = loadCatalogDir(path.resolve('resources', 'catalog'));
type NationalRecord = Record<string, unknown> & { code: string };
const real = (code: string) => (JSON.parse(fs.readFileSync(`tests/fixtures/national/dvcqg-procedure-${code}.json`, 'utf8')) as { data: NationalRecord }).data;
const COPY = '2.000815';
const BIRTH = '1.001193';
const SIGNATURE = '2.000884';
const REREGISTER_BIRTH = '1.004884';

async function deskAndPortal() {
  const p = await startPortal({ procedures: CATALOG, nationalRecords: [real(COPY), real(BIRTH)] });
  const h = await startCore({ portal: p.settings, syncIntervalMs: 600_000 });
  h.clock.set(new Date().toISOString());
  const supervisor = await h.userWithRole('supervisor', 'lanhdao');
  const officer = await h.userWithRole('officer', 'quay1');
  return { p, h, supervisor, officer };
}

describe('catalog.sync from the training portal', () => {
  it('adds, versions, withdraws; the dossier of a withdrawn procedure keeps reading its version', async () => {
    const { p, h, supervisor, officer } = await deskAndPortal();
    // Before any sync: the shipped catalogue, without versions.
    const shipped = await h.ok('catalog.list', undefined, officer);
    expect(shipped.map((s) => s.code).sort()).toEqual(CATALOG.map((c) => c.code).sort());
    expect((await h.ok('catalog.get', { code: COPY }, officer)).version).toBeUndefined();
    expect((await h.raw('catalog.sync', {}, officer)).ok).toBe(false); // supervisors only

    const first = await h.ok('catalog.sync', {}, supervisor);
    expect(first).toMatchObject({ added: CATALOG.length, changed: 0, withdrawn: 0 });
    expect(first.issues).toBeGreaterThanOrEqual(2); // the two real records mark no component required
    const copy = await h.ok('catalog.get', { code: COPY }, officer);
    expect(copy).toMatchObject({ version: 1, feeQuantities: expect.arrayContaining(['pages', 'copies']) });
    expect(copy.components.map((c) => c.code)).toEqual(['000.00.00.G15-KQ1973']);
    expect(copy.fees).toEqual([expect.objectContaining({ kind: 'per-page', capPerCopy: 200_000 })]);
    const birth = await h.ok('catalog.get', { code: BIRTH }, officer);
    expect(birth.cases?.map((c) => c.code)).toEqual(['1.001193.01', '1.001193.02']);
    // A shipped procedure comes back from the portal as it went: same components and fee.
    const signature = await h.ok('catalog.get', { code: SIGNATURE }, officer);
    expect(signature.components.map((c) => [c.code, c.required])).toEqual(CATALOG.find((c) => c.code === SIGNATURE)!.components.map((c) => [c.code, c.required]));
    expect((await h.ok('catalog.list', undefined, officer))).toHaveLength(CATALOG.length);
    // Nothing changed on the portal: a second sync finds nothing.
    expect(await h.ok('catalog.sync', {}, supervisor)).toEqual({ added: 0, changed: 0, withdrawn: 0, issues: 0 });

    // A dossier received under version 1, with its fee by the mapped per-page rule.
    const dossier = await h.ok(
      'dossiers.create',
      { procedureCode: COPY, applicant: { fullName: 'Lò Văn Páo', address: 'Bản Lang' }, components: [{ code: '000.00.00.G15-KQ1973', originals: 1, copies: 0 }], feeQuantities: { pages: 5, copies: 2 } },
      officer,
    );
    expect((await h.ok('dossiers.get', { id: dossier.id }, officer)).fee.total).toBe(14_000);

    // The portal adds a component: a new version; version 1 stays readable.
    const changed = real(COPY);
    (changed.executionCases as Array<{ profileComponents: unknown[] }>)[0]!.profileComponents.push({ code: '000.00.00.G15-KQ9999', name: 'Tờ khai yêu cầu chứng thực', originalQty: 1, copyQty: 0, required: true });
    await p.control({ catalogue: { put: [changed] } });
    expect(await h.ok('catalog.sync', {}, supervisor)).toMatchObject({ added: 0, changed: 1, withdrawn: 0 });
    expect((await h.ok('catalog.get', { code: COPY }, officer)).components.map((c) => c.code)).toEqual(['000.00.00.G15-KQ1973', '000.00.00.G15-KQ9999']);
    expect((await h.ok('catalog.get', { code: COPY }, officer)).version).toBe(2);
    expect((await h.ok('catalog.get', { code: COPY, version: 1 }, officer)).components).toHaveLength(1);

    // Withdrawn: gone from intake, refused for a new dossier; the old dossier and its version still read.
    await p.control({ catalogue: { withdraw: [COPY] } });
    expect(await h.ok('catalog.sync', {}, supervisor)).toMatchObject({ added: 0, changed: 0, withdrawn: 1 });
    expect((await h.ok('catalog.list', undefined, officer)).map((s) => s.code)).not.toContain(COPY);
    expect(await h.ok('catalog.get', { code: COPY }, officer)).toMatchObject({ version: 2, withdrawn: true });
    const refused = await h.raw('dossiers.create', { procedureCode: COPY, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components: [], feeQuantities: { pages: 1 } }, officer);
    expect(!refused.ok && refused.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('bãi bỏ') });
    const read = await h.ok('dossiers.get', { id: dossier.id }, officer);
    expect(read.components.map((c) => c.code)).toEqual(['000.00.00.G15-KQ1973']);
    const db = openDeskDatabase(h.dir, { readonly: true });
    try {
      const { procedure_version } = db.prepare('SELECT procedure_version FROM dossiers WHERE id = ?').get(dossier.id) as { procedure_version: number };
      expect(procedure_version).toBe(1);
      expect((await h.ok('catalog.get', { code: COPY, version: procedure_version }, officer)).components).toHaveLength(1);
      // Each sync is in the audit, with what it did.
      const audits = db.prepare(`SELECT after_json FROM audit_log WHERE method = 'catalog.sync' ORDER BY id`).all() as Array<{ after_json: string }>;
      expect(audits.map((a) => JSON.parse(a.after_json) as { added: number; changed: number; withdrawn: number })).toEqual([
        expect.objectContaining({ added: CATALOG.length, changed: 0, withdrawn: 0 }),
        expect.objectContaining({ added: 0, changed: 0, withdrawn: 0 }),
        expect.objectContaining({ changed: 1, versions: { [COPY]: 2 } }),
        expect.objectContaining({ withdrawn: 1, withdrawnCodes: [COPY] }),
      ]);
    } finally {
      db.close();
    }
  });

  it('offline, or with a malformed answer, the catalogue stays as it was; a bad record is an issue and the others go in', async () => {
    const { p, h, supervisor, officer } = await deskAndPortal();
    await h.ok('catalog.sync', {}, supervisor);
    const before = await h.ok('catalog.list', undefined, officer);
    const birthV1 = await h.ok('catalog.get', { code: BIRTH }, officer);

    // Two changes; the portal fails on the second LayThuTuc: neither goes in.
    const birth = real(BIRTH);
    birth.name = 'Thủ tục đăng ký khai sinh (sửa đổi)';
    await p.control({ catalogue: { put: [birth] } });
    const copy = real(COPY);
    copy.name = 'Chứng thực bản sao từ bản chính (sửa đổi)';
    await p.control({ catalogue: { put: [copy] }, faults: [{ kind: 'status-5xx', service: 'LayThuTuc', maHoSo: COPY, times: 1 }] });
    const down = await h.raw('catalog.sync', {}, supervisor);
    expect(!down.ok && down.error).toMatchObject({ code: 'PORTAL_UNAVAILABLE', message: expect.stringMatching(/^Chưa cập nhật được danh mục thủ tục: .*HTTP 503.*Danh mục giữ nguyên\.$/) });
    expect(await h.ok('catalog.get', { code: BIRTH }, officer)).toEqual(birthV1);

    // A malformed list: a clear Vietnamese error, nothing changes.
    await p.control({ faults: [{ kind: 'malformed', service: 'LayDanhSachTTHC', times: 1 }] });
    const garbled = await h.raw('catalog.sync', {}, supervisor);
    expect(!garbled.ok && garbled.error.message).toMatch(/LayDanhSachTTHC của cổng không đúng định dạng \(result\[0\].*danh mục giữ nguyên/);
    // A malformed LayThuTuc answer (not the record asked for): the same.
    await p.control({ faults: [{ kind: 'malformed', service: 'LayThuTuc', times: 1 }] });
    const garbledRecord = await h.raw('catalog.sync', {}, supervisor);
    expect(!garbledRecord.ok && garbledRecord.error.message).toMatch(/LayThuTuc của cổng cho thủ tục .* không đúng định dạng/);
    expect(await h.ok('catalog.get', { code: BIRTH }, officer)).toEqual(birthV1);
    expect(await h.ok('catalog.list', undefined, officer)).toEqual(before);

    // One record of wrong types: an issue, it keeps its version; the two changes go in.
    const broken = real(COPY);
    broken.code = REREGISTER_BIRTH;
    broken.cases = 'một ngày';
    await p.control({ catalogue: { put: [broken] } });
    expect(await h.ok('catalog.sync', {}, supervisor)).toEqual({ added: 0, changed: 2, withdrawn: 0, issues: 3 });
    expect((await h.ok('catalog.get', { code: BIRTH }, officer)).name).toBe('Thủ tục đăng ký khai sinh (sửa đổi)');
    expect(await h.ok('catalog.get', { code: REREGISTER_BIRTH }, officer)).toMatchObject({ version: 1, name: CATALOG.find((c) => c.code === REREGISTER_BIRTH)!.name });
    // catalog.syncIssues names each procedure and field: the refused record, and the two imported with a field to complete.
    // (Open since the first sync: the procedures whose fee the province sets, with no amount yet.)
    const open = await h.ok('catalog.syncIssues', undefined, supervisor);
    const mine = [BIRTH, REREGISTER_BIRTH, COPY];
    expect(open.filter((i) => mine.includes(i.code)).map((i) => [i.code, i.imported, i.issues.map((x) => x.field)])).toEqual([
      [BIRTH, true, ['components.required']],
      [REREGISTER_BIRTH, false, ['bản ghi']],
      [COPY, true, ['components.required']],
    ]);
    const provinceFees = open.filter((i) => !mine.includes(i.code));
    expect(provinceFees.length).toBeGreaterThan(0);
    expect(provinceFees.every((i) => i.imported && i.issues.map((x) => x.field).join() === 'fees[0].amount')).toBe(true);
    expect(open.find((i) => i.code === REREGISTER_BIRTH)!.issues[0]!.message).toBe('trường "cases": cases phải là mảng');
    expect((await h.raw('catalog.syncIssues', undefined, officer)).ok).toBe(false); // supervisors only
    // The record fixed on the portal: read again, its issue is gone.
    const fixed = real(COPY);
    fixed.code = REREGISTER_BIRTH;
    fixed.name = 'Đăng ký lại khai sinh';
    await p.control({ catalogue: { put: [fixed] } });
    expect(await h.ok('catalog.sync', {}, supervisor)).toMatchObject({ changed: 1, issues: 1 });
    expect((await h.ok('catalog.syncIssues', undefined, supervisor)).filter((i) => mine.includes(i.code)).map((i) => [i.code, i.imported, i.issues.map((x) => x.field)])).toEqual([
      [BIRTH, true, ['components.required']],
      [REREGISTER_BIRTH, true, ['components.required']],
      [COPY, true, ['components.required']],
    ]);

    // The portal gone: the error, and the catalogue as it was.
    const synced = await h.ok('catalog.list', undefined, officer);
    await p.portal.close();
    const offline = await h.raw('catalog.sync', {}, supervisor);
    expect(!offline.ok && offline.error).toMatchObject({ code: 'PORTAL_UNAVAILABLE', message: expect.stringContaining('Không kết nối được cổng dịch vụ công') });
    expect(await h.ok('catalog.list', undefined, officer)).toEqual(synced);

    // Restarted without a portal, the desk keeps the synced catalogue (not the shipped one).
    await h.core.close();
    const again = await createCore({ dataDir: h.dir, clock: h.clock, adminPassword: ADMIN_PASSWORD, passwordParams: FAST_PASSWORD_PARAMS });
    try {
      const token = await again.call('auth.login', { username: 'quay1', password: 'quay1-pass-1' }, null, { transport: 'http' });
      if (!token.ok) throw new Error(JSON.stringify(token.error));
      const list = await again.call('catalog.list', undefined, (token.value as { token: string }).token, { transport: 'http' });
      expect(list.ok && list.value).toEqual(synced);
    } finally {
      await again.close();
    }
  });
});
