import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENCY, code, codesOf, hoso, startPortal, type PortalUnderTest } from './portal-harness';

describe('training portal: DongBoHoSoMC', () => {
  let p: PortalUnderTest;
  beforeEach(async () => {
    p = await startPortal();
  });
  afterEach(async () => p.close());

  it('creates a dossier once: a second create of the same code is "3"', async () => {
    expect(codesOf(await p.create([hoso(5001)]))).toEqual(['0']);
    const again = await p.create([hoso(5001, { IdNoiBo: 'other-desk' })]);
    expect(codesOf(again)).toEqual(['3']);
    expect((await p.lookup(code(5001)))?.IdNoiBo).toBe('desk-id-5001');
  });

  it('an update for a code the portal does not have is "4"', async () => {
    expect(codesOf(await p.update([hoso(5002, { PhienBan: '2' })]))).toEqual(['4']);
  });

  it('an update with an older or equal PhienBan is answered "0" and changes nothing', async () => {
    await p.create([hoso(5003, { PhienBan: '3', SoDienThoai: '0900000003' })]);
    const older = await p.update([hoso(5003, { PhienBan: '2', SoDienThoai: '0911111111' })]);
    expect(codesOf(older)).toEqual(['0']);
    const same = await p.update([hoso(5003, { PhienBan: '3', SoDienThoai: '0922222222' })]);
    expect(codesOf(same)).toEqual(['0']);
    const held = await p.lookup(code(5003));
    expect(held).toMatchObject({ PhienBan: '3', SoDienThoai: '0900000003' });
    const newer = await p.update([hoso(5003, { PhienBan: '4', SoDienThoai: '0933333333', TrangThaiHoSo: '4' })]);
    expect(codesOf(newer)).toEqual(['0']);
    expect(await p.lookup(code(5003))).toMatchObject({ PhienBan: '4', SoDienThoai: '0933333333', TrangThaiHoSo: '4' });
  });

  it('a bad item is a per-item "2" with a reason and does not fail the rest of its batch', async () => {
    const answer = await p.create([hoso(5004), hoso(5005, { TrangThaiHoSo: '11' }), 'not an object', hoso(5006, { PhienBan: 2 })]);
    expect(answer.error_code).toBe('0');
    expect(codesOf(answer)).toEqual(['0', '2', '2', '2']);
    expect(answer.result?.[1]).toMatchObject({ MaHoSo: code(5005), message: expect.stringContaining('TrangThaiHoSo') });
    expect((await p.state()).dossiers).toBe(1);
  });

  it('a MaHoSo whose agency prefix is not madonvi is rejected "2"', async () => {
    const answer = await p.create([hoso(5007, { MaHoSo: '000.00.00.H12-261125-5007' }), hoso(5008, { MaHoSo: 'H56-5008' })]);
    expect(codesOf(answer)).toEqual(['2', '2']);
    expect(answer.result?.[0]?.message).toContain(AGENCY);
  });

  it('dates must be yyyyMMddHHmmss in real calendar terms, or empty', async () => {
    const answer = await p.create([
      hoso(5010, { NgayHenTra: '2026-11-25 17:00' }),
      hoso(5011, { NgayTra: '00000000000000' }),
      hoso(5012, { NgayHenTra: '20260231170000' }),
      hoso(5013, { NgayTiepNhan: '' }),
      hoso(5014, { NgayTuChoi: '' }),
      hoso(5015, { MaHoSo: `${AGENCY}-261345-5015` }),
    ]);
    expect(codesOf(answer)).toEqual(['2', '2', '2', '2', '0', '2']);
  });

  it('checks codes and formats of the other fields', async () => {
    const answer = await p.create([
      hoso(5020, { KenhThucHien: '4' }),
      hoso(5021, { LoaiDoiTuong: 1 }),
      hoso(5022, { DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '123' }] }),
      hoso(5023, { TrichYeuHoSo: 'x'.repeat(1001) }),
      hoso(5024, { DanhSachLePhi: [{ MaPhiLePhi: 'LP', Gia: '8.000' }] }),
      hoso(5025, { IdNoiBo: '' }),
      hoso(5026, { TrangThaiHoSo: '1', NgayTiepNhan: '' }),
    ]);
    expect(codesOf(answer)).toEqual(['2', '2', '2', '2', '2', '2', '2']);
  });

  it('malformed envelopes are "2" and apply nothing: 51 items, unknown service, bad JSON', async () => {
    const session = await p.login();
    const many = Array.from({ length: 51 }, (_, i) => hoso(6000 + i));
    const tooMany = await p.post('/service', { session, madonvi: AGENCY, service: 'DongBoHoSoMC', isUpdating: 'False', data: many });
    expect(tooMany.json.error_code).toBe('2');
    const unknown = await p.post('/service', { session, madonvi: AGENCY, service: 'XoaHoSo' });
    expect(unknown.json.error_code).toBe('2');
    const badJson = await p.post('/service', '{"session": "x", "service": ');
    expect(badJson.json.error_code).toBe('2');
    const badAgency = await p.post('/service', { session, madonvi: 'H56', service: 'TraCuuHoSo', MaHoSo: code(1) });
    expect(badAgency.json.error_code).toBe('2');
    const badFlag = await p.post('/service', { session, madonvi: AGENCY, service: 'DongBoHoSoMC', isUpdating: true, data: [] });
    expect(badFlag.json.error_code).toBe('2');
    expect((await p.state()).dossiers).toBe(0);
    const fifty = await p.post('/service', { session, madonvi: AGENCY, service: 'DongBoHoSoMC', isUpdating: 'False', data: many.slice(0, 50) });
    expect(codesOf(fifty.json)).toEqual(Array(50).fill('0'));
  });

  it('when the back office holds 9, a desk update still carrying 4 keeps 9 and the results but applies the applicant change', async () => {
    await p.create([hoso(5030, { TrangThaiHoSo: '4', PhienBan: '2' })]);
    const moved = await p.control({ backOffice: { runNow: true } });
    expect(moved.processed).toEqual([code(5030)]);
    const processed = await p.lookup(code(5030));
    expect(processed).toMatchObject({ TrangThaiHoSo: '9', PhienBan: '2' });
    expect(processed?.NgayKetThucXuLy).toMatch(/^\d{14}$/);
    expect(processed?.DanhSachGiayToKetQua).toHaveLength(1);

    const late = await p.update([hoso(5030, { TrangThaiHoSo: '4', PhienBan: '3', SoDienThoai: '0987654321', NgayKetThucXuLy: '', DanhSachGiayToKetQua: [] })]);
    expect(codesOf(late)).toEqual(['0']);
    const held = await p.lookup(code(5030));
    expect(held).toMatchObject({ TrangThaiHoSo: '9', PhienBan: '3', SoDienThoai: '0987654321', NgayKetThucXuLy: processed?.NgayKetThucXuLy });
    expect(held?.DanhSachGiayToKetQua).toEqual(processed?.DanhSachGiayToKetQua);

    const handedOver = await p.update([hoso(5030, { TrangThaiHoSo: '10', PhienBan: '4', NgayTra: '20261126100000' })]);
    expect(codesOf(handedOver)).toEqual(['0']);
    expect(await p.lookup(code(5030))).toMatchObject({ TrangThaiHoSo: '10', NgayKetThucXuLy: processed?.NgayKetThucXuLy });
  });

  it('the desk cannot make the back office moves 6, 8 or 9 itself', async () => {
    await p.create([hoso(5031, { TrangThaiHoSo: '4' })]);
    const answer = await p.update([hoso(5031, { TrangThaiHoSo: '9', PhienBan: '2' })]);
    expect(codesOf(answer)).toEqual(['2']);
    expect((await p.lookup(code(5031)))?.TrangThaiHoSo).toBe('4');
  });

  it('the first update of an online filing sets its IdNoiBo; later updates never change it', async () => {
    const seeded = await p.control({ seedOnline: { count: 1, madonvi: AGENCY } });
    const online = (seeded.seeded as string[])[0]!;
    expect(await p.lookup(online)).toMatchObject({ TrangThaiHoSo: '1', KenhThucHien: '2', IdNoiBo: '' });
    const accepted = await p.update([hoso(0, { MaHoSo: online, KenhThucHien: '2', IdNoiBo: 'desk-a', PhienBan: '1' })]);
    expect(codesOf(accepted)).toEqual(['0']);
    await p.update([hoso(0, { MaHoSo: online, KenhThucHien: '2', IdNoiBo: 'desk-b', PhienBan: '2' })]);
    expect(await p.lookup(online)).toMatchObject({ TrangThaiHoSo: '2', IdNoiBo: 'desk-a', PhienBan: '2' });
  });

  it('TraCuuHoSo: "4" with an empty result for an unknown code', async () => {
    const answer = await p.service('TraCuuHoSo', { MaHoSo: code(9999) });
    expect(answer).toMatchObject({ error_code: '4', result: [] });
  });
});
