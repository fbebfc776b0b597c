// The national record of a procedure mapped into the catalogue, on two real answers of the
// national portal's procedure API (copied from ../shared/data into tests/fixtures/national).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../../electron/core/catalog';
import { nationalRecordOf } from '../../../electron/training-portal/catalogue-service';
import { parseNationalProcedure, procedureFromNational, procedureSchema, timeFromText, type NationalProcedure, type Procedure } from '../../../shared/catalog';
import { computeFee } from '../../../shared/fees';

const real = (code: string) => (JSON.parse(fs.readFileSync(`tests/fixtures/national/dvcqg-procedure-${code}.json`, 'utf8')) as { data: unknown }).data;
const record = (json: unknown): NationalProcedure => {
  const parsed = parseNationalProcedure(json);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.record;
};
const mapped = (json: unknown): { procedure: Procedure; issues: Array<{ field: string; message: string }> } => {
  const result = procedureFromNational(record(json));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
};
const AT = new Date('2026-12-04T03:00:00Z');

describe('2.000815 Chứng thực bản sao từ bản chính (real record)', () => {
  const { procedure, issues } = mapped(real('2.000815'));

  it('is a valid catalogue entry with the field from its category', () => {
    expect(procedureSchema.safeParse(procedure).success).toBe(true);
    expect(procedure.code).toBe('2.000815');
    expect(procedure.field).toEqual({ code: 'chung-thuc', name: 'Chứng thực' });
    expect(procedure.level).toBe('truc-tiep'); // only DIRECT methods
    expect(procedure.results).toEqual(['Bản sao được chứng thực từ bản chính']);
    expect(procedure.legalBasis).toContain('Thông tư 226/2016/TT-BTC'); // the tab inside the name is collapsed
  });

  it('takes the one case\'s time (1 working day); the channel says OTHER, so no channel time', () => {
    expect(procedure.processingTime).toEqual({ unit: 'working-days', amount: 1 });
    expect(procedure.cases).toBeUndefined(); // one case: no choice at intake
    expect(procedure.channels).toEqual([{ channel: 'direct', processingTime: null }]);
  });

  it('reads the per-page fee with its tiers and cap from the fee line and the method description; the USD line is for embassies', () => {
    expect(procedure.fees).toHaveLength(1);
    const fee = procedure.fees[0]!;
    expect(fee).toMatchObject({ kind: 'per-page', tiers: [{ fromPage: 1, amount: 2000 }, { fromPage: 3, amount: 1000 }], capPerCopy: 200_000, collection: 'before', setBy: 'national', from: '2025-10-31' });
    expect(fee.name.startsWith('Phí chứng thực bản sao')).toBe(true);
    // 5 pages, 2 copies: (2 × 2 000 + 3 × 1 000) × 2 = 14 000 đ; 500 pages hit the cap of 200 000 đ a copy.
    expect(computeFee(procedure, { pages: 5, copies: 2 }, AT).total).toBe(14_000);
    expect(computeFee(procedure, { pages: 500, copies: 1 }, AT).total).toBe(200_000);
    expect(issues.map((i) => i.field)).not.toContain('fees');
  });

  it('keeps the one component with its national code; nothing is marked required, which is said', () => {
    expect(procedure.components).toHaveLength(1);
    expect(procedure.components[0]).toMatchObject({ code: '000.00.00.G15-KQ1973', originals: 1, copies: 0, required: false });
    expect(issues).toContainEqual(expect.objectContaining({ field: 'components.required' }));
  });
});

