import type { ApiResponse, DeskEvent } from '../../shared/api';
import type { Clock } from './clock';
import type { ScannerService } from './scanners/scanner-service';
import type { ReceiptProvider } from './cash/receipt-provider';
import type { PortalSetup } from './settings/portal-setup';
import type { ScryptParams } from './accounts/password-hash';
import type { RestoreSetup } from './backup/staged-restore';

/** How a call reached the core; recorded in the audit. */
export interface CallMeta {
  transport: 'ipc' | 'http';
}

export interface PortalSettings {
  url: string;
  user: string;
  password: string;
  dstcode: string;
}

export interface CoreOptions {
  /** Folder holding desk.sqlite3 and, later, attachments. Created if missing. */
  dataDir: string;
  /** The database's encryption key (32 bytes); without one the database is plain (tests, tools). */
  databaseKey?: Buffer;
  clock?: Clock;
  /** First run: create the admin account with this password when no account exists. */
  adminPassword?: string;
  agencyId?: string;
  agencyName?: string;
  counter?: number;
  /** Training mode: banner everywhere, the embedded training portal. */
  training?: boolean;
  portal?: PortalSettings;
  /** Where the admin's portal settings and password go (default: the host's rules, see portal-setup.ts). */
  portalSetup?: PortalSetup;
  appVersion?: string;
  /** The shipped data (catalog/, holidays/); default ./resources from the working folder. */
  resourcesDir?: string;
  /** Pause between sync rounds when all is well (default 5 s). */
  syncIntervalMs?: number;
  /** How often a desk on a real portal checks whether its catalogue is a day old (default 1 hour; the first check after 5 minutes, or after this). */
  catalogCheckMs?: number;
  /** How often the backup schedule is checked (default every minute). */
  backupCheckMs?: number;
  /** How this shell restores a backup while it runs (backup.restore); absent: refused, restore at start only. */
  restoreSetup?: RestoreSetup;
  /** Scanners (default: the platform's drivers); tests pass SANE's test backend. */
  scanners?: ScannerService;
  /** Hot folder: how long a file must stay unchanged before it is offered (default 1.5 s), and the rescan period (default 5 s). */
  hotFolderSettleMs?: number;
  hotFolderRescanMs?: number;
  /** An electronic receipt provider (none ships yet; tests pass fakes). Absent: the local series. */
  receiptProvider?: ReceiptProvider;
  /** Password hashing cost; tests only pass a cheaper one (default PASSWORD_PARAMS, N = 2^17). */
  passwordParams?: ScryptParams;
  /** Diagnostics (stderr in the host). */
  log?: (message: string) => void;
}

/** The desk's core as both transports see it. Never imports electron. */
export interface DeskCore {
  readonly dataDir: string;
  /** Validates, checks the session and role, runs the handler, audits; never throws. */
  call(method: string, input: unknown, token: string | null, meta: CallMeta): Promise<ApiResponse<unknown>>;
  /**
   * While no account exists: the one-time code the first-run screen asks for ("123-456"); the host
   * prints it on its console, the Electron main process hands it to its own window. Null after.
   */
  setupCode(): string | null;
  /** Subscribe to pushes (sync status, dossier changes). Returns the unsubscribe function. */
  onEvent(listener: (event: DeskEvent) => void): () => void;
  /** Waits for in-flight calls, stops timers, closes the database (WAL checkpointed). */
  close(): Promise<void>;
}
