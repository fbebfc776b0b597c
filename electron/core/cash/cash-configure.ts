import type { CashSettings, ParsedInputOf } from '../../../shared/api';
import type { HandlerContext } from '../api/handler-context';
import { readCashSettings, readStoredCashSettings, writeStoredCashSettings } from './cash-settings';

/** Admin: receipt symbols, counter ranges, denominations, the collecting unit and the paper. */
export function configureCash(ctx: HandlerContext, input: ParsedInputOf<'cash.configure'>): CashSettings {
  const before = readStoredCashSettings(ctx.services.settings);
  const next = { ...before };
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  if (input.denominations) next.denominations = [...new Set(input.denominations)].sort((a, b) => b - a);
  writeStoredCashSettings(ctx.services.settings, next);
  ctx.audit({ entity: 'settings', entityId: 'cashReceipts', before, after: next });
  return readCashSettings(ctx.services.settings, ctx.services.identity().counter);
}
