import type Database from 'better-sqlite3-multiple-ciphers';
import { applicantTypeCode, type HoSo } from '../../../shared/portal/hoso';
import { toPortalDate } from '../../../shared/portal/portal-date';
import type { Applicant } from '../../../shared/api';
import type { DossierRow } from '../dossiers';
import { prepared } from '../db/prepared';

/** The dossiers columns a HoSo is made of: reading only these (not the whole row) halves the read. */
const COLUMNS = [
  'id', 'code', 'procedure_code', 'procedure_name', 'field_code', 'field_name', 'channel', 'status', 'applicant_json',
  'supplement_json', 'results_json', 'submitted_at', 'received_at', 'due_at', 'refused_at', 'finished_at', 'returned_at',
  'return_method', 'note', 'book_number', 'row_number', 'revision', 'paid_online',
] as const;
export const HOSO_COLUMNS = COLUMNS.join(', ');
export type HoSoSource = Pick<DossierRow, (typeof COLUMNS)[number]>;

/** A version of a component PDF the portal holds, as attachments hands it. */
export interface PortalFile {
  portalFileId: string;
  fileName: string;
  componentCode: string;
  portalUrl: string;
  removed: boolean;
}

/** The receipt the dossier's fee stands on, as cash hands it (collectedAt in UTC). */
export interface PortalReceipt {
  form: string;
  series: string;
  number: number;
  collectedAt: string;
}

/** Where the mapping reads what other areas own: attachments' uploaded files, cash's standing receipt. */
export interface DossierParts {
  uploadedFiles(db: Database.Database, dossierId: string): PortalFile[];
  standingReceipt(db: Database.Database, dossierId: string): PortalReceipt | null;
}

interface Parts {
  /** The components' names in order, joined with "; " (all the HoSo says of them, in TrichYeuHoSo). */
  componentNames: string;
  fees: Array<{ code: string; name: string; amount: number }>;
  files: PortalFile[];
  receipt: PortalReceipt | null;
}
const IDS = 'SELECT value FROM json_each(?)';
const NAME_SEPARATOR = '; ';

/** The dossier's current state as the portal's HoSo: every value a string, dates in Vietnam time or "". */
export function hosoFromDossier(db: Database.Database, row: HoSoSource, parts: DossierParts): HoSo {
  return hosoOf(row, {
    componentNames: (prepared(db, 'SELECT name FROM dossier_components WHERE dossier_id = ? ORDER BY position').all(row.id) as Array<{ name: string }>).map((c) => c.name).join(NAME_SEPARATOR),
    fees: prepared(db, 'SELECT code, name, amount FROM dossier_fee_lines WHERE dossier_id = ? ORDER BY line_no').all(row.id) as Parts['fees'],
    files: parts.uploadedFiles(db, row.id),
    receipt: parts.standingReceipt(db, row.id),
  });
}

/**
 * The same for many dossiers (the sync worker's batches): their components and fee lines in one
 * query each, and files and receipts read only for the dossiers that have any.
 */
export function hosoBatch(db: Database.Database, rows: readonly HoSoSource[], parts: DossierParts): HoSo[] {
  const ids = JSON.stringify(rows.map((r) => r.id));
  // One row a dossier, the names joined by SQLite (a quarter of the rows and strings to make).
  const componentNames = new Map<string, string>();
  const named = prepared(db, `SELECT dossier_id, group_concat(name, '${NAME_SEPARATOR}' ORDER BY position) AS names FROM dossier_components WHERE dossier_id IN (${IDS}) GROUP BY dossier_id`);
  for (const { dossier_id, names } of named.all(ids) as Array<{ dossier_id: string; names: string }>) componentNames.set(dossier_id, names);
  const fees = groupBy(prepared(db, `SELECT dossier_id, code, name, amount FROM dossier_fee_lines WHERE dossier_id IN (${IDS}) ORDER BY dossier_id, line_no`).all(ids) as Array<{ dossier_id: string } & Parts['fees'][number]>);
  const withFiles = idSet(prepared(db, `SELECT DISTINCT dossier_id FROM attachments WHERE dossier_id IN (${IDS})`).all(ids) as Array<{ dossier_id: string }>);
  const withPayments = idSet(prepared(db, `SELECT DISTINCT dossier_id FROM payments WHERE dossier_id IN (${IDS})`).all(ids) as Array<{ dossier_id: string }>);
  return rows.map((row) =>
    hosoOf(row, {
      componentNames: componentNames.get(row.id) ?? '',
      fees: fees.get(row.id) ?? [],
      files: withFiles.has(row.id) ? parts.uploadedFiles(db, row.id) : [],
      receipt: withPayments.has(row.id) ? parts.standingReceipt(db, row.id) : null,
    }),
  );
}

function idSet(rows: Array<{ dossier_id: string }>): Set<string> {
  return new Set(rows.map((r) => r.dossier_id));
}

function groupBy<T extends { dossier_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.dossier_id);
    if (group) group.push(row);
    else groups.set(row.dossier_id, [row]);
  }
  return groups;
}

