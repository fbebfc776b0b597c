import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { parseDossierCode } from '../../../shared/dossier-code';
import { openDeskDatabase } from '../../support/desk-database';

const CERTIFIED_COPY = '2.000815';
const BIRTH = '1.001193';

async function officerDesk(options = {}) {
  const h = await startCore(options);
  const token = await h.userWithRole('officer', 'lan');
  return { h, token };
}

async function fullComponents(h: Awaited<ReturnType<typeof startCore>>, token: string, code: string) {
  const p = await h.ok('catalog.get', { code }, token);
  return p.components.map((c) => ({ code: c.code, originals: c.originals || 1, copies: c.copies }));
}

describe('intake at the counter', () => {
  it('receives a dossier with its code, logbook row, history, fee, outbox and audit in one go', async () => {
    const { h, token } = await officerDesk({ counter: 2 });
    // Wednesday 25/11/2026 09:15 Vietnam time.
    h.clock.set('2026-11-25T02:15:00Z');
    const created = await h.ok('dossiers.create', {
      procedureCode: CERTIFIED_COPY,
      applicant: { fullName: '  Nguyễn   Văn Đức ', address: 'Phường Tân Phong, Lai Châu', idType: 'cccd', idNumber: '012090001234' },
      components: await fullComponents(h, token, CERTIFIED_COPY),
      feeQuantities: { pages: 5, copies: 2 },
    }, token);
    expect(created.status).toBe(2);
    expect(parseDossierCode(created.code)).toEqual({ agencyId: '000.00.00.H56', date: '2026-11-25', seq: 5501 });
    expect(created.rowNumber).toBe(1);
    const detail = await h.ok('dossiers.get', { id: created.id }, token);
    expect(detail.applicant.fullName).toBe('Nguyễn Văn Đức');
    expect(detail.revision).toBe(1);
    expect(detail.fee.total).toBe(14_000);
    expect(detail.history.map((x) => [x.status, x.by])).toEqual([[2, 'lan']]);
    expect(detail.allowedActions).toContain('handOff');
    const db = openDeskDatabase(h.dir, { readonly: true });
    expect(db.prepare('SELECT revision FROM outbox WHERE dossier_id = ?').all(created.id)).toEqual([{ revision: 1 }]);
    expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'dossier' AND entity_id = ?`).get(created.id)).toEqual({ n: 1 });
    db.close();
  });

  it('a dossier missing a required component cannot be received', async () => {
    const { h, token } = await officerDesk();
    const r = await h.raw('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components: [] }, token);
    expect(!r.ok && r.error.code).toBe('MISSING_COMPONENTS');
    expect(!r.ok && (r.error.details as { missing: unknown[] }).missing.length).toBeGreaterThan(0);
    const list = await h.ok('dossiers.list', {}, token);
    expect(list.items).toHaveLength(0);
  });

  it('walks the lifecycle and refuses an action not allowed now', async () => {
    const { h, token } = await officerDesk();
    const supervisor = await h.userWithRole('supervisor', 'hoa');
    h.clock.set('2026-11-25T02:00:00Z');
    const { id } = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components: await fullComponents(h, token, BIRTH) }, token);
    const early = await h.raw('dossiers.handOver', { id, collectedBy: { fullName: 'Lò Thị Mai' } }, token);
    expect(!early.ok && early.error.code).toBe('INVALID_TRANSITION');
    expect(!early.ok && early.error.message).toMatch(/Được tiếp nhận/);
    await h.ok('dossiers.requestSupplement', { id, reason: 'Thiếu giấy chứng sinh', items: ['Giấy chứng sinh'] }, token);
    h.clock.advance(20 * 60_000);
    const after = await h.ok('dossiers.receiveSupplement', { id }, token);
    expect(after.status).toBe(4);
    await h.ok('dossiers.markProcessed', { id }, supervisor);
    const done = await h.ok('dossiers.handOver', { id, collectedBy: { fullName: 'Lò Thị Mai' } }, token);
    expect(done.status).toBe(10);
    expect(done.revision).toBe(5);
    expect(done.history.map((x) => x.status)).toEqual([2, 5, 4, 9, 10]);
    const found = await h.ok('dossiers.list', { search: 'lo thi mai' }, token);
    expect(found.items.map((i) => i.id)).toEqual([id]);
  });

  it('a certified copy without its page count is refused with a clear message, and the preview says why', async () => {
    const { h, token } = await officerDesk();
    const components = await fullComponents(h, token, CERTIFIED_COPY);
    const r = await h.raw('dossiers.create', { procedureCode: CERTIFIED_COPY, applicant: { fullName: 'Lò Văn Páo', address: 'Bản Lang' }, components }, token);
    expect(!r.ok && r.error.code).toBe('INVALID_INPUT');
    expect(!r.ok && r.error.message).toMatch(/số trang/);
    const preview = await h.ok('dossiers.preview', { procedureCode: CERTIFIED_COPY, components }, token);
    expect(preview.feeError).toMatch(/số trang/);
    const priced = await h.ok('dossiers.preview', { procedureCode: CERTIFIED_COPY, components, feeQuantities: { pages: 300, copies: 1 } }, token);
    expect(priced.fee.total).toBe(200_000);
  });

  it('offers officers only the actions their role may take', async () => {
    const { h, token } = await officerDesk();
    const supervisor = await h.userWithRole('supervisor', 'hoa');
    const { id } = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components: await fullComponents(h, token, BIRTH) }, token);
    await h.ok('dossiers.handOff', { id }, token);
    expect((await h.ok('dossiers.get', { id }, token)).allowedActions).not.toContain('markProcessed');
    expect((await h.ok('dossiers.get', { id }, supervisor)).allowedActions).toContain('markProcessed');
  });
});
