import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENCY, code, hoso, startPortal, type PortalUnderTest } from './portal-harness';

describe('training portal: the change feed and processing steps', () => {
  let p: PortalUnderTest;
  beforeEach(async () => {
    p = await startPortal();
  });
  afterEach(async () => p.close());

  it('pages oldest first, at most 200 a call, with a cursor and "more"', async () => {
    for (let batch = 0; batch < 9; batch += 1) {
      await p.create(Array.from({ length: 50 }, (_, i) => hoso(5001 + batch * 50 + i)));
    }
    const first = await p.feed('');
    expect(first.result).toHaveLength(200);
    expect(first.more).toBe('1');
    expect(first.result?.[0]?.MaHoSo).toBe(code(5001));
    const second = await p.feed(first.cursor as string);
    expect(second.result).toHaveLength(200);
    expect(second.result?.[0]?.MaHoSo).toBe(code(5201));
    const third = await p.feed(second.cursor as string);
    expect(third.result).toHaveLength(50);
    expect(third.more).toBe('0');
    const empty = await p.feed(third.cursor as string);
    expect(empty).toMatchObject({ error_code: '0', result: [], more: '0', cursor: third.cursor });
  });

  it("echoes the desk's own updates with IdNoiBo and PhienBan, once per dossier at its current state", async () => {
    await p.create([hoso(5001), hoso(5002)]);
    const start = (await p.feed('')).cursor as string;
    await p.update([hoso(5001, { PhienBan: '2', TrangThaiHoSo: '4' })]);
    await p.update([hoso(5001, { PhienBan: '3', TrangThaiHoSo: '4', GhiChu: 'sửa' })]);
    await p.update([hoso(5002, { PhienBan: '1', GhiChu: 'bị bỏ qua' })]);
    const changes = await p.feed(start);
    expect(changes.result).toHaveLength(1);
    expect(changes.result?.[0]).toMatchObject({ MaHoSo: code(5001), IdNoiBo: 'desk-id-5001', PhienBan: '3', GhiChu: 'sửa' });
  });

  it('carries online filings, dossiers of other counters and back-office progress, and only this agency', async () => {
    const other = '000.00.00.H12';
    const seeded = await p.control({ seedOnline: { count: 3, madonvi: AGENCY } });
    expect(seeded.seeded).toHaveLength(3);
    for (const c of seeded.seeded as string[]) expect(Number(c.slice(-4))).toBeLessThanOrEqual(5000);
    await p.create([hoso(5001, { TrangThaiHoSo: '4', IdNoiBo: 'counter-2' })]);
    await p.service('DongBoHoSoMC', { isUpdating: 'False', data: [hoso(5001, { MaHoSo: `${other}-261125-5001` })] }, other);
    const cursor = (await p.feed('')).cursor as string;
    await p.control({ backOffice: { runNow: true } });
    const all = await p.feed('');
    expect(all.result?.map((h) => h.MaHoSo)).toEqual([...(seeded.seeded as string[]), code(5001)]);
    for (const filing of all.result!.slice(0, 3)) expect(filing).toMatchObject({ TrangThaiHoSo: '1', KenhThucHien: '2', NgayTiepNhan: '' });
    const progress = await p.feed(cursor);
    expect(progress.result).toHaveLength(1);
    expect(progress.result?.[0]).toMatchObject({ MaHoSo: code(5001), TrangThaiHoSo: '9', PhienBan: '1', IdNoiBo: 'counter-2' });
    expect(progress.result?.[0]?.DanhSachGiayToKetQua).toEqual([expect.objectContaining({ MaGiayToKetQua: `KQ-${code(5001)}` })]);
  });

  it('the back office waits its configured delay on the portal clock', async () => {
    await p.control({ backOffice: { delayMs: 60_000 } });
    await p.create([hoso(5001, { TrangThaiHoSo: '4' })]);
    await new Promise((r) => setTimeout(r, 400));
    expect((await p.lookup(code(5001)))?.TrangThaiHoSo).toBe('4');
    await p.control({ advanceClock: { ms: 61_000 } });
    await expect.poll(async () => (await p.lookup(code(5001)))?.TrangThaiHoSo, { timeout: 3000 }).toBe('9');
  });

  it('rejects a cursor that is not one', async () => {
    expect((await p.feed('abc')).error_code).toBe('2');
  });

  it('CapNhatTienDoHoSoMC records a step once, by MaHoSo + ThoiDiemXuLy + TrangThai', async () => {
    await p.create([hoso(5001)]);
    const step = {
      MaHoSo: code(5001),
      NguoiXuLy: 'Lò Văn A',
      ChucDanh: 'Công chức',
      ThoiDiemXuLy: '20261125100000',
      PhongBanXuLy: 'Bộ phận Một cửa',
      NoiDungXuLy: 'Chuyển xử lý',
      TrangThai: '4',
      NgayBatDau: '20261125100000',
      NgayKetThucTheoQuyDinh: '20261125170000',
    };
    const send = (data: unknown[]) => p.service('CapNhatTienDoHoSoMC', { data });
    expect((await send([step])).result?.map((r) => r.error_code)).toEqual(['0']);
    expect((await send([step])).result?.map((r) => r.error_code)).toEqual(['0']);
    const mixed = await send([{ ...step, TrangThai: '5' }, { ...step, MaHoSo: code(5002) }, { ...step, ThoiDiemXuLy: '20261125' }]);
    expect(mixed.result?.map((r) => r.error_code)).toEqual(['0', '4', '2']);
    expect((await p.state()).progressSteps).toBe(2);
  });
});
