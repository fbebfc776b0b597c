import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../../electron/core/catalog';
import { computeFee } from '../../../shared/fees';
import { startCore } from '../../support/core-harness';
import { startPortal } from '../../support/training-portal-harness';
import { startPortal as startBarePortal } from './portal-harness';
import { seededRandom } from '../../support/seeded-random';

const CATALOG = loadCatalogDir(path.resolve('resources', 'catalog'));
const AGENCY = '000.00.00.H56';
const COPY_OF_BIRTH_RECORD = '2.000635';

describe('training portal: online filings come from the catalogue the desk loads', () => {
  it('each filing names a catalogue procedure filed online, with its field and the catalogue fee for the copies asked', async () => {
    const p = await startBarePortal({ random: seededRandom(7) });
    const seeded = (await p.control({ seedOnline: { count: 60, madonvi: AGENCY } })).seeded as string[];
    expect(seeded).toHaveLength(60);
    const codes = new Set<string>();
    const paid = { yes: 0, no: 0 };
    for (const maHoSo of seeded) {
      const h = (await p.lookup(maHoSo)) as unknown as { MaTTHC: string; TenTTHC: string; MaLinhVuc: string; TenLinhVuc: string; TrichYeuHoSo: string; DanhSachLePhi: Array<Record<string, string>> };
      const procedure = CATALOG.find((c) => c.code === h.MaTTHC);
      expect(procedure, `${h.MaTTHC} có trong danh mục`).toBeDefined();
      expect(procedure!.level).not.toBe('truc-tiep');
      expect({ name: h.TenTTHC, field: h.MaLinhVuc, fieldName: h.TenLinhVuc }).toEqual({ name: procedure!.name, field: procedure!.field.code, fieldName: procedure!.field.name });
      const copies = Number(/, (\d) bản\)$/.exec(h.TrichYeuHoSo)?.[1] ?? 1);
      const fee = computeFee(procedure!, { copies, cases: 1 }, new Date());
      expect(h.DanhSachLePhi.map((l) => ({ code: l.MaPhiLePhi, name: l.TenPhiLePhi, amount: Number(l.Gia) }))).toEqual(
        fee.lines.filter((l) => l.amount > 0).map((l) => ({ code: l.code, name: l.name, amount: l.amount })),
      );
      // Paid online (level 4) only when there is a fee to pay, about half of those.
      const paidOnline = (h as unknown as { DuocThanhToanTrucTuyen: string }).DuocThanhToanTrucTuyen;
      if (h.DanhSachLePhi.length === 0) expect(paidOnline).toBe('3');
      paid[paidOnline === '1' ? 'yes' : 'no'] += h.DanhSachLePhi.length ? 1 : 0;
      codes.add(h.MaTTHC);
    }
    expect(paid.yes).toBeGreaterThan(0);
    expect(paid.no).toBeGreaterThan(0);
    // Signature certification (2.000884) is done at the counter only: never filed online.
    expect(codes.has('2.000884')).toBe(false);
    expect(codes.has(COPY_OF_BIRTH_RECORD)).toBe(true);
    expect(codes.size).toBeGreaterThan(3);
    await p.close();
  });

  it('an accepted online filing shows the catalogue fee, waiting to be collected at the counter', async () => {
    const procedure = CATALOG.find((c) => c.code === COPY_OF_BIRTH_RECORD)!;
    const p = await startPortal({ procedures: [procedure], random: seededRandom(3) });
    const h = await startCore({ portal: p.settings, syncIntervalMs: 60_000 });
    h.clock.set(new Date().toISOString());
    const token = await h.userWithRole('officer', 'quay1');
    const { seeded } = (await p.control({ seedOnline: { count: 1, madonvi: AGENCY } })) as { seeded: string[] };
    await h.ok('sync.run', undefined, token);
    const [filing] = (await h.ok('dossiers.list', { status: [1] }, token)).items;
    expect(filing).toMatchObject({ code: seeded[0], procedureCode: COPY_OF_BIRTH_RECORD });

    const accepted = await h.ok('dossiers.accept', { id: filing!.id }, token);
    const detail = await h.ok('dossiers.get', { id: accepted.id }, token);
    const copies = detail.fee.total / 8000;
    expect(Number.isInteger(copies) && copies >= 1 && copies <= 3).toBe(true);
    expect(detail.procedureName).toBe(procedure.name);
    expect(detail.fee).toMatchObject({ total: copies * 8000, collection: 'before' });
    expect(detail.fee.lines).toEqual([{ code: procedure.fees[0]!.code, name: procedure.fees[0]!.name, amount: copies * 8000 }]);
    expect((await h.ok('payments.unpaid', undefined, token)).map((u) => ({ code: u.dossierCode, amount: u.amount }))).toEqual([
      { code: accepted.code, amount: copies * 8000 },
    ]);
    // The desk's update keeps the portal's fee as it was.
    await h.ok('sync.run', undefined, token);
    expect((await p.state()).byMaHoSo[accepted.code]).toMatchObject({ TrangThaiHoSo: '2', IdNoiBo: accepted.id });
  });
});
