import ExcelJS from 'exceljs';
import { toLocalMs } from '../../../shared/calendar/vietnam-time';

/** Whole đồng with a thousands separator (Excel shows "." in a Vietnamese locale). */
export const DONG_FORMAT = '#,##0';
/** A Vietnam wall-clock time to the minute. */
export const TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/** Excel has no time zones: a UTC instant becomes a date cell holding Vietnam's wall-clock time. */
export function vnCellTime(iso: string | null | undefined): Date | null {
  return iso ? new Date(toLocalMs(new Date(iso))) : null;
}

/** 'yyyy-mm-dd' as the forms write it: dd/mm/yyyy. */
export function vnDateText(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export interface SheetColumn {
  header: string;
  width: number;
  format?: string;
  /** Long text (an address, a procedure) wraps inside its cell. */
  wrap?: boolean;
}

export interface SheetSpec {
  name: string;
  /** Row 1, bold. */
  title: string;
  /** Row 2, when given. */
  note?: string;
  /** The row of the column headings; data starts on the next row (3 unless said). */
  headerRow?: number;
  columns: SheetColumn[];
  rows: unknown[][];
  /** Printed on A4 landscape, the headings repeated on every page. */
  landscape?: boolean;
}

/** A new workbook as every export of the desk starts one. */
export function deskWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Một Cửa Desk';
  return book;
}

/**
 * One sheet of an export, shaped the one way the desk's Excel files are: a bold title on row 1, an
 * optional note on row 2, bold column headings (frozen) on the header row, then one row per item.
 */
export function addSheet(book: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const headerRow = spec.headerRow ?? 3;
  const sheet = book.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    ...(spec.landscape ? { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` } } : {}),
  });
  sheet.getCell(1, 1).value = spec.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  if (spec.note) sheet.getCell(2, 1).value = spec.note;
  spec.columns.forEach((column, index) => {
    const col = sheet.getColumn(index + 1);
    col.width = column.width;
    if (column.format) col.numFmt = column.format;
  });
  const header = sheet.getRow(headerRow);
  header.values = spec.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  const wrapped = spec.columns.flatMap((c, i) => (c.wrap ? [i + 1] : []));
  spec.rows.forEach((values, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = values as ExcelJS.CellValue[];
    for (const col of wrapped) row.getCell(col).alignment = { vertical: 'top', wrapText: true };
  });
  return sheet;
}

/** The workbook as the API sends a file: its name and its bytes in base64. */
export async function workbookFile(book: ExcelJS.Workbook, fileName: string): Promise<{ fileName: string; contentBase64: string }> {
  const buffer = await book.xlsx.writeBuffer();
  return { fileName, contentBase64: Buffer.from(buffer).toString('base64') };
}
