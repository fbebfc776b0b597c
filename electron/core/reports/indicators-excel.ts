import type ExcelJS from 'exceljs';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { IndicatorReport, IndicatorsFile } from '../../../shared/api/reports';
import { STATUS_NAMES, type DossierStatus } from '../../../shared/dossier-status';
import { prepared } from '../db/prepared';
import { addSheet, deskWorkbook, TIME_FORMAT, vnCellTime as vnCell, vnDateText as vnDate, workbookFile, type SheetColumn } from '../excel';
import { indicatorRowids, type JudgedPeriod } from './indicators';

/** Row of each sheet's column headings; data starts on the next row. */
export const INDICATOR_HEADER_ROW = 4;
const RATIO_FORMAT = '0.00%';

interface DossierLine {
  code: string;
  procedure_name: string;
  applicant_name: string;
  status: number;
  received_at: string;
  due_at: string | null;
  ended_at: string | null;
}

const LINES_SQL = `SELECT code, procedure_name, applicant_name, status, received_at, due_at, coalesce(finished_at, returned_at) AS ended_at
  FROM dossiers WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY received_at, rowid`;

function sheet(book: ExcelJS.Workbook, name: string, title: string, note: string, columns: SheetColumn[], rows: unknown[][]) {
  addSheet(book, { name, title, note, headerRow: INDICATOR_HEADER_ROW, columns, rows });
}

const DOSSIER_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Mã hồ sơ', width: 26 },
  { header: 'Thủ tục', width: 40 },
  { header: 'Người nộp', width: 24 },
  { header: 'Trạng thái', width: 22 },
  { header: 'Tiếp nhận', width: 17, format: TIME_FORMAT },
  { header: 'Hẹn trả', width: 17, format: TIME_FORMAT },
  { header: 'Xử lý xong', width: 17, format: TIME_FORMAT },
];

function dossierRows(db: Database.Database, rowids: number[]): unknown[][] {
  const lines = prepared(db, LINES_SQL).all(JSON.stringify(rowids)) as DossierLine[];
  return lines.map((l, i) => [i + 1, l.code, l.procedure_name, l.applicant_name, STATUS_NAMES[l.status as DossierStatus], vnCell(l.received_at), vnCell(l.due_at), vnCell(l.ended_at)]);
}

/** The workbook of `reports.indicatorsExcel`: Chỉ số, Hồ sơ trễ hạn, Hồ sơ chưa số hoá. */
export function buildIndicatorsWorkbook(db: Database.Database, report: IndicatorReport, period: JudgedPeriod, agencyName: string): ExcelJS.Workbook {
  const book = deskWorkbook();
  const span = `TỪ ${vnDate(report.from)} ĐẾN ${vnDate(report.to)}`;
  sheet(
    book,
    'Chỉ số',
    `CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766) ${span}${agencyName ? ` – ${agencyName}` : ''}`,
    `${report.scope} Hồ sơ còn mở được tính tại ${vnDate(report.judgedAt.slice(0, 10))} (giờ Việt Nam).`,
    [
      { header: 'Chỉ số', width: 40 },
      { header: 'Tử số', width: 10 },
      { header: 'Mẫu số', width: 10 },
      { header: 'Tỷ lệ / giá trị', width: 14 },
      { header: 'Điểm', width: 8 },
      { header: 'Điểm tối đa', width: 11 },
      { header: 'Cách tính', width: 80 },
    ],
    report.figures.map((f) => [
      f.title,
      f.numerator,
      f.denominator,
      null,
      f.points ?? null,
      f.maxPoints ?? null,
      f.note ? `${f.counts} ${f.note}` : f.counts,
    ]),
  );
  // The ratio as a number (exceljs drops a formula's cached result of 0); the average in days.
  const ratios = book.getWorksheet('Chỉ số')!;
  report.figures.forEach((f, i) => {
    const cell = ratios.getCell(INDICATOR_HEADER_ROW + 1 + i, 4);
    cell.value = f.ratio;
    cell.numFmt = f.code === 'avgProcessingDays' ? '0.00' : RATIO_FORMAT;
  });
  const late = indicatorRowids(period, { from: report.from, to: report.to, late: true });
  sheet(book, 'Hồ sơ trễ hạn', `HỒ SƠ TRỄ HẠN ${span}`, 'Hồ sơ kết thúc sau thời điểm hẹn trả, còn mở đã quá hạn ở cuối kỳ, hoặc bổ sung từ hai lần trở lên.', DOSSIER_COLUMNS, dossierRows(db, late));
  const undigitised = indicatorRowids(period, { from: report.from, to: report.to, digitised: false });
  sheet(book, 'Hồ sơ chưa số hoá', `HỒ SƠ CHƯA SỐ HOÁ ${span}`, 'Hồ sơ còn thành phần chưa có tệp, hoặc đã có kết quả mà kết quả chưa có tệp.', DOSSIER_COLUMNS, dossierRows(db, undigitised));
  return book;
}

export async function indicatorsFile(db: Database.Database, report: IndicatorReport, period: JudgedPeriod, agencyName: string): Promise<IndicatorsFile> {
  return workbookFile(buildIndicatorsWorkbook(db, report, period, agencyName), `chi-so-766-${report.from}-${report.to}.xlsx`);
}
