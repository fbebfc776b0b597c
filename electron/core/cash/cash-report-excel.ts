import type ExcelJS from 'exceljs';
import type { CashMovement, CashReport, CashReportFile, ParsedInputOf, PaymentStatus } from '../../../shared/api';
import { officerNameIn } from '../../../shared/api/cash';
import { PAYMENT_METHOD_TEXT } from '../../../shared/api/payments';
import type { HandlerContext } from '../api/handler-context';
import { addSheet as addShapedSheet, deskWorkbook, DONG_FORMAT, TIME_FORMAT, vnCellTime, vnDateText, workbookFile, type SheetColumn } from '../excel';
import { cashReport } from './cash-report';
import { readStoredCashSettings } from './cash-settings';

const NUMBER_FORMAT = '0000000';
/** Row of each sheet's column headings; data starts on the next row. */
export const HEADER_ROW = 3;

const STATUS_TEXT: Record<PaymentStatus, string> = { paid: 'Đã thu', void: 'Đã hủy', refunded: 'Đã hoàn tiền' };

type Column = SheetColumn;

function addSheet(book: ExcelJS.Workbook, name: string, title: string, columns: Column[], rows: unknown[][]): ExcelJS.Worksheet {
  return addShapedSheet(book, { name, title, headerRow: HEADER_ROW, columns, rows });
}

function movementRows(report: CashReport, movements: CashMovement[]): unknown[][] {
  const name = (username: string) => officerNameIn(report, username);
  return movements.map((m, i) => [
    i + 1,
    m.document.form,
    m.document.series,
    m.document.number,
    vnCellTime(m.at),
    name(m.officer),
    m.counter,
    name(m.approvedBy),
    m.amount,
    m.reason,
  ]);
}

const MOVEMENT_COLUMNS: Column[] = [
  { header: 'STT', width: 6 },
  { header: 'Mẫu số chứng từ', width: 14 },
  { header: 'Ký hiệu', width: 10 },
  { header: 'Số chứng từ', width: 12, format: NUMBER_FORMAT },
  { header: 'Thời gian', width: 17, format: TIME_FORMAT },
  { header: 'Cán bộ', width: 22 },
  { header: 'Quầy', width: 7 },
  { header: 'Người duyệt', width: 22 },
  { header: 'Số tiền (đồng)', width: 15, format: DONG_FORMAT },
  { header: 'Lý do', width: 40 },
];

