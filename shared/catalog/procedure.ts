/** A procedure (thủ tục hành chính) of the catalogue, as shipped in resources/catalog/*.json. */
import { z } from 'zod';
import { isoDate, money, processingTimeSchema, text } from './schema-parts';

export const componentSchema = z
  .object({
    /** Code within the procedure: "TP1" in the shipped files, the national code ("000.00.00.G15-KQ003204") when synced. */
    code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, { error: 'chỉ gồm chữ, số, dấu chấm, gạch (tối đa 40 ký tự)' }),
    name: text(500),
    originals: z.number().int().min(0),
    copies: z.number().int().min(0),
    required: z.boolean({ error: 'phải là true hoặc false' }),
  })
  .strict();

const feeCommon = {
  code: z.string().regex(/^[A-Za-z0-9_-]{1,30}$/, { error: 'chỉ gồm chữ, số, gạch' }),
  name: text(300),
  /** First day the rule applies; `to` the last (null or absent: still in force). */
  from: isoDate,
  to: isoDate.nullable().optional(),
  /** thu trước / thu sau / miễn */
  collection: z.enum(['before', 'after', 'none'], { error: 'phải là before, after hoặc none' }),
  /** Applicant groups exempt from this fee (e.g. "nguoi-co-cong", "ho-ngheo", "nguoi-khuyet-tat"). */
  exemptGroups: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'chỉ gồm a-z, 0-9 và dấu gạch' })).default([]),
  /** Who sets the amount: national circular or the province's council. */
  setBy: z.enum(['national', 'province']).default('national'),
  legalBasis: z.string().optional(),
};

/** An amount the province sets but that has not been entered yet is null. */
const amount = money.nullable();

export const feeRuleSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ ...feeCommon, kind: z.literal('free') }).strict(),
      z.object({ ...feeCommon, kind: z.literal('per-case'), amount }).strict(),
      z.object({ ...feeCommon, kind: z.literal('per-copy'), amount }).strict(),
      z
        .object({
          ...feeCommon,
          kind: z.literal('per-page'),
          /** Price of each page from `fromPage` on, until the next tier. */
          tiers: z.array(z.object({ fromPage: z.number().int().min(1), amount: money }).strict()).min(1, { error: 'cần ít nhất một bậc' }),
          /** Most one copy may cost; null for no cap. */
          capPerCopy: money.nullable(),
        })
        .strict()
        .refine((r) => r.tiers[0]!.fromPage === 1 && r.tiers.every((t, i) => i === 0 || t.fromPage > r.tiers[i - 1]!.fromPage), {
          error: 'các bậc phải bắt đầu từ trang 1 và tăng dần',
          path: ['tiers'],
        }),
    ],
    { error: 'loại phí phải là free, per-case, per-copy hoặc per-page' },
  )
  .refine((r) => !r.to || r.to >= r.from, { error: 'ngày hết hiệu lực trước ngày bắt đầu', path: ['to'] });

/** A case (trường hợp) of a procedure with its own processing time; several cases are separate choices at intake. */
export const procedureCaseSchema = z
  .object({
    /** The national case code, e.g. "2.000815.01". */
    code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, { error: 'chỉ gồm chữ, số, dấu chấm, gạch (tối đa 40 ký tự)' }),
    name: text(500),
    /** null: the national record does not say (unit OTHER or 0); the procedure's time applies. */
    processingTime: processingTimeSchema.nullable(),
  })
  .strict();

/** The processing time a channel (nộp trực tiếp, trực tuyến, bưu chính) states, when the record gives one. */
export const channelTimeSchema = z
  .object({
    channel: z.enum(['direct', 'online', 'postal'], { error: 'phải là direct, online hoặc postal' }),
    processingTime: processingTimeSchema.nullable(),
  })
  .strict();

export const procedureSchema = z
  .object({
    /** National procedure code (mã TTHC), e.g. "1.001193". */
    code: z.string().regex(/^\d\.\d{6}(\.[0-9A-Za-z]+)*$/, { error: 'phải là mã TTHC dạng 1.001193' }),
    name: text(500),
    field: z.object({ code: z.string().regex(/^[a-z0-9-]+$/, { error: 'chỉ gồm a-z, 0-9 và dấu gạch' }), name: text(200) }).strict(),
    /** toàn trình / một phần / counter only */
    level: z.enum(['toan-trinh', 'mot-phan', 'truc-tiep'], { error: 'phải là toan-trinh, mot-phan hoặc truc-tiep' }),
    processingTime: processingTimeSchema,
    /** When the time differs in some cases (verification needed, ...). */
    processingTimeNote: z.string().optional(),
    /** A supplement request stops the clock (pause) or the full time counts again from the supplement (restart). */
    supplementRule: z.enum(['pause', 'restart'], { error: 'phải là pause hoặc restart' }).default('pause'),
    components: z.array(componentSchema).min(1, { error: 'cần ít nhất một thành phần hồ sơ' }),
    fees: z.array(feeRuleSchema).min(1, { error: 'cần ít nhất một quy tắc phí (dùng kind "free" nếu miễn)' }),
    results: z.array(text(300)).min(1, { error: 'cần ít nhất một kết quả' }),
    legalBasis: z.array(z.string()).optional(),
    note: z.string().optional(),
    /** Cases of the procedure (synced from the national record); absent or one: no choice at intake. */
    cases: z.array(procedureCaseSchema).optional(),
    /** Processing time per submission channel, as the national record states it. */
    channels: z.array(channelTimeSchema).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.components.forEach((c, i) => {
      if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: ['components', i, 'code'], message: `mã thành phần "${c.code}" bị trùng` });
      seen.add(c.code);
    });
  });

export const catalogFileSchema = z
  .object({
    /** Where the data was taken from (listing, date). */
    source: text(1000),
    procedures: z.array(procedureSchema).min(1, { error: 'tệp không có thủ tục nào' }),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.procedures.forEach((p, i) => {
      if (seen.has(p.code)) ctx.addIssue({ code: 'custom', path: ['procedures', i, 'code'], message: `mã thủ tục "${p.code}" bị trùng trong tệp` });
      seen.add(p.code);
    });
  });

export type Procedure = z.output<typeof procedureSchema>;
export type ProcedureComponent = z.output<typeof componentSchema>;
export type FeeRule = z.output<typeof feeRuleSchema>;
export type ProcedureCase = z.output<typeof procedureCaseSchema>;
export type ChannelTime = z.output<typeof channelTimeSchema>;
export type CatalogFile = z.output<typeof catalogFileSchema>;
