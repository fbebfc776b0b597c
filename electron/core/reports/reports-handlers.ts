import type { Handlers } from '../api/handler-context';
import type { HandlerContext } from '../api/handler-context';
import { indicatorReport, judgePeriod } from './indicators';
import { indicatorsFile } from './indicators-excel';

function judged(ctx: HandlerContext, period: { from: string; to: string }) {
  return judgePeriod(ctx.db, period, ctx.clock.now(), ctx.services.calendar.get(), ctx.services.catalog);
}

export const reportsHandlers = {
  'reports.indicators': (input, ctx) => indicatorReport(judged(ctx, input)),
  'reports.indicatorsExcel': (input, ctx) => {
    const period = judged(ctx, input);
    return indicatorsFile(ctx.db, indicatorReport(period), period, ctx.services.identity().agencyName);
  },
} satisfies Pick<Handlers, `reports.${string}` & keyof Handlers>;
