import type { Handlers } from './api/handler-context';
import { authHandlers } from './accounts/auth-handlers';
import { usersHandlers } from './accounts/users-handlers';
import { systemHandlers } from './system-handlers';
import { catalogHandlers } from './catalog/catalog-handlers';
import { dossiersHandlers } from './dossiers/dossiers-handlers';
import { syncHandlers } from './sync/sync-handlers';
import { attachmentsHandlers } from './attachments/attachments-handlers';
import { scannersHandlers } from './scanners/scanners-handlers';
import { paymentsHandlers } from './cash/payments-handlers';
import { cashHandlers } from './cash/cash-handlers';
import { settingsHandlers } from './settings/settings-handlers';
import { backupHandlers } from './backup/backup-handlers';
import { auditHandlers } from './audit/audit-handlers';
import { privacyHandlers } from './privacy/privacy-handlers';
import { reportsHandlers } from './reports';
import { logbookHandlers } from './logbook';
import { displayHandlers } from './display';
import { ratingsHandlers } from './ratings';

/** One handler per contract method; `satisfies` makes a missing one a type error. */
export const handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...systemHandlers,
  ...catalogHandlers,
  ...dossiersHandlers,
  ...syncHandlers,
  ...paymentsHandlers,
  ...cashHandlers,
  ...attachmentsHandlers,
  ...scannersHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...auditHandlers,
  ...privacyHandlers,
  ...reportsHandlers,
  ...logbookHandlers,
  ...displayHandlers,
  ...ratingsHandlers,
} satisfies Handlers;
