import { describe, expect, it } from 'vitest';
import { HOSO_COLUMNS, hosoBatch, hosoFromDossier, type HoSoSource } from '../../../electron/core/portal';
import { DOSSIER_PARTS } from '../../../electron/core/sync/dossier-parts';
import { startPortal } from '../../support/training-portal-harness';
import { b64, deskWithDossier } from '../attachments/attachments-desk';
import { scannedPage } from '../attachments/test-pages';
import { readDb, receiveCertifiedCopy } from '../cash/cash-fixtures';

describe('the HoSo read for a whole batch (the sync worker) equals the HoSo read for one dossier', () => {
  it('with components, fee lines, a standing cash receipt, uploaded and removed files, and none of these', async () => {
    const p = await startPortal();
    const { h, token, dossier, componentCode, create } = await deskWithDossier({ portal: p.settings, syncIntervalMs: 60_000 }, true);
    const plain = await create();
    const kept = await h.ok('attachments.add', { dossierId: dossier.id, componentCode, fileName: 'to-khai.jpg', contentBase64: b64(await scannedPage('Tờ khai')) }, token);
    const removed = await h.ok('attachments.add', { dossierId: plain.id, componentCode, fileName: 'nham.jpg', contentBase64: b64(await scannedPage('Nhầm')) }, token);
    await h.ok('cash.open', { float: 0 }, token);
    const paid = await receiveCertifiedCopy(h, token);
    await h.ok('payments.collect', { dossierId: paid.id }, token);
    const synced = await h.ok('sync.run', undefined, token);
    expect(synced.ok).toBe(true);
    await h.ok('attachments.remove', { id: removed.id }, token);
    const unsent = await create(); // no file, no fee, never synced

    const ids = [dossier.id, plain.id, paid.id, unsent.id];
    const { one, batch } = readDb(h, (db) => {
      const rows = db.prepare(`SELECT ${HOSO_COLUMNS} FROM dossiers WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as HoSoSource[];
      return { one: rows.map((row) => hosoFromDossier(db, row, DOSSIER_PARTS)), batch: hosoBatch(db, rows, DOSSIER_PARTS) };
    });
    expect(batch).toEqual(one);
    const byId = new Map(batch.map((hoso) => [hoso.IdNoiBo, hoso]));
    // The cases are really there: a listed file, a removed one, a receipt on the fee line, nothing on the unsent one.
    expect(byId.get(dossier.id)!.TaiLieuNop).toEqual([expect.objectContaining({ TenTepDinhKem: 'to-khai.jpg', IsDeleted: '0' })]);
    expect(byId.get(plain.id)!.TaiLieuNop).toEqual([expect.objectContaining({ TenTepDinhKem: 'nham.jpg', IsDeleted: '1' })]);
    expect(byId.get(paid.id)!.DanhSachLePhi[0]).toMatchObject({ SoBienLai: '1' });
    expect(byId.get(unsent.id)!).toMatchObject({ TaiLieuNop: [], HoSoCoThanhPhanSoHoa: '0' });
    expect(byId.get(unsent.id)!.DanhSachLePhi[0]).not.toHaveProperty('SoBienLai');
    expect(byId.get(dossier.id)!.TaiLieuNop[0]!.TepDinhKemId).not.toBe('');
    expect(kept.pages).toBe(1);
  });
});
