/** Node loader of the procedure catalogue and holiday schedules shipped under resources/. Never imports electron. */
export { loadCatalogFile, loadCatalogDir, parseCatalog } from './load-catalog';
export { loadHolidayFile, loadHolidayDir } from './load-holidays';
