/**
 * A procedure in the national portal's own JSON form (the `data` of its public procedure API, as
 * `LayThuTuc` answers it, portal-protocol.md section 4). Only the fields the desk uses are checked,
 * and only their types: other fields pass through untouched, and odd but well-typed values (a
 * component without a code, a time of unit OTHER, a fee in USD) are for the mapper to judge.
 */
import { z } from 'zod';

const str = (label: string) => z.string({ error: `${label} phải là chuỗi ký tự` });
const optStr = (label: string) => str(label).nullish();
const num = (label: string) => z.number({ error: `${label} phải là số` });
const codeName = z.looseObject({ code: optStr('mã'), name: optStr('tên') });

export const nationalComponentSchema = z.looseObject({
  code: optStr('mã thành phần'),
  name: str('tên thành phần').min(1, { error: 'tên thành phần không được để trống' }),
  originalQty: num('số bản chính').int({ error: 'số bản chính phải là số nguyên' }).min(0).nullish(),
  copyQty: num('số bản sao').int({ error: 'số bản sao phải là số nguyên' }).min(0).nullish(),
  required: z.boolean({ error: 'required phải là true hoặc false' }).nullish(),
});

export const nationalTimeTypes = ['WORKING_DAY', 'DAY', 'HOUR', 'WORKING_HOUR', 'OTHER'] as const;
const timeType = z.enum(nationalTimeTypes, { error: `đơn vị thời gian phải là một trong ${nationalTimeTypes.join(', ')}` });

export const nationalFeeSchema = z.looseObject({
  type: optStr('loại phí'),
  value: num('mức phí').min(0, { error: 'mức phí không được âm' }),
  description: optStr('mô tả phí'),
  currencyName: optStr('đơn vị tiền'),
});

export const nationalMethodSchema = z.looseObject({
  submissionMethod: z.enum(['DIRECT', 'ONLINE', 'POSTAL'], { error: 'cách nộp phải là DIRECT, ONLINE hoặc POSTAL' }),
  processingTime: num('thời hạn').min(0).nullish(),
  processingTimeUnit: timeType.nullish(),
  description: optStr('mô tả cách thực hiện'),
  fees: z.array(nationalFeeSchema, { error: 'fees phải là mảng' }).nullish(),
});

export const nationalCaseSchema = z.looseObject({
  code: optStr('mã trường hợp'),
  name: optStr('tên trường hợp'),
  processingDay: z.looseObject({ qty: num('thời hạn').min(0).nullish(), type: timeType.nullish() }).nullish(),
});

export const nationalProcedureSchema = z.looseObject({
  code: str('mã thủ tục').regex(/^\d\.\d{6}(\.[0-9A-Za-z]+)*$/, { error: 'mã thủ tục phải có dạng 1.001193' }),
  name: str('tên thủ tục').min(1, { error: 'tên thủ tục không được để trống' }),
  category: codeName.nullish(),
  categoriesDetails: z.array(codeName, { error: 'categoriesDetails phải là mảng' }).nullish(),
  isWard: z.boolean({ error: 'isWard phải là true hoặc false' }).nullish(),
  isOfflineOnly: z.boolean({ error: 'isOfflineOnly phải là true hoặc false' }).nullish(),
  isFullProcess: z.boolean({ error: 'isFullProcess phải là true hoặc false' }).nullish(),
  cases: z.array(nationalCaseSchema, { error: 'cases phải là mảng' }).nullish(),
  executionCases: z
    .array(z.looseObject({ name: optStr('tên nhóm thành phần'), profileComponents: z.array(nationalComponentSchema, { error: 'profileComponents phải là mảng' }).nullish() }), {
      error: 'executionCases phải là mảng',
    })
    .nullish(),
  executionMethods: z.array(nationalMethodSchema, { error: 'executionMethods phải là mảng' }).nullish(),
  resultsDetails: z.array(codeName, { error: 'resultsDetails phải là mảng' }).nullish(),
  legalBasisesDetails: z.array(codeName, { error: 'legalBasisesDetails phải là mảng' }).nullish(),
  procedureProposal: z.looseObject({ decisionDate: num('ngày quyết định').nullish() }).nullish(),
  updatedAt: num('updatedAt').nullish(),
});

export type NationalProcedure = z.output<typeof nationalProcedureSchema>;

/** Checks a national record; the problems name the field, in Vietnamese. */
export function parseNationalProcedure(json: unknown): { ok: true; record: NationalProcedure } | { ok: false; problems: string[] } {
  const result = nationalProcedureSchema.safeParse(json);
  if (result.success) return { ok: true, record: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
      return where ? `trường "${where}": ${issue.message}` : issue.message;
    }),
  };
}
