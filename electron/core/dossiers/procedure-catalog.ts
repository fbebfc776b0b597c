import type { DossierFeeLine, ProcedureDetail } from '../../../shared/api';

/** What the counter workflow needs from the procedure catalogue (the versioned store over resources/catalog). */
export interface ProcedureCatalog {
  /** What intake offers: withdrawn procedures are not listed. */
  list(): ProcedureDetail[];
  /** The current version (withdrawn included, `withdrawn: true`), or a stored version by number. */
  get(code: string, version?: number): ProcedureDetail | undefined;
  /** Reads the catalogue again after a sync changed the store. */
  reload(): void;
  /** The fee at a moment, from the catalogue's dated rules; integer đồng. */
  fee(
    code: string,
    quantities: { pages?: number; copies?: number; cases?: number },
    at: Date,
    applicantGroups: string[],
  ): { lines: DossierFeeLine[]; total: number };
  /** Validates a whole catalogue file and, only if every entry is valid, replaces the catalogue. */
  load(fileName: string, content: string): number;
}
