import { describe, expect, it } from 'vitest';
import { standingReceipt } from '../../../electron/core/cash/standing-receipt';
import { hosoFromDossier, receiptFields } from '../../../electron/core/portal';
import { DOSSIER_PARTS } from '../../../electron/core/sync/dossier-parts';
import type { DossierRow } from '../../../electron/core/dossiers/dossier-row';
import { startCore } from '../../support/core-harness';
import { readDb, receiveCertifiedCopy } from './cash-fixtures';

describe('receipt fields for the portal (DanhSachLePhi)', () => {
  it('carry the standing receipt, and none once it is voided', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    await h.userWithRole('supervisor', 'giamsat');
    await h.ok('cash.open', { float: 0 }, officer);
    const dossier = await receiveCertifiedCopy(h, officer);
    expect(readDb(h, (db) => (() => { const r = standingReceipt(db, dossier.id); return r && receiptFields(r); })())).toBeNull();
    const paid = await h.ok('payments.collect', { dossierId: dossier.id }, officer);
    const fields = readDb(h, (db) => (() => { const r = standingReceipt(db, dossier.id); return r && receiptFields(r); })());
    expect(fields).toMatchObject({ MauSoBienLai: '01BLP0-001', KyHieuBienLai: 'AA-26P', SoBienLai: '1' });
    expect(fields!.NgayThu).toBe('20261125090000');
    const hoso = readDb(h, (db) => hosoFromDossier(db, db.prepare('SELECT rowid, * FROM dossiers WHERE id = ?').get(dossier.id) as DossierRow, DOSSIER_PARTS));
    expect(hoso.DuocThanhToanTrucTuyen).toBe('3');
    expect(hoso.DanhSachLePhi[0]).toMatchObject({ Gia: '14000', MauSoBienLai: '01BLP0-001', SoBienLai: '1', NgayThu: '20261125090000' });
    await h.ok('payments.void', { paymentId: paid.paymentId, reason: 'Thu nhầm', approval: { username: 'giamsat', password: 'giamsat-pass-1' } }, officer);
    expect(readDb(h, (db) => (() => { const r = standingReceipt(db, dossier.id); return r && receiptFields(r); })())).toBeNull();
  });
});
