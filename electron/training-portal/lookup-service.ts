/** TraCuuHoSo: one dossier as the portal holds it. */
import type { HoSo } from './hoso-schema';
import type { PortalContext } from './portal-context';

export function lookupDossier(ctx: PortalContext, maHoSo: string): { error_code: '0' | '4'; message: string; result: HoSo[] } {
  const held = ctx.store.findDossier(maHoSo);
  if (!held) return { error_code: '4', message: `cổng không có hồ sơ ${maHoSo}`, result: [] };
  return { error_code: '0', message: 'ok', result: [held.hoso] };
}
