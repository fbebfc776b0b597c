/** CapNhatTienDoHoSoMC: processing steps, idempotent by (MaHoSo, ThoiDiemXuLy, TrangThai). */
import { describeIssue, maHoSoOf, parseMaHoSo, tienDoSchema } from './hoso-schema';
import type { ItemResult, PortalContext, RejectItem } from './portal-context';

export function recordProgress(ctx: PortalContext, agency: string, items: unknown[], rejectItem: RejectItem): ItemResult[] {
  return ctx.store.transaction(() =>
    items.map((item): ItemResult => {
      const maHoSo = maHoSoOf(item);
      const parsed = tienDoSchema.safeParse(item);
      if (!parsed.success) return { MaHoSo: maHoSo, error_code: '2', message: describeIssue(parsed.error) };
      const step = parsed.data;
      const codeAgency = parseMaHoSo(step.MaHoSo)?.agency;
      if (codeAgency !== agency) return { MaHoSo: maHoSo, error_code: '2', message: `MaHoSo thuộc cơ quan ${codeAgency ?? '?'}, không phải madonvi ${agency}` };
      const injected = rejectItem(step.MaHoSo);
      if (injected !== null) return { MaHoSo: maHoSo, error_code: '2', message: injected };
      if (!ctx.store.findDossier(step.MaHoSo)) return { MaHoSo: maHoSo, error_code: '4', message: `cổng không có hồ sơ ${step.MaHoSo}` };
      const added = ctx.store.addProgressStep(step);
      return { MaHoSo: maHoSo, error_code: '0', message: added ? 'ok' : 'đã có bước xử lý này' };
    }),
  );
}
