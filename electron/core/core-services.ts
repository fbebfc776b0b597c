import type { Sessions } from './accounts/sessions';
import type { LoginThrottle } from './accounts/login-throttle';
import type { PasswordHasher } from './accounts/password-hash';
import type { SetupCode } from './accounts/setup-code';
import type { UsersRepository } from './accounts/users-repository';
import type { SettingsStore } from './settings/settings-store';
import type { DeskIdentity } from './settings/desk-identity';
import type { DeskEvent } from '../../shared/api';
import type { ProcedureCatalog } from './dossiers/procedure-catalog';
import type { AgencyCalendar } from './settings/agency-calendar';
import type { SyncWorker } from './sync/sync-worker';
import type { PortalAdapter } from './portal';
import type { ContentStore } from './attachments/content-store';
import type { ScannerService } from './scanners/scanner-service';
import type { ReceiptProvider } from './cash/receipt-provider';
import type { PortalSettingsService } from './settings/portal-settings-service';
import type { HotFolderWatcher } from './attachments/hot-folder-watcher';
import type { BackupService } from './backup/backup-service';
import type { AuditWatch } from './audit/audit-watch';
import type { DisplayBoard } from './display';

/** The services handlers reach through ctx.services; features add theirs here. */
export interface CoreServices {
  users: UsersRepository;
  sessions: Sessions;
  throttle: LoginThrottle;
  /** Hashes and checks passwords (scrypt, PASSWORD_PARAMS on every desk). */
  passwords: PasswordHasher;
  /** The first-run code (auth.setupAdmin needs it while no account exists). */
  setupCode: SetupCode;
  settings: SettingsStore;
  identity: () => DeskIdentity;
  appVersion: string;
  emit: (event: DeskEvent) => void;
  catalog: ProcedureCatalog;
  calendar: AgencyCalendar;
  sync: SyncWorker;
  portalClient: PortalAdapter | null;
  /** Attachment files by SHA-256 in <dataDir>/files (absent only in router tests). */
  files?: ContentStore;
  scanners?: ScannerService;
  /** The administrator's portal settings (absent only in router tests). */
  portalSettings?: PortalSettingsService;
  /** The scan-to-folder printers' hot folder (absent only in router tests). */
  hotFolder?: HotFolderWatcher;
  /** An electronic receipt provider; absent: the local series issues every receipt. */
  receiptProvider?: ReceiptProvider;
  /** Backups of the data folder (absent only in router tests). */
  backups?: BackupService;
  /** The audit chain's background walk (absent only in router tests). */
  auditWatch?: AuditWatch;
  /** What each officer's screen shows its citizen display (absent only in router tests). */
  display?: DisplayBoard;
}
