/**
 * The procedure catalogue of protocol v1.1 (portal-protocol.md section 4): the answers of
 * `LayDanhSachTTHC` and `LayThuTuc` checked with zod. A list that does not match is a malformed
 * answer (the whole sync stops, nothing changes); a `LayThuTuc` record of the right procedure whose
 * fields have wrong types is that one record's problem, for the sync to report and skip.
 */
import { z } from 'zod';
import { parseNationalProcedure, type NationalProcedure } from '../../../shared/catalog';

/** One entry of the list: a procedure changed since the last sync, or withdrawn (bãi bỏ). */
export type ProcedureChange = { code: string; name: string; updatedAt: string; withdrawn: false } | { code: string; withdrawn: true };

/** LayThuTuc's record, checked: ok, or the problems naming the field. */
export type ProcedureRecord = { ok: true; record: NationalProcedure } | { ok: false; problems: string[] };

export const MAX_PROCEDURES_A_PAGE = 200;

const maTTHC = z.string({ error: 'MaTTHC phải là chuỗi' }).regex(/^\d\.\d{6}(\.[0-9A-Za-z]+)*$/, { error: 'MaTTHC phải có dạng 1.001193' });
const listItem = z.union(
  [
    z.looseObject({ MaTTHC: maTTHC, TrangThai: z.literal('BaiBo') }),
    z.looseObject({
      MaTTHC: maTTHC,
      TenTTHC: z.string({ error: 'TenTTHC phải là chuỗi' }).min(1, { error: 'TenTTHC không được để trống' }),
      CapNhatLuc: z.string({ error: 'CapNhatLuc phải là chuỗi' }).refine((v) => !Number.isNaN(Date.parse(v)), { error: 'CapNhatLuc phải là thời điểm ISO' }),
      TrangThai: z.undefined({ error: 'TrangThai chỉ có thể là "BaiBo"' }).optional(),
    }),
  ],
  { error: 'phải là {MaTTHC, TenTTHC, CapNhatLuc} hoặc {MaTTHC, TrangThai: "BaiBo"}' },
);
const listPage = z.object({
  result: z.array(listItem, { error: 'result phải là mảng' }).max(MAX_PROCEDURES_A_PAGE, { error: `result tối đa ${MAX_PROCEDURES_A_PAGE} thủ tục một trang` }),
  cursor: z.string({ error: 'cursor phải là chuỗi' }).optional(),
  more: z.enum(['0', '1'], { error: 'more phải là "0" hoặc "1"' }).optional(),
});

function where(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'không đúng định dạng';
  const path = issue.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** One page of LayDanhSachTTHC; a string is the Vietnamese reason the answer is malformed. */
export function parseProcedureListPage(envelope: unknown): { items: ProcedureChange[]; cursor: string | undefined; more: boolean } | string {
  const page = listPage.safeParse(envelope);
  if (!page.success) return `Trả lời LayDanhSachTTHC của cổng không đúng định dạng (${where(page.error)}); danh mục giữ nguyên.`;
  const items = page.data.result.map((item): ProcedureChange =>
    item.TrangThai === 'BaiBo'
      ? { code: item.MaTTHC, withdrawn: true }
      : { code: item.MaTTHC, name: (item as { TenTTHC: string }).TenTTHC, updatedAt: new Date(Date.parse((item as { CapNhatLuc: string }).CapNhatLuc)).toISOString(), withdrawn: false },
  );
  return { items, cursor: page.data.cursor, more: page.data.more === '1' };
}

/**
 * The one item of LayThuTuc for `code`. Not one object carrying that code: a malformed answer
 * (a string, the reason). The right procedure with fields of wrong types: {ok: false, problems}.
 */
export function parseProcedureAnswer(envelope: { result?: unknown }, code: string): ProcedureRecord | string {
  const result = envelope.result;
  const item = Array.isArray(result) && result.length === 1 ? (result[0] as unknown) : undefined;
  if (!item || typeof item !== 'object' || Array.isArray(item) || (item as { code?: unknown }).code !== code) {
    return `Trả lời LayThuTuc của cổng cho thủ tục ${code} không đúng định dạng (cần đúng một bản ghi có code "${code}"); danh mục giữ nguyên.`;
  }
  return parseNationalProcedure(item);
}
