import type Database from 'better-sqlite3-multiple-ciphers';
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

/** SQL, or a function for a step SQL cannot do (it runs inside the migration's transaction). */
export type Migration = string | ((db: Database.Database) => void);

/** Migration N is at index N-1; the database's user_version is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [foundation, dossiers, sync, queueIndexes, cash, attachments, syncSnapshot, receiptProvider, cashCloseApproval, codeSearch, firstPassword, auditChain];