describe('1.001193 Đăng ký khai sinh (real record)', () => {
  const { procedure, issues } = mapped(real('1.001193'));

  it('is valid, its field from categoriesDetails (the record has no category), free of charge', () => {
    expect(procedureSchema.safeParse(procedure).success).toBe(true);
    expect(procedure.field).toEqual({ code: 'ho-tich', name: 'Hộ tịch' });
    expect(procedure.level).toBe('mot-phan'); // ONLINE offered, not a full online process
    expect(procedure.fees).toEqual([expect.objectContaining({ kind: 'free', collection: 'none' })]);
    expect(computeFee(procedure, {}, AT).total).toBe(0);
    expect(procedure.results).toEqual(['Giấy khai sinh']);
  });

  it('has its two cases as separate choices, told apart by their code, each 1 working day', () => {
    expect(procedure.cases).toEqual([
      { code: '1.001193.01', name: 'Thủ tục đăng ký khai sinh (1.001193.01)', processingTime: { unit: 'working-days', amount: 1 } },
      { code: '1.001193.02', name: 'Thủ tục đăng ký khai sinh (1.001193.02)', processingTime: { unit: 'working-days', amount: 1 } },
    ]);
    expect(procedure.processingTime).toEqual({ unit: 'working-days', amount: 1 });
    // Every channel says "1 OTHER": not a time the desk can count.
    expect(procedure.channels).toEqual([
      { channel: 'direct', processingTime: null },
      { channel: 'online', processingTime: null },
      { channel: 'postal', processingTime: null },
    ]);
  });

  it('keeps the papers to hand in or show, and moves the notes mixed into the list (no paper asked, "Lưu ý") into the note', () => {
    const codes = procedure.components.map((c) => c.code);
    expect(codes).toEqual([
      '000.00.00.G15-KQ003208',
      '000.00.00.G15-KQ003159',
      '000.00.00.G15-KQ003303',
      '000.00.00.G15-KQ004389',
      '000.00.00.G15-KQ003785',
      '000.00.00.G15-KQ004946',
      '000.00.00.G15-KQ003204',
      '000.00.00.G15-KQ003967',
    ]);
    expect(procedure.components.find((c) => c.code === '000.00.00.G15-KQ004389')?.name.startsWith('Giấy chứng sinh;')).toBe(true); // "- " dropped
    expect(procedure.note).toContain('Cá nhân có quyền lựa chọn thực hiện thủ tục hành chính về hộ tịch');
    expect(procedure.components.every((c) => c.name.length <= 500)).toBe(true);
    expect(issues).toContainEqual(expect.objectContaining({ field: 'components.required' }));
  });
});

