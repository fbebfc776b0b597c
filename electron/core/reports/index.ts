/** Reports: the ward's own Decision 766 figures (indicators-766.md) and their Excel file. */
export { reportsHandlers } from './reports-handlers';
export { judgePeriod, indicatorRowids, indicatorReport, INDICATOR_SCOPE } from './indicators';
export { judgeDossier, type DossierFacts, type Judgement } from './dossier-judgement';
export { INDICATOR_HEADER_ROW } from './indicators-excel';
