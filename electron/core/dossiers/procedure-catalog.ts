import type { DossierFeeLine, ProcedureDetail } from '../../../shared/api';

/** What the counter workflow needs from the procedure catalogue (implemented over resources/catalog). */
export interface ProcedureCatalog {
  list(): ProcedureDetail[];
  get(code: string): ProcedureDetail | undefined;
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