describe('what the record does not say is said, not guessed', () => {
  const base = () => structuredClone(real('2.000815')) as Record<string, unknown>;

  it('a time said in words where the unit is OTHER: same day with its cut-off, working days, working hours', () => {
    expect(timeFromText('Trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.')).toEqual({ unit: 'same-day', cutoff: '15:00' });
    expect(timeFromText('Trong ngày làm việc')).toEqual({ unit: 'same-day' });
    expect(timeFromText('Không quá 03 ngày làm việc kể từ ngày nhận đủ hồ sơ')).toEqual({ unit: 'working-days', amount: 3 });
    expect(timeFromText('04 giờ làm việc')).toEqual({ unit: 'working-hours', amount: 4 });
    expect(timeFromText('Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang')).toBeNull();
    const json = base();
    json.cases = [{ code: '2.000815.01', name: 'x', processingDay: { qty: 0, type: 'OTHER' } }];
    (json.executionMethods as Array<Record<string, unknown>>)[0]!.description = 'Trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo. 2.000 đồng/trang';
    expect(mapped(json).procedure.processingTime).toEqual({ unit: 'same-day', cutoff: '15:00' });
  });

  it('a time of unit OTHER everywhere refuses the record, naming processingTime', () => {
    const json = base();
    json.cases = [{ code: '2.000815.01', name: 'x', processingDay: { qty: 0, type: 'OTHER' } }];
    const result = procedureFromNational(record(json));
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ field: 'processingTime' }));
  });

  it('times in hours and calendar days', () => {
    const json = base();
    json.cases = [
      { code: '2.000815.01', name: 'Một bản', processingDay: { qty: 4, type: 'WORKING_HOUR' } },
      { code: '2.000815.02', name: 'Nhiều bản', processingDay: { qty: 2, type: 'DAY' } },
    ];
    const { procedure } = mapped(json);
    expect(procedure.cases?.map((c) => c.processingTime)).toEqual([{ unit: 'working-hours', amount: 4 }, { unit: 'calendar-days', amount: 2 }]);
    expect(procedure.processingTime).toEqual({ unit: 'working-hours', amount: 4 });
    expect(procedure.processingTimeNote).toBeDefined();
  });

  it('a fee set by the province\'s council with value 0 is imported with a null amount and an issue', () => {
    const json = base();
    json.executionMethods = [
      { submissionMethod: 'DIRECT', processingTime: 0, processingTimeUnit: 'OTHER', description: 'Mức thu do Hội đồng nhân dân cấp tỉnh quy định.', fees: [{ type: 'CHARGE', value: 0, description: '/bản', currencyName: 'Việt Nam Đồng' }] },
    ];
    const { procedure, issues } = mapped(json);
    expect(procedure.fees).toEqual([expect.objectContaining({ kind: 'per-copy', amount: null, setBy: 'province', collection: 'before' })]);
    expect(procedure.fees[0]!.name.startsWith('Lệ phí')).toBe(true);
    expect(issues).toContainEqual(expect.objectContaining({ field: 'fees[0].amount' }));
  });

  it('per copy and per case fees from the unit in the description', () => {
    const json = base();
    json.executionMethods = [
      {
        submissionMethod: 'DIRECT',
        processingTime: 1,
        processingTimeUnit: 'WORKING_DAY',
        description: '',
        fees: [
          { type: 'CHARGE', value: 8000, description: '/bản', currencyName: 'Việt Nam Đồng' },
          { type: 'FEE', value: 50000, description: '/việc', currencyName: 'Việt Nam Đồng' },
        ],
      },
    ];
    const { procedure } = mapped(json);
    expect(procedure.fees.map((f) => [f.code, f.kind, 'amount' in f ? f.amount : null])).toEqual([
      ['LP1', 'per-copy', 8000],
      ['LP2', 'per-case', 50000],
    ]);
    expect(procedure.channels).toEqual([{ channel: 'direct', processingTime: { unit: 'working-days', amount: 1 } }]);
    expect(computeFee(procedure, { copies: 3, cases: 2 }, AT).total).toBe(3 * 8000 + 2 * 50000);
  });

  it('only a fee in USD refuses the record, naming fees', () => {
    const json = base();
    json.executionMethods = [(json.executionMethods as unknown[])[1]];
    const result = procedureFromNational(record(json));
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual({ field: 'fees', message: expect.stringContaining('10 USD') });
  });

  it('a component without a code gets a stand-in code and an issue', () => {
    const json = base();
    const group = (json.executionCases as Array<{ profileComponents: Array<Record<string, unknown>> }>)[0]!;
    group.profileComponents.push({ name: 'Tờ khai', originalQty: 1, copyQty: 0, required: true, code: '' });
    const { procedure, issues } = mapped(json);
    expect(procedure.components.map((c) => c.code)).toEqual(['000.00.00.G15-KQ1973', 'TP1']);
    expect(issues).toContainEqual(expect.objectContaining({ field: 'components[1].code' }));
    expect(issues.map((i) => i.field)).not.toContain('components.required');
  });

  it('wrong types are refused by the record\'s schema, naming the field in Vietnamese', () => {
    const json = base();
    json.cases = 'một ngày';
    const parsed = parseNationalProcedure(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toBe('trường "cases": cases phải là mảng');
    const noName = base();
    (noName.executionCases as Array<{ profileComponents: Array<Record<string, unknown>> }>)[0]!.profileComponents[0]!.name = '';
    const refused = parseNationalProcedure(noName);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]).toContain('tên thành phần không được để trống');
  });
});

describe('the training portal\'s national form of the shipped catalogue maps back', () => {
  it('with the same components, level, processing time (a same-day one said in words) and fees for every shipped procedure', () => {
    const quantities = { pages: 4, copies: 2, cases: 1 };
    for (const shipped of loadCatalogDir(path.resolve('resources', 'catalog'))) {
      const { procedure } = mapped(nationalRecordOf(shipped));
      expect(procedure.components, shipped.code).toEqual(shipped.components);
      expect(procedure.level, shipped.code).toBe(shipped.level);
      expect(computeFee(procedure, quantities, AT).total, shipped.code).toBe(computeFee(shipped, quantities, AT).total);
      expect(procedure.fees.map((f) => [f.kind, f.setBy]), shipped.code).toEqual(shipped.fees.filter((f) => !f.to).map((f) => [f.kind, f.setBy]));
      expect(procedure.processingTime, shipped.code).toEqual(shipped.processingTime);
    }
  });
});
