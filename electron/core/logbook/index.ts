// The door of logbook/: Sổ theo dõi hồ sơ (Mẫu 07), one book per counter and year (the rows intake numbers in dossiers/logbook.ts).
export { logbookHandlers } from './logbook-handlers';
export { LOGBOOK_COLUMNS, LOGBOOK_HEADER_ROW, logbookCells } from './logbook-excel';
