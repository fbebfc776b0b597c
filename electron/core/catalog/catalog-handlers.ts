import { DeskError } from '../api/desk-error';
import type { Handlers } from '../api/handler-context';

export const catalogHandlers = {
  'catalog.list': (_input, ctx) =>
    ctx.services.catalog.list().map(({ code, name, field, level }) => ({ code, name, field, level })),
  'catalog.get': ({ code }, ctx) => {
    const procedure = ctx.services.catalog.get(code);
    if (!procedure) throw new DeskError('NOT_FOUND', `Không có thủ tục mã "${code}" trong danh mục.`);
    return procedure;
  },
  'catalog.load': ({ fileName, content }, ctx) => {
    const procedures = ctx.services.catalog.load(fileName, content);
    ctx.audit({ entity: 'catalog', entityId: fileName, after: { procedures } });
    return { procedures };
  },
} satisfies Pick<Handlers, 'catalog.list' | 'catalog.get' | 'catalog.load'>;
