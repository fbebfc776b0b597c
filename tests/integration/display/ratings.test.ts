import { describe, expect, it } from 'vitest';
import { startCore, type Harness } from '../../support/core-harness';
import { openDeskDatabase } from '../../support/desk-database';

const BIRTH = '1.001193';

async function counter(h: Harness) {
  const officer = await h.userWithRole('officer', 'lan');
  const supervisor = await h.userWithRole('supervisor', 'hoa');
  const { displayToken } = await h.ok('display.open', {}, officer);
  return { officer, supervisor, display: displayToken };
}

async function receiveBirth(h: Harness, token: string) {
  const components = (await h.ok('catalog.get', { code: BIRTH }, token)).components.map((c) => ({ code: c.code, originals: c.originals || 1, copies: c.copies }));
  return h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components }, token);
}

async function handedOver(h: Harness, officer: string, supervisor: string) {
  const dossier = await receiveBirth(h, officer);
  await h.ok('dossiers.handOff', { id: dossier.id }, officer);
  await h.ok('dossiers.markProcessed', { id: dossier.id }, supervisor);
  await h.ok('dossiers.handOver', { id: dossier.id, collectedBy: { fullName: 'Lò Thị Mai' } }, officer);
  return dossier;
}

function ratingsRows(h: Harness) {
  const db = openDeskDatabase(h.dir, { readonly: true });
  try {
    return {
      ratings: db.prepare('SELECT dossier_id, score, reasons_json, officer_id, closed_status, recorded_via FROM ratings').all(),
      audit: db.prepare(`SELECT method, entity_id FROM audit_log WHERE method = 'ratings.record'`).all(),
    };
  } finally {
    db.close();
  }
}

describe('the citizen rates the service', () => {
  it('after the hand-over the display offers the rating; it is recorded once, stored, audited, and refused the second time', async () => {
    const h = await startCore();
    const { officer, supervisor, display } = await counter(h);
    const dossier = await handedOver(h, officer, supervisor);
    expect(await h.ok('display.state', {}, display)).toMatchObject({ kind: 'rating', dossierId: dossier.id, code: dossier.code, handedOver: true });

    h.clock.advance(60_000);
    const recorded = await h.ok('ratings.record', { dossierId: dossier.id, score: 'dissatisfied', reasons: ['Phải chờ lâu'] }, display);
    expect(recorded).toMatchObject({ dossierId: dossier.id, score: 'dissatisfied' });
    expect(await h.ok('display.state', {}, display)).toEqual({ kind: 'thanks', score: 'dissatisfied' });
    h.clock.advance(30_000);
    expect(await h.ok('display.state', {}, display)).toEqual({ kind: 'idle' });

    const twice = await h.raw('ratings.record', { dossierId: dossier.id, score: 'satisfied' }, display);
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
    expect(!twice.ok && twice.error.message).toMatch(/đã được đánh giá/);
    const byOfficer = await h.raw('ratings.record', { dossierId: dossier.id, score: 'satisfied' }, officer);
    expect(!byOfficer.ok && byOfficer.error.code).toBe('CONFLICT');

    const rows = ratingsRows(h);
    expect(rows.ratings).toEqual([{ dossier_id: dossier.id, score: 'dissatisfied', reasons_json: '["Phải chờ lâu"]', officer_id: expect.any(Number), closed_status: 10, recorded_via: 'display' }]);
    expect(rows.audit).toEqual([{ method: 'ratings.record', entity_id: dossier.id }]);
  });

  it('refuses a dossier not handed over, and a rating more than 10 minutes after the hand-over', async () => {
    const h = await startCore();
    const { officer, supervisor, display } = await counter(h);
    const open = await receiveBirth(h, officer);
    const early = await h.raw('ratings.record', { dossierId: open.id, score: 'satisfied' }, display);
    expect(!early.ok && early.error.code).toBe('INVALID_TRANSITION');
    expect(!early.ok && early.error.message).toMatch(/đã trả kết quả hoặc đã từ chối/);
    const unknown = await h.raw('ratings.record', { dossierId: 'no-such-dossier', score: 'satisfied' }, display);
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');

    const dossier = await handedOver(h, officer, supervisor);
    h.clock.advance(10 * 60_000 + 1_000);
    expect((await h.ok('display.state', {}, display)).kind).toBe('idle');
    const late = await h.raw('ratings.record', { dossierId: dossier.id, score: 'satisfied' }, display);
    expect(!late.ok && late.error.code).toBe('INVALID_TRANSITION');
    expect(!late.ok && late.error.message).toMatch(/quá 10 phút/);
    expect(ratingsRows(h).ratings).toEqual([]);
  });

  it('a refused dossier is rated too, by the officer on the keyboard; the display may rate only its own officer\'s', async () => {
    const h = await startCore();
    const { officer, display } = await counter(h);
    const other = await h.userWithRole('officer', 'binh');
    const refused = await receiveBirth(h, officer);
    await h.ok('dossiers.refuse', { id: refused.id, reasons: ['Không thuộc thẩm quyền'] }, officer);
    expect(await h.ok('display.state', {}, display)).toMatchObject({ kind: 'rating', dossierId: refused.id, handedOver: false });

    const elsewhere = await receiveBirth(h, other);
    await h.ok('dossiers.refuse', { id: elsewhere.id, reasons: ['Không thuộc thẩm quyền'] }, other);
    const notMine = await h.raw('ratings.record', { dossierId: elsewhere.id, score: 'satisfied' }, display);
    expect(!notMine.ok && notMine.error.code).toBe('FORBIDDEN');

    expect(await h.ok('ratings.record', { dossierId: refused.id, score: 'neutral' }, officer)).toMatchObject({ score: 'neutral' });
    expect(ratingsRows(h).ratings).toEqual([expect.objectContaining({ dossier_id: refused.id, closed_status: 3, recorded_via: 'officer' })]);
  });
});
