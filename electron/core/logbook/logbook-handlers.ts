import type { Handlers } from '../api/handler-context';
import { logbookExcel } from './logbook-excel';
import { logbookPage } from './logbook-rows';

/** Sổ theo dõi hồ sơ (Mẫu 07): the counter's book of received dossiers, paged and as Excel. */
export const logbookHandlers = {
  'logbook.list': (input, ctx) => logbookPage(ctx.db, input, input.cursor, input.limit),
  'logbook.excel': (input, ctx) => logbookExcel(ctx.db, input, ctx.services.identity().agencyName),
} satisfies Pick<Handlers, `logbook.${string}` & keyof Handlers>;
