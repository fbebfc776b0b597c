import type { Handlers } from './api/handler-context';

export const systemHandlers = {
  'system.ping': (_input, ctx) => ({ now: ctx.clock.now().toISOString() }),
  'system.info': (_input, ctx) => {
    const identity = ctx.services.identity();
    return {
      appVersion: ctx.services.appVersion,
      agencyId: identity.agencyId,
      agencyName: identity.agencyName,
      counter: identity.counter,
      training: identity.training,
      now: ctx.clock.now().toISOString(),
      transport: ctx.meta.transport,
    };
  },
} satisfies Pick<Handlers, 'system.ping' | 'system.info'>;
