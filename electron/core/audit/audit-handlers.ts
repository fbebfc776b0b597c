import type { Handlers } from '../api/handler-context';
import { auditChainHead, verifyAuditChain } from './audit-chain';
import { auditExcel } from './audit-excel';
import { listAudit } from './audit-query';

export const auditHandlers = {
  'audit.verify': async (_input, ctx) => {
    const watch = ctx.services.auditWatch;
    return watch ? await watch.verify() : await verifyAuditChain(ctx.db);
  },
  'audit.status': (_input, ctx) => ctx.services.auditWatch?.current() ?? { state: 'pending', checkedAt: null },
  'audit.head': (_input, ctx) => auditChainHead(ctx.db),
  'audit.list': (input, ctx) => listAudit(ctx.db, input, input.cursor, input.limit),
  'audit.exportExcel': (input, ctx) => auditExcel(ctx, input),
} satisfies Pick<Handlers, `audit.${string}` & keyof Handlers>;
