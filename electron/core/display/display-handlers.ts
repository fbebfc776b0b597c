import type { DisplayState } from '../../../shared/api/display';
import { DeskError } from '../api/desk-error';
import { requireUser, type Handler, type HandlerContext } from '../api/handler-context';
import type { DisplayBoard } from './display-board';
import { displayStateOf, TRACKING_URL_SETTING } from './display-state';
import { maskIdNumber } from './id-number-mask';

type DisplayMethod = 'display.open' | 'display.close' | 'display.show' | 'display.state' | 'display.configure' | 'display.settings';

function boardOf(ctx: HandlerContext): DisplayBoard {
  if (!ctx.services.display) throw new Error(`${ctx.method}: the core has no citizen display board`);
  return ctx.services.display;
}

function officerSession(ctx: HandlerContext): string {
  if (ctx.sessionKind !== 'user' || !ctx.sessionTokenHash) throw new DeskError('FORBIDDEN', 'Chỉ cán bộ đã đăng nhập mới mở hoặc đóng được màn hình công dân.');
  return ctx.sessionTokenHash;
}

function trackingUrlOf(ctx: HandlerContext): string | null {
  return ctx.services.settings.get<string | null>(TRACKING_URL_SETTING, null);
}

export const displayHandlers: { [M in DisplayMethod]: Handler<M> } = {
  'display.open': (_input, ctx) => {
    const user = requireUser(ctx);
    // One display a session: opening it again (another window, a reload) ends the earlier token.
    ctx.services.sessions.endDisplaysOf(officerSession(ctx));
    const displayToken = ctx.services.sessions.createDisplay(officerSession(ctx), user.id);
    ctx.audit({ entity: 'display', entityId: user.username, after: { opened: true } });
    return { displayToken };
  },
  'display.close': (_input, ctx) => {
    const user = requireUser(ctx);
    const closed = ctx.services.sessions.endDisplaysOf(officerSession(ctx));
    ctx.audit({ entity: 'display', entityId: user.username, after: { closed } });
    boardOf(ctx).clear(user.id);
    return { closed };
  },
  'display.show': (input, ctx) => {
    const user = requireUser(ctx);
    if (input.kind === 'idle') {
      boardOf(ctx).show(user.id, { kind: 'idle' });
      return { shown: 'idle' };
    }
    const idNumber = input.idNumber ? (input.showIdWhole ? input.idNumber : maskIdNumber(input.idNumber)) : null;
    boardOf(ctx).show(user.id, {
      kind: 'intake',
      procedureName: input.procedureName || null,
      applicantName: input.applicantName || null,
      idNumber: idNumber || null,
      components: input.components.filter((name) => name.length > 0),
      fee: input.fee,
      promisedAt: input.promisedAt,
    });
    return { shown: 'intake' };
  },
  'display.state': (_input, ctx): DisplayState => {
    const user = requireUser(ctx);
    return displayStateOf(ctx.db, ctx.clock.now(), user.id, boardOf(ctx).get(user.id), trackingUrlOf(ctx));
  },
  'display.configure': (input, ctx) => {
    const before = trackingUrlOf(ctx);
    ctx.services.settings.set(TRACKING_URL_SETTING, input.trackingUrl);
    ctx.audit({ entity: 'setting', entityId: TRACKING_URL_SETTING, before, after: input.trackingUrl });
    return { trackingUrl: input.trackingUrl };
  },
  'display.settings': (_input, ctx) => ({ trackingUrl: trackingUrlOf(ctx) }),
};
