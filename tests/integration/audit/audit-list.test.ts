// audit.list: filters (user, method or area, dossier by id or code, Vietnam days), keyset pages,
// roles and Vietnamese refusals; audit.exportExcel: the same rows in a workbook, Vietnam times.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startCore } from '../../support/core-harness';
import { CERTIFIED_COPY, applicant } from '../cash/cash-fixtures';

describe('audit.list and its Excel export', () => {
  it('filters, pages and exports the audit', async () => {
    const h = await startCore();
    h.clock.set('2026-11-25T16:40:00.000Z'); // 23:40 in Vietnam
    const admin = await h.adminToken();
    const officer = await h.userWithRole('officer', 'quay1');
    const supervisor = await h.userWithRole('supervisor', 'lanhdao');
    const components = (await h.ok('catalog.get', { code: CERTIFIED_COPY }, officer)).components.map((c) => ({ code: c.code, originals: 1, copies: 0 }));
    const first = await h.ok('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant, components, feeQuantities: { pages: 1, copies: 1 } }, officer);
    h.clock.set('2026-11-25T17:05:00.000Z'); // 00:05 the next Vietnam day
    const second = await h.ok('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant, components, feeQuantities: { pages: 1, copies: 1 } }, officer);
    await h.ok('dossiers.handOff', { id: second.id }, officer);

    const all = await h.ok('audit.list', { limit: 500 }, supervisor);
    expect(all.nextCursor).toBeNull();
    expect(all.items.map((i) => i.id)).toEqual([...all.items.map((i) => i.id)].sort((a, b) => b - a));
    expect(all.items[0]).toMatchObject({ method: 'dossiers.handOff', username: 'quay1', entity: 'dossier', entityId: second.id, dossierCode: second.code, transport: 'http' });

    const byCode = await h.ok('audit.list', { entityId: second.code, limit: 100 }, supervisor);
    expect(byCode.items.map((i) => i.method)).toEqual(['dossiers.handOff', 'dossiers.create']);
    expect((await h.ok('audit.list', { entityId: second.id, limit: 100 }, supervisor)).items).toEqual(byCode.items);
    expect((await h.ok('audit.list', { method: 'dossiers.create', limit: 100 }, supervisor)).items.map((i) => i.entityId)).toEqual([second.id, first.id]);
    expect((await h.ok('audit.list', { method: 'dossiers.', limit: 100 }, supervisor)).items).toHaveLength(3);
    expect((await h.ok('audit.list', { user: 'QUAY1', limit: 100 }, supervisor)).items.every((i) => i.username === 'quay1')).toBe(true);
    const day26 = await h.ok('audit.list', { from: '2026-11-26', to: '2026-11-26', limit: 100 }, supervisor);
    expect(day26.items.map((i) => i.method)).toEqual(['dossiers.handOff', 'dossiers.create']);
    expect((await h.ok('audit.list', { to: '2026-11-25', limit: 500 }, supervisor)).items).toHaveLength(all.items.length - 2);

    const pages: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await h.ok('audit.list', { limit: 3, ...(cursor ? { cursor } : {}) }, supervisor);
      pages.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual(all.items.map((i) => i.id));

    expect(await h.raw('audit.list', {}, officer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.raw('audit.list', { method: 'xoá hết' }, supervisor)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { method: expect.stringContaining('Chức năng') } } });
    expect(await h.raw('audit.list', { from: '25/11/2026' }, supervisor)).toMatchObject({ ok: false, error: { fields: { from: 'Từ ngày: phải là ngày dạng yyyy-mm-dd.' } } });
    expect(await h.raw('audit.list', { cursor: 'abc' }, supervisor)).toMatchObject({ ok: false, error: { fields: { cursor: 'Vị trí trang không hợp lệ.' } } });

    const file = await h.ok('audit.exportExcel', { entityId: second.code }, admin);
    expect(file).toMatchObject({ fileName: 'nhat-ky-he-thong-2026-11-26.xlsx', rows: 2 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Nhật ký hệ thống')!;
    const head = await h.ok('audit.head', {}, officer);
    expect(String(sheet.getCell(2, 1).value)).toContain(`đối tượng ${second.code}`);
    expect(sheet.getRow(4).values).toEqual(expect.arrayContaining(['Số dòng', 'Thời gian (giờ Việt Nam)', 'Chức năng']));
    expect(sheet.getCell(5, 4).value).toBe('dossiers.handOff');
    expect(sheet.getCell(6, 8).value).toBe(second.code);
    // 17:05 UTC shows as 00:05 the next day, Vietnam's wall clock.
    expect((sheet.getCell(6, 2).value as Date).toISOString()).toBe('2026-11-26T00:05:00.000Z');
    expect(head.id).toBeGreaterThan(all.items[0]!.id - 1);
    expect(String(sheet.getCell(2, 1).value)).toMatch(/Đầu chuỗi: dòng \d+, [0-9a-f]{64}/);
  });
});
