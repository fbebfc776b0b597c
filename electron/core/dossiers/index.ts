// The door of dossiers/: what the rest of the core uses of it (lint rule core/layers).
export { counterSlice, readCodeRange } from './code-range';
export { recordDossierChange } from './dossier-change';
export { readDossierRow } from './dossier-row';
export type { DossierRow } from './dossier-row';
export { indexApplicantName } from './dossier-search-index';
export type { ProcedureCatalog } from './procedure-catalog';
