/** A training portal per test, started in-process on loopback, and a small client for it. */
import { startTrainingPortal, type TrainingPortalOptions } from '../../../electron/training-portal/server';
import { makeTempDir } from '../../support/temp-dir';

export const AGENCY = '000.00.00.H56';
export const code = (n: number, day = '261125') => `${AGENCY}-${day}-${String(n).padStart(4, '0')}`;

export type Json = Record<string, unknown> & { error_code?: string; result?: Array<Record<string, unknown>> };

export async function startPortal(options: Partial<TrainingPortalOptions> = {}) {
  const temp = makeTempDir('motcua-portal-');
  const portal = await startTrainingPortal({ port: 0, dataDir: temp.dir, ...options });
  const url = portal.url;

  async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Json }> {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', dstcode: 'TEST', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Json };
  }

  async function login(username = 'tap-huan', password = 'tap-huan-123'): Promise<string> {
    const { json } = await post('/auth', { username, password });
    if (json.error_code !== '0') throw new Error(`login failed: ${JSON.stringify(json)}`);
    return json.session as string;
  }

  let session = '';
  async function service(name: string, extra: Record<string, unknown>, madonvi = AGENCY): Promise<Json> {
    session ||= await login();
    return (await post('/service', { session, madonvi, service: name, ...extra })).json;
  }

  const create = (data: unknown[]) => service('DongBoHoSoMC', { isUpdating: 'False', data });
  const update = (data: unknown[]) => service('DongBoHoSoMC', { isUpdating: 'True', data });
  const lookup = async (maHoSo: string) => ((await service('TraCuuHoSo', { MaHoSo: maHoSo })).result ?? [])[0];
  const feed = (since: string) => service('LayDanhSachThayDoi', { since });

  async function control(body: unknown): Promise<Json> {
    return (await post('/__control', body)).json;
  }
  async function state(): Promise<Json> {
    return (await (await fetch(`${url}/__control/state`)).json()) as Json;
  }

  return {
    url,
    dir: temp.dir,
    post,
    login,
    service,
    create,
    update,
    lookup,
    feed,
    control,
    state,
    close: async () => {
      await portal.close();
      temp.cleanup();
    },
  };
}

export type PortalUnderTest = Awaited<ReturnType<typeof startPortal>>;

/** A valid HoSo as a desk sends it, received at the counter (status 2). */
export function hoso(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MaHoSo: code(n),
    IdNoiBo: `desk-id-${n}`,
    PhienBan: '1',
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HTCS',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: '1',
    ChuHoSo: 'Lò Thị Mai',
    LoaiDoiTuong: '1',
    SoGiayToChuHoSo: '012345678901',
    DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '012345678901' }],
    DiaChiChuHoSo: 'Phường Tân Phong, Lai Châu',
    SoDienThoai: '0912345678',
    Email: '',
    TrichYeuHoSo: 'Đăng ký khai sinh cho con',
    NgayNopHoSo: '20261125091500',
    NgayTiepNhan: '20261125091500',
    NgayHenTra: '20261125170000',
    NgayTuChoi: '',
    NgayKetThucXuLy: '',
    NgayTra: '',
    TrangThaiHoSo: '2',
    HinhThuc: '0',
    DonViXuLy: '',
    GhiChu: '',
    SoBienNhan: '1/1',
    HoSoCoThanhPhanSoHoa: '0',
    DuocThanhToanTrucTuyen: '3',
    TaiLieuNop: [],
    DanhSachLePhi: [{ MaPhiLePhi: 'LP1', TenPhiLePhi: 'Lệ phí', LoaiPhiLePhi: '1', HinhThucThu: '1', Gia: '8000' }],
    DanhSachHoSoBoSung: [],
    DanhSachGiayToKetQua: [],
    ...overrides,
  };
}

/** The per-item codes of a DongBoHoSoMC answer. */
export const codesOf = (answer: Json) => (answer.result ?? []).map((r) => r.error_code);
