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
}

const code = z.string({ error: 'Mã thủ tục: bắt buộc nhập.' }).trim().min(1, { error: 'Mã thủ tục: bắt buộc nhập.' }).max(40);

export const catalogMethods = {
  'catalog.list': method<ProcedureSummary[]>()({ input: noInput, access: ALL_ROLES, kind: 'read' }),
  'catalog.get': method<ProcedureDetail>()({ input: z.object({ code }), access: ALL_ROLES, kind: 'read' }),
  /** A supervisor loads an updated catalogue file (validated whole; nothing changes if any entry is wrong). */
  'catalog.load': method<{ procedures: number }>()({
    input: z.object({ fileName: z.string().max(200), content: z.string().max(5_000_000) }),
    access: SUPERVISORS,
    kind: 'write',
  }),
};
