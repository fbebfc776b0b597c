// A synced procedure with several cases (trường hợp): intake chooses one, and the promised time
// follows that case's processing time (dossiers.preview and dossiers.create agree).
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalogDir } from '../../../electron/core/catalog';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';
import { openDeskDatabase } from '../../support/desk-database';

const BIRTH = '1.001193';
const CATALOG = loadCatalogDir(path.resolve('resources', 'catalog'));

function birthWithTwoTimes() {
  const record = (JSON.parse(fs.readFileSync(`tests/fixtures/national/dvcqg-procedure-${BIRTH}.json`, 'utf8')) as { data: Record<string, unknown> & { code: string } }).data;
  record.cases = [
    { code: '1.001193.01', name: 'Đăng ký khai sinh đúng hạn', processingDay: { qty: 1, type: 'WORKING_DAY' } },
    { code: '1.001193.02', name: 'Đăng ký khai sinh cần xác minh', processingDay: { qty: 3, type: 'WORKING_DAY' } },
  ];
  return record;
}

describe('cases at intake', () => {
  it('the chosen case sets the promised time; a procedure with several needs one; a case of another procedure is refused', async () => {
    const p = await startPortal({ procedures: CATALOG, nationalRecords: [birthWithTwoTimes()] });
    const h = await startCore({ portal: p.settings, syncIntervalMs: 600_000 });
    h.clock.set('2026-12-07T02:00:00.000Z'); // Monday 09:00 in Vietnam
    const supervisor = await h.userWithRole('supervisor', 'lanhdao');
    const officer = await h.userWithRole('officer', 'quay1');
    expect(await h.ok('catalog.sync', {}, supervisor)).toMatchObject({ added: CATALOG.length });
    const detail = await h.ok('catalog.get', { code: BIRTH }, officer);
    expect(detail.cases).toEqual([
      { code: '1.001193.01', name: 'Đăng ký khai sinh đúng hạn', processingTime: { unit: 'working-days', amount: 1 } },
      { code: '1.001193.02', name: 'Đăng ký khai sinh cần xác minh', processingTime: { unit: 'working-days', amount: 3 } },
    ]);

    const base = { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components: [] };
    const one = await h.ok('dossiers.preview', { procedureCode: BIRTH, caseCode: '1.001193.01' }, officer);
    const three = await h.ok('dossiers.preview', { procedureCode: BIRTH, caseCode: '1.001193.02' }, officer);
    expect(one).toMatchObject({ dueAt: '2026-12-08T02:00:00.000Z', processingTimeText: '1 ngày làm việc' });
    expect(three).toMatchObject({ dueAt: '2026-12-10T02:00:00.000Z', processingTimeText: '3 ngày làm việc' });

    const none = await h.raw('dossiers.create', base, officer);
    expect(!none.ok && none.error).toMatchObject({ code: 'INVALID_INPUT', fields: { caseCode: 'Chọn trường hợp.' } });
    const wrong = await h.raw('dossiers.create', { ...base, caseCode: '2.000815.01' }, officer);
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'INVALID_INPUT', message: 'Trường hợp "2.000815.01" không thuộc thủ tục 1.001193.' });

    const created = await h.ok('dossiers.create', { ...base, caseCode: '1.001193.02' }, officer);
    expect(created.dueAt).toBe(three.dueAt);
    const db = openDeskDatabase(h.dir, { readonly: true });
    try {
      expect(db.prepare('SELECT procedure_case_code, procedure_version FROM dossiers WHERE id = ?').get(created.id)).toEqual({ procedure_case_code: '1.001193.02', procedure_version: 1 });
    } finally {
      db.close();
    }
  });
});
