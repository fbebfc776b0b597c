// The door of excel/: the one shape of the desk's Excel exports (cash report, Decision 766 figures, logbook, audit).
export { addSheet, deskWorkbook, workbookFile, vnCellTime, vnDateText, DONG_FORMAT, TIME_FORMAT, type SheetColumn, type SheetSpec } from './excel-sheet';
