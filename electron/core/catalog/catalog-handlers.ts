import { DeskError } from '../api/desk-error';
import type { Handlers } from '../api/handler-context';
import { catalogSyncIssues, syncCatalog } from './catalog-sync';

export const catalogHandlers = {
  'catalog.list': (_input, ctx) =>
    ctx.services.catalog.list().map(({ code, name, field, level }) => ({ code, name, field, level })),
  'catalog.get': ({ code, version }, ctx) => {
    const procedure = ctx.services.catalog.get(code, version);
    if (!procedure) throw new DeskError('NOT_FOUND', version === undefined ? `Không có thủ tục mã "${code}" trong danh mục.` : `Không có phiên bản ${version} của thủ tục mã "${code}".`);
    return procedure;
  },
  'catalog.sync': (_input, ctx) => syncCatalog(ctx),
  'catalog.syncIssues': (_input, ctx) => catalogSyncIssues(ctx.services.settings),
  'catalog.load': ({ fileName, content }, ctx) => {
    const procedures = ctx.services.catalog.load(fileName, content);
    ctx.audit({ entity: 'catalog', entityId: fileName, after: { procedures } });
    return { procedures };
  },
} satisfies Pick<Handlers, 'catalog.list' | 'catalog.get' | 'catalog.load' | 'catalog.sync' | 'catalog.syncIssues'>;
