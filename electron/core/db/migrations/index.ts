import foundation from './001-foundation';
import dossiers from './002-dossiers';
import sync from './003-sync';
import queueIndexes from './004-queue-indexes';
import cash from './005-cash';
import attachments from './006-attachments';
import syncSnapshot from './007-sync-snapshot';
import receiptProvider from './008-receipt-provider';
import cashCloseApproval from './009-cash-close-approval';
import codeSearch from './010-code-search';
import firstPassword from './011-first-password';
import auditChain from './012-audit-chain';
import paymentMethod from './013-payment-method';
import historyDueAt from './014-history-due-at';
import paidOnline from './015-paid-online';
import catalogVersions from './016-catalog-versions';
import logbookIndex from './017-logbook-index';
import dossierCase from './018-dossier-case';
import citizenDisplay from './019-citizen-display';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration in version order (migration N at index N-1); a new one is a new file added at the end. */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  dossiers,
  sync,
  queueIndexes,
  cash,
  attachments,
  syncSnapshot,
  receiptProvider,
  cashCloseApproval,
  codeSearch,
  firstPassword,
  auditChain,
  paymentMethod,
  historyDueAt,
  paidOnline,
  catalogVersions,
  logbookIndex,
  dossierCase,
  citizenDisplay,
];
