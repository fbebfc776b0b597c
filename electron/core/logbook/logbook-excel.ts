import type { LogbookFile, LogbookRow } from '../../../shared/api/logbook';
import { LOGBOOK_EXCEL_MAX_ROWS } from '../../../shared/api/logbook';
import type Database from 'better-sqlite3-multiple-ciphers';
import { addSheet, deskWorkbook, TIME_FORMAT, vnCellTime, vnDateText, workbookFile, type SheetColumn } from '../excel';
import { logbookRows, type LogbookQuery } from './logbook-rows';

/** Row of the column headings in the Sổ theo dõi hồ sơ sheet; data starts on the next row. */
export const LOGBOOK_HEADER_ROW = 4;

/** Mẫu 07's columns, the applicant's name, address and phone apart so that they can be sorted and filtered. */
export const LOGBOOK_COLUMNS: SheetColumn[] = [
  { header: 'Số thứ tự', width: 8 },
  { header: 'Mã hồ sơ', width: 24 },
  { header: 'Tên thủ tục hành chính', width: 40, wrap: true },
  { header: 'Số lượng hồ sơ (bộ)', width: 10 },
  { header: 'Tên người nộp hồ sơ', width: 24, wrap: true },
  { header: 'Địa chỉ', width: 34, wrap: true },
  { header: 'Số điện thoại', width: 14 },
  { header: 'Ngày, giờ nhận hồ sơ', width: 17, format: TIME_FORMAT },
  { header: 'Ngày, giờ hẹn trả kết quả', width: 17, format: TIME_FORMAT },
  { header: 'Ngày, giờ nhận kết quả từ cơ quan giải quyết', width: 19, format: TIME_FORMAT },
  { header: 'Ngày, giờ trả kết quả cho người nộp', width: 18, format: TIME_FORMAT },
  { header: 'Ghi chú', width: 36, wrap: true },
];

/** One dossier as a row of the sheet, in LOGBOOK_COLUMNS' order. */
export function logbookCells(row: LogbookRow): unknown[] {
  return [
    row.rowNumber,
    row.code,
    row.procedureName,
    row.sets,
    row.applicantName,
    row.applicantAddress,
    row.applicantPhone,
    vnCellTime(row.receivedAt),
    vnCellTime(row.dueAt),
    vnCellTime(row.resultAt),
    vnCellTime(row.handedOverAt),
    row.note || null,
  ];
}

/** `logbook.excel`: the book's rows received from..to as one sheet, Mẫu 07's title and columns. */
export function logbookExcel(db: Database.Database, query: Required<LogbookQuery>, agencyName: string): Promise<LogbookFile> {
  const { rows, truncated } = logbookRows(db, query, LOGBOOK_EXCEL_MAX_ROWS);
  const book = deskWorkbook();
  const span = `từ ngày ${vnDateText(query.from)} đến ngày ${vnDateText(query.to)}`;
  addSheet(book, {
    name: 'Sổ theo dõi hồ sơ',
    title: `SỔ THEO DÕI HỒ SƠ – Quyển số ${query.book}${agencyName ? ` – ${agencyName}` : ''}`,
    note:
      `Hồ sơ tiếp nhận ${span}: ${rows.length} hồ sơ. Thời gian theo giờ Việt Nam (UTC+7).` +
      (truncated ? ` Chỉ ghi ${LOGBOOK_EXCEL_MAX_ROWS} dòng đầu; hãy chọn khoảng ngày ngắn hơn.` : ''),
    headerRow: LOGBOOK_HEADER_ROW,
    columns: LOGBOOK_COLUMNS,
    rows: rows.map(logbookCells),
    landscape: true,
  });
  return workbookFile(book, `so-theo-doi-ho-so-${query.book.replace('/', '-')}-${query.from}-${query.to}.xlsx`);
}
