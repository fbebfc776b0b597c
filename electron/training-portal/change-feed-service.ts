/**
 * LayDanhSachThayDoi: the current HoSo of every dossier of the agency changed after the cursor,
 * whoever changed it, oldest change first, at most 200 a call. The cursor is the change sequence
 * of the last item returned.
 */
import type { HoSo } from './hoso-schema';
import type { PortalContext } from './portal-context';

export const FEED_PAGE_SIZE = 200;

export function parseCursor(since: string): number | null {
  if (since === '') return 0;
  return /^\d{1,15}$/.test(since) ? Number(since) : null;
}

export function changesSince(ctx: PortalContext, agency: string, after: number): { result: HoSo[]; cursor: string; more: '0' | '1' } {
  const rows = ctx.store.changesAfter(agency, after, FEED_PAGE_SIZE + 1);
  const page = rows.slice(0, FEED_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    result: page.map((r) => r.hoso),
    cursor: String(last ? last.changeSeq : after),
    more: rows.length > FEED_PAGE_SIZE ? '1' : '0',
  };
}