/** Builds the workbook of a day's cash report: Tổng hợp, Biên lai, Hủy biên lai, Hoàn tiền, Ca thu tiền. */
export function buildCashReportWorkbook(report: CashReport, unitName: string): ExcelJS.Workbook {
  const book = deskWorkbook();
  const day = vnDateText(report.date);
  const of = unitName ? ` – ${unitName}` : '';
  const name = (username: string) => officerNameIn(report, username);
  const scope = report.officer ? `Cán bộ thu: ${name(report.officer)}. ` : 'Tất cả cán bộ và quầy. ';

  const totalRows: unknown[][] = report.totals.map((t) => [name(t.officer), t.counter, t.payments, t.collected, t.cash, t.transfer, t.voided, t.refunded, t.net]);
  const g = report.grandTotal;
  totalRows.push(['Tổng cộng', null, g.payments, g.collected, g.cash, g.transfer, g.voided, g.refunded, g.net]);
  const totals = addSheet(
    book,
    'Tổng hợp',
    `BÁO CÁO THU TIỀN PHÍ, LỆ PHÍ NGÀY ${day}${of}`,
    [
      { header: 'Cán bộ thu', width: 24 },
      { header: 'Quầy', width: 7 },
      { header: 'Số biên lai', width: 11 },
      { header: 'Đã thu (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Tiền mặt (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Chuyển khoản (đồng)', width: 17, format: DONG_FORMAT },
      { header: 'Hủy biên lai (đồng)', width: 17, format: DONG_FORMAT },
      { header: 'Hoàn tiền (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Thực thu (đồng)', width: 15, format: DONG_FORMAT },
    ],
    totalRows,
  );
  totals.getRow(HEADER_ROW + totalRows.length).font = { bold: true };
  totals.getCell(2, 1).value = scope + 'Số tiền là đồng; hủy và hoàn tiền là số âm; thời gian theo giờ Việt Nam (UTC+7).';

  addSheet(
    book,
    'Biên lai',
    `BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ NGÀY ${day}`,
    [
      { header: 'STT', width: 6 },
      { header: 'Mẫu số', width: 13 },
      { header: 'Ký hiệu', width: 10 },
      { header: 'Số biên lai', width: 12, format: NUMBER_FORMAT },
      { header: 'Mã hồ sơ', width: 24 },
      { header: 'Thu lúc', width: 17, format: TIME_FORMAT },
      { header: 'Cán bộ thu', width: 22 },
      { header: 'Quầy', width: 7 },
      { header: 'Số tiền (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Đã hoàn (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Trạng thái', width: 14 },
      { header: 'Hình thức', width: 14 },
      { header: 'Mã giao dịch', width: 20 },
    ],
    report.payments.map((p, i) => [
      i + 1,
      p.receipt.form,
      p.receipt.series,
      p.receipt.number,
      p.dossierCode,
      vnCellTime(p.collectedAt),
      name(p.officer),
      p.counter,
      p.amount,
      p.refunded,
      STATUS_TEXT[p.status],
      PAYMENT_METHOD_TEXT[p.method],
      p.reference,
    ]),
  );
  addSheet(book, 'Hủy biên lai', `HỦY BIÊN LAI NGÀY ${day}`, MOVEMENT_COLUMNS, movementRows(report, report.voids));
  addSheet(book, 'Hoàn tiền', `HOÀN TIỀN NGÀY ${day}`, MOVEMENT_COLUMNS, movementRows(report, report.refunds));
  addSheet(
    book,
    'Ca thu tiền',
    `CA THU TIỀN NGÀY ${day}`,
    [
      { header: 'Ca số', width: 7 },
      { header: 'Cán bộ', width: 22 },
      { header: 'Quầy', width: 7 },
      { header: 'Mở lúc', width: 17, format: TIME_FORMAT },
      { header: 'Đóng lúc', width: 17, format: TIME_FORMAT },
      { header: 'Tiền đầu ca (đồng)', width: 16, format: DONG_FORMAT },
      { header: 'Tiền mặt đã thu (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Chi ra (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Phải có (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Đếm được (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Chênh lệch (đồng)', width: 15, format: DONG_FORMAT },
      { header: 'Lãnh đạo duyệt chênh lệch', width: 22 },
      { header: 'Ghi chú bàn giao', width: 40 },
      { header: 'Chuyển khoản, ngoài két (đồng)', width: 17, format: DONG_FORMAT },
    ],
    report.sessions.map((s) => [
      s.id,
      name(s.officer),
      s.counter,
      vnCellTime(s.openedAt),
      vnCellTime(s.closedAt),
      s.float,
      s.collected,
      s.movements,
      s.expected,
      s.counted,
      s.difference,
      s.approvedBy ? name(s.approvedBy) : null,
      s.note,
      s.transfers,
    ]),
  );
  return book;
}

/** `cash.reportExcel`: the report `cash.report` gives (same roles, same officer rule) as an .xlsx file. */
export async function cashReportExcel(ctx: HandlerContext, input: ParsedInputOf<'cash.reportExcel'>): Promise<CashReportFile> {
  const report = cashReport(ctx, input);
  const unitName = readStoredCashSettings(ctx.services.settings).unitName || ctx.services.identity().agencyName;
  return workbookFile(buildCashReportWorkbook(report, unitName), `bao-cao-thu-tien-${report.date}${report.officer ? `-${report.officer}` : ''}.xlsx`);
}
