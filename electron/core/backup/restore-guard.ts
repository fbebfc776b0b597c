import type { HandlerContext } from '../api/handler-context';
import { applyOfflineGap } from './restore-reconcile';

/**
 * Before a dossier code or a cash receipt number is issued on a desk restored from a backup that
 * has not yet reached the portal: read the portal's feed first (codes it knows are then skipped,
 * receipt numbers continue after its highest); offline, continue past the safety gap. A desk
 * that was not restored pays one settings read.
 */
export async function beforeIssuingNumber(ctx: Pick<HandlerContext, 'db' | 'clock' | 'services'>, kind: 'code' | 'receipt'): Promise<void> {
  const { sync, settings } = ctx.services;
  if (!sync.restorePending) return;
  if (await sync.reachPortal()) return;
  applyOfflineGap(ctx.db, settings, ctx.clock.now(), kind);
}
