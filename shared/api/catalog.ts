import { z } from 'zod';
import { method, ALL_ROLES, SUPERVISORS } from './method';
import { noInput } from './common';

export type ServiceLevel = 'toan-trinh' | 'mot-phan' | 'truc-tiep';

export interface ProcedureSummary {
  code: string;
  name: string;
  field: string;
  level: ServiceLevel;
}

export interface ProcedureComponentView {
  code: string;
  name: string;
  required: boolean;
  originals: number;
  copies: number;
}

export interface ProcedureDetail extends ProcedureSummary {
  fieldCode: string;
  /** The ProcessingTime of the rules library, e.g. {unit: 'working-days', amount: 3}. */
  processingTime: { unit: string; amount?: number; cutoff?: string };
  /** Vietnamese, e.g. "3 ngày làm việc". */
  processingTimeText: string;
  supplementRule: 'pause' | 'restart';
  components: ProcedureComponentView[];
  /** Fee rules as in the catalogue file (see shared/catalog). */
  fees: unknown;
  /** Which fee quantities the fee depends on. */
  feeQuantities: Array<'pages' | 'copies' | 'cases'>;
  /** thu trước / thu sau / miễn. */
  feeCollection: 'before' | 'after' | 'none';
  results: string[];
  /** The catalogue version (a synced or loaded procedure); absent for the shipped catalogue. */
  version?: number;
  /** Withdrawn (bãi bỏ): no new intake; its dossiers still read it. */
  withdrawn?: boolean;
  /** Several cases (trường hợp): separate choices at intake, each with its processing time (null: the procedure's). */
  cases?: Array<{ code: string; name: string; processingTime: { unit: string; amount?: number; cutoff?: string } | null }>;
  /** Processing time per submission channel as the national record states it (null: not said). */
  channels?: Array<{ channel: 'direct' | 'online' | 'postal'; processingTime: { unit: string; amount?: number; cutoff?: string } | null }>;
}

/** What one catalogue sync did (counts); `issues`: procedures refused or imported with a field to complete. */
export interface CatalogSyncResult {
  added: number;
  changed: number;
  withdrawn: number;
  issues: number;
}

/** A procedure the last syncs refused, or imported with a field a supervisor must complete ("cần bổ sung"). */
export interface CatalogSyncIssue {
  code: string;
  name: string;
  /** false: refused, the desk keeps the version it had (or has none). */
  imported: boolean;
  issues: Array<{ field: string; message: string }>;
  /** When the portal's record was last read. */
  at: string;
}

const code = z.string({ error: 'Mã thủ tục: bắt buộc nhập.' }).trim().min(1, { error: 'Mã thủ tục: bắt buộc nhập.' }).max(40);

export const catalogMethods = {
  'catalog.list': method<ProcedureSummary[]>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  /** The current version, or with `version` the one a dossier was received under (a withdrawn procedure included). */
  'catalog.get': method<ProcedureDetail>()({
    input: z.object({ code, version: z.number({ error: 'Phiên bản: phải là số.' }).int({ error: 'Phiên bản: phải là số nguyên.' }).min(1, { error: 'Phiên bản: từ 1.' }).optional() }),
    access: ALL_ROLES,
    kind: 'read',
  }),
  /** Takes the portal's changes to the catalogue now (LayDanhSachTTHC since the last sync, LayThuTuc each). */
  'catalog.sync': method<CatalogSyncResult>()({ input: noInput, access: SUPERVISORS, kind: 'task' }),
  /** What the syncs could not decide, per procedure and field; a record read again replaces its entry, one withdrawn leaves. */
  'catalog.syncIssues': method<CatalogSyncIssue[]>()({ input: noInput, access: SUPERVISORS, kind: 'read' }),
  /** A supervisor loads an updated catalogue file (validated whole; nothing changes if any entry is wrong). */
  'catalog.load': method<{ procedures: number }>()({
    input: z.object({ fileName: z.string().max(200), content: z.string().max(5_000_000) }),
    access: SUPERVISORS,
    kind: 'write',
  }),
};
