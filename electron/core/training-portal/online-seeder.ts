/**
 * Online filings (status 1, KenhThucHien "2") as citizens file them on the portal, with codes in
 * the portal's part of the daily range (0001-5000; the counters use 5001-9999). Periodic while
 * `everyMs` is set, and on demand through the control endpoint.
 */
import { formatPortalDate, dossierCodeDay } from './portal-dates';
import type { HoSo } from './hoso-schema';
import type { PortalContext } from './portal-context';

export const ONLINE_SEQ_MAX = 5000;

const NAMES = ['Lò Thị Mai', 'Tòng Văn Hùng', 'Giàng A Páo', 'Nguyễn Thị Lan', 'Vàng Thị Dung', 'Lường Văn Tâm', 'Phạm Minh Quân', 'Sùng Thị Sa'];
const PROCEDURES = [
  { MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', MaLinhVuc: 'HTCS', TenLinhVuc: 'Hộ tịch' },
  { MaTTHC: '1.000656', TenTTHC: 'Đăng ký kết hôn', MaLinhVuc: 'HTCS', TenLinhVuc: 'Hộ tịch' },
  { MaTTHC: '2.000884', TenTTHC: 'Chứng thực bản sao từ bản chính', MaLinhVuc: 'CT', TenLinhVuc: 'Chứng thực' },
];

export class OnlineSeeder {
  private timer: NodeJS.Timeout | null = null;
  private readonly agencies = new Set<string>();
  private every: number | null = null;

  constructor(
    private readonly ctx: PortalContext,
    everyMs: number | null,
    agencies: readonly string[],
    private readonly random: () => number,
  ) {
    for (const a of agencies) this.agencies.add(a);
    this.setEvery(everyMs);
  }

  get everyMs(): number | null {
    return this.every;
  }

  /** An agency the portal has heard from: it gets online filings too. */
  noteAgency(agency: string): void {
    this.agencies.add(agency);
  }

  knownAgencies(): string[] {
    return [...new Set([...this.agencies, ...this.ctx.store.agencies()])].sort();
  }

  setEvery(everyMs: number | null): void {
    this.every = everyMs;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (everyMs === null) return;
    this.timer = setInterval(() => {
      try {
        for (const agency of this.knownAgencies()) this.seed(agency, 1);
      } catch (error) {
        this.ctx.log(`seeder failed: ${String(error)}`);
      }
    }, everyMs);
    this.timer.unref();
  }

  /** Files `count` dossiers online for the agency today; their codes (fewer when the range is used up). */
  seed(agency: string, count: number): string[] {
    const now = this.ctx.clock.now();
    const day = dossierCodeDay(now);
    const filed = formatPortalDate(now);
    const codes: string[] = [];
    this.ctx.store.transaction(() => {
      let seq = this.ctx.store.highestSeq(agency, day, ONLINE_SEQ_MAX);
      for (let i = 0; i < count && seq < ONLINE_SEQ_MAX; i += 1) {
        seq += 1;
        const code = `${agency}-${day}-${String(seq).padStart(4, '0')}`;
        this.ctx.store.saveDossier(this.onlineFiling(code, filed), agency, now.getTime());
        codes.push(code);
      }
    });
    if (codes.length) this.ctx.log(`seeder: ${codes.length} hồ sơ trực tuyến cho ${agency}`);
    return codes;
  }

  stop(): void {
    this.setEvery(null);
  }

  private onlineFiling(code: string, filed: string): HoSo {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(this.random() * list.length)] ?? list[0]!;
    const procedure = pick(PROCEDURES);
    const idNumber = String(Math.floor(this.random() * 1e12)).padStart(12, '0');
    return {
      MaHoSo: code,
      ...procedure,
      KenhThucHien: '2',
      ChuHoSo: pick(NAMES),
      LoaiDoiTuong: '1',
      SoGiayToChuHoSo: idNumber,
      DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: idNumber }],
      DiaChiChuHoSo: 'Lai Châu',
      SoDienThoai: `09${String(Math.floor(this.random() * 1e8)).padStart(8, '0')}`,
      Email: '',
      TrichYeuHoSo: `${procedure.TenTTHC} (nộp trực tuyến)`,
      NgayNopHoSo: filed,
      NgayTiepNhan: '',
      NgayHenTra: '',
      NgayTuChoi: '',
      NgayKetThucXuLy: '',
      NgayTra: '',
      TrangThaiHoSo: '1',
      HinhThuc: '0',
      DonViXuLy: '',
      GhiChu: '',
      SoBienNhan: '',
      HoSoCoThanhPhanSoHoa: '1',
      DuocThanhToanTrucTuyen: '3',
      TaiLieuNop: [],
      DanhSachLePhi: [],
      DanhSachHoSoBoSung: [],
      DanhSachGiayToKetQua: [],
      IdNoiBo: '',
      PhienBan: '0',
    };
  }
}
