import { DeskError } from '../api/desk-error';
import type { HandlerContext, Handlers } from '../api/handler-context';
import type { PortalSettingsService } from './portal-settings-service';

function portalSettingsOf(ctx: HandlerContext): PortalSettingsService {
  const service = ctx.services.portalSettings;
  if (!service) throw new DeskError('INTERNAL', 'Thiết lập cổng không dùng được trên máy này.');
  return service;
}

export const settingsHandlers = {
  'settings.portal': (_input, ctx) => portalSettingsOf(ctx).view(ctx.services.identity()),

  'settings.setPortal': (input, ctx) => {
    const { result, before, after } = portalSettingsOf(ctx).save(input, ctx.services.identity(), ctx.clock.now());
    ctx.audit({ entity: 'settings', entityId: 'portal', before, after });
    return result;
  },
} satisfies Pick<Handlers, 'settings.portal' | 'settings.setPortal'>;
