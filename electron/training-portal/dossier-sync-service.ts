/** DongBoHoSoMC: create (`isUpdating` "False") or update ("True") dossiers, one answer per item. */
import { describeIssue, hoSoSchema, maHoSoOf, parseMaHoSo } from './hoso-schema';
import { mergeDeskUpdate } from './ownership';
import type { ItemResult, PortalContext, RejectItem } from './portal-context';

export function syncDossiers(ctx: PortalContext, agency: string, isUpdating: boolean, items: unknown[], rejectItem: RejectItem): ItemResult[] {
  const nowMs = ctx.clock.now().getTime();
  return ctx.store.transaction(() => items.map((item) => syncOne(ctx, agency, isUpdating, item, nowMs, rejectItem)));
}

function syncOne(ctx: PortalContext, agency: string, isUpdating: boolean, item: unknown, nowMs: number, rejectItem: RejectItem): ItemResult {
  const maHoSo = maHoSoOf(item);
  const answer = (error_code: ItemResult['error_code'], message: string): ItemResult => ({ MaHoSo: maHoSo, error_code, message });

  const parsed = hoSoSchema.safeParse(item);
  if (!parsed.success) return answer('2', describeIssue(parsed.error));
  const sent = parsed.data;
  const codeAgency = parseMaHoSo(sent.MaHoSo)?.agency;
  if (codeAgency !== agency) return answer('2', `MaHoSo thuộc cơ quan ${codeAgency ?? '?'}, không phải madonvi ${agency}`);
  const injected = rejectItem(sent.MaHoSo);
  if (injected !== null) return answer('2', injected);

  const held = ctx.store.findDossier(sent.MaHoSo);
  if (!isUpdating) {
    if (held) return answer('3', `hồ sơ ${sent.MaHoSo} đã có trên cổng`);
    if (sent.TrangThaiHoSo === '1') return answer('2', 'trạng thái 1 chỉ dành cho hồ sơ nộp trực tuyến');
    ctx.store.saveDossier(sent, agency, nowMs);
    return answer('0', 'ok');
  }

  if (!held) return answer('4', `cổng không có hồ sơ ${sent.MaHoSo}`);
  const sentRevision = Number(sent.PhienBan);
  if (sentRevision <= held.phienBan) {
    return answer('0', `bỏ qua: PhienBan ${sentRevision} không mới hơn ${held.phienBan} cổng đang giữ`);
  }
  const merged = mergeDeskUpdate(held.hoso, sent);
  if (!merged.ok) return answer('2', merged.message);
  ctx.store.saveDossier(merged.hoso, agency, nowMs);
  return answer('0', 'ok');
}
