import type { Handlers } from '../api/handler-context';
import { currentCashSession, openCashSession } from './cash-sessions';
import { closeCashSession } from './cash-close';
import { cashReport } from './cash-report';
import { cashReportExcel } from './cash-report-excel';
import { readCashSettings } from './cash-settings';
import { configureCash } from './cash-configure';

export const cashHandlers = {
  'cash.open': (input, ctx) => openCashSession(ctx, input),
  'cash.current': (_input, ctx) => currentCashSession(ctx),
  'cash.close': (input, ctx) => closeCashSession(ctx, input),
  'cash.report': (input, ctx) => cashReport(ctx, input),
  'cash.reportExcel': (input, ctx) => cashReportExcel(ctx, input),
  'cash.settings': (_input, ctx) => readCashSettings(ctx.services.settings, ctx.services.identity().counter),
  'cash.configure': (input, ctx) => configureCash(ctx, input),
} satisfies Pick<Handlers, `cash.${string}` & keyof Handlers>;