function hosoOf(row: HoSoSource, { componentNames, fees, files, receipt }: Parts): HoSo {
  const applicant = JSON.parse(row.applicant_json) as Applicant;
  const supplement = row.supplement_json ? (JSON.parse(row.supplement_json) as { reason: string; items: string[]; requestedAt: string; receivedAt?: string }) : null;
  const results = row.results_json ? (JSON.parse(row.results_json) as HoSo['DanhSachGiayToKetQua']) : [];
  const idNumber = applicant.idNumber ?? '';
  const idKind = /^\d{12}$/.test(idNumber) ? '1' : /^\d{9}$/.test(idNumber) ? '2' : null;
  const summary = `${row.procedure_name} - ${componentNames}`;
  return {
    MaHoSo: row.code,
    MaTTHC: row.procedure_code,
    TenTTHC: row.procedure_name,
    MaLinhVuc: row.field_code,
    TenLinhVuc: row.field_name,
    KenhThucHien: String(row.channel),
    ChuHoSo: applicant.fullName,
    LoaiDoiTuong: applicantTypeCode(applicant.type),
    SoGiayToChuHoSo: idNumber,
    DinhDanhCHS: idKind ? [{ LoaiDinhDanh: idKind, SoDinhDanh: idNumber }] : [],
    DiaChiChuHoSo: applicant.address ?? '',
    SoDienThoai: applicant.phone ?? '',
    Email: applicant.email ?? '',
    TrichYeuHoSo: summary.slice(0, 1000),
    NgayNopHoSo: toPortalDate(row.submitted_at ?? row.received_at),
    NgayTiepNhan: row.status === 1 ? '' : toPortalDate(row.received_at),
    NgayHenTra: toPortalDate(row.due_at),
    NgayTuChoi: toPortalDate(row.refused_at),
    NgayKetThucXuLy: toPortalDate(row.finished_at),
    NgayTra: toPortalDate(row.returned_at),
    TrangThaiHoSo: String(row.status),
    HinhThuc: row.return_method === 'post' ? '1' : '0',
    DonViXuLy: '',
    GhiChu: row.note ?? '',
    SoBienNhan: row.book_number ? `${row.book_number}/${row.row_number}` : '',
    HoSoCoThanhPhanSoHoa: files.some((f) => !f.removed) ? '1' : '0',
    // The portal's own fact (an online payment) is sent back as it came; a counter intake pays at the counter.
    DuocThanhToanTrucTuyen: row.paid_online === 1 ? '1' : '3',
    TaiLieuNop: files.map(taiLieuNop),
    DanhSachLePhi: fees.map((f) => ({ MaPhiLePhi: f.code, TenPhiLePhi: f.name, LoaiPhiLePhi: '1', HinhThucThu: '1', Gia: String(f.amount), ...(receipt ? receiptFields(receipt) : {}) })),
    DanhSachHoSoBoSung: supplement
      ? [{
          HoSoBoSungId: `${row.id}-1`,
          NoiDungBoSung: `${supplement.reason}: ${supplement.items.join('; ')}`,
          NgayBoSung: toPortalDate(supplement.requestedAt),
          NgayTiepNhanBoSung: toPortalDate(supplement.receivedAt),
          TrangThaiBoSung: supplement.receivedAt ? '1' : '0',
          NgayHenTraTruoc: '',
          NgayHenTraMoi: supplement.receivedAt ? toPortalDate(row.due_at) : '',
        }]
      : [],
    DanhSachGiayToKetQua: results,
    IdNoiBo: row.id,
    PhienBan: String(row.revision),
  };
}

/** A TaiLieuNop entry: every uploaded version, removed ones with IsDeleted "1". */
function taiLieuNop(f: PortalFile): Record<string, string> {
  return { TepDinhKemId: f.portalFileId, TenTepDinhKem: f.fileName, MaThanhPhanHoSo: f.componentCode, DuongDanTaiTepTin: f.portalUrl, IsDeleted: f.removed ? '1' : '0', DuocSoHoa: '1' };
}

/** The cash receipt fields each DanhSachLePhi entry carries (none while unpaid or voided). */
export function receiptFields(r: PortalReceipt): Record<'MauSoBienLai' | 'KyHieuBienLai' | 'SoBienLai' | 'NgayThu', string> {
  return { MauSoBienLai: r.form, KyHieuBienLai: r.series, SoBienLai: String(r.number), NgayThu: toPortalDate(r.collectedAt) };
}

/** A receipt number the portal holds, read back from a HoSo of the feed. */
export interface PortalReceiptNumber {
  form: string;
  series: string;
  number: number;
}

/** Whether a HoSo of the feed says its fee was paid online: DuocThanhToanTrucTuyen 1 (the national portal) or 2 (the provincial gateway). */
export function paidOnlineOfHoSo(h: Pick<HoSo, 'DuocThanhToanTrucTuyen'>): boolean {
  return h.DuocThanhToanTrucTuyen === '1' || h.DuocThanhToanTrucTuyen === '2';
}

/** The receipts a HoSo of the feed holds (receiptFields read back): DanhSachLePhi's MauSoBienLai, KyHieuBienLai, SoBienLai. */
export function receiptsOfHoSo(h: HoSo): PortalReceiptNumber[] {
  return (Array.isArray(h.DanhSachLePhi) ? h.DanhSachLePhi : []).flatMap((line) => {
    const number = /^\d{1,15}$/.test(line?.SoBienLai ?? '') ? Number(line.SoBienLai) : NaN;
    if (!line?.MauSoBienLai || !line.KyHieuBienLai || !Number.isSafeInteger(number)) return [];
    return [{ form: line.MauSoBienLai, series: line.KyHieuBienLai, number }];
  });
}
