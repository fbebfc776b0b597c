import type { Handlers } from '../api/handler-context';
import { resolveDossierRef } from '../audit';
import { vnDayStartIso } from '../../../shared/calendar/vietnam-time';
import { ACCESS_LOG_RETENTION_SETTING, accessLogRetentionMonths, accessRows } from './access-log';
import { subjectReport } from './subject-report';

export const privacyHandlers = {
  'privacy.accessLog': (input, ctx) => {
    const parts: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      parts.push(sql);
      params.push(value);
    };
    if (input.dossierId) add('a.dossier_id = ?', resolveDossierRef(ctx.db, input.dossierId));
    if (input.user) add('a.username = ?', input.user.toLowerCase());
    if (input.from) add('a.at >= ?', vnDayStartIso(input.from));
    if (input.to) add('a.at < ?', vnDayStartIso(input.to, 1));
    if (input.cursor) add('a.id < ?', Number(input.cursor));
    const rows = accessRows(ctx.db, parts.join(' AND '), params, input.limit + 1);
    const items = rows.slice(0, input.limit);
    return { items, nextCursor: rows.length > input.limit ? String(items[items.length - 1]!.id) : null };
  },
  'privacy.subjectReport': (input, ctx) => subjectReport(ctx, input.idNumber),
  // The router writes the access-log entry (PERSONAL_DATA_READS); nothing else to do.
  'privacy.recordPrint': () => ({ done: true as const }),
  'privacy.settings': (_input, ctx) => ({ accessLogRetentionMonths: accessLogRetentionMonths(ctx.services.settings) }),
  'privacy.configure': (input, ctx) => {
    const before = accessLogRetentionMonths(ctx.services.settings);
    ctx.services.settings.set(ACCESS_LOG_RETENTION_SETTING, input.accessLogRetentionMonths);
    ctx.audit({ entity: 'setting', entityId: ACCESS_LOG_RETENTION_SETTING, before, after: input.accessLogRetentionMonths });
    return { accessLogRetentionMonths: input.accessLogRetentionMonths };
  },
} satisfies Pick<Handlers, `privacy.${string}` & keyof Handlers>;
