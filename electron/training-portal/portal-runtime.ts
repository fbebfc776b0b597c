import type { BackOffice } from './back-office';
import type { TrainingCatalogue } from './catalogue-service';
import type { FaultInjector } from './fault-injector';
import type { OnlineSeeder } from './online-seeder';
import type { PortalContext } from './portal-context';
import type { SessionAuth } from './session-auth';

/** Everything a running training portal holds, for the request handlers and the control endpoint. */
export interface PortalRuntime {
  ctx: PortalContext;
  auth: SessionAuth;
  faults: FaultInjector;
  backOffice: BackOffice;
  seeder: OnlineSeeder;
  /** The procedure catalogue LayDanhSachTTHC and LayThuTuc serve. */
  catalogue: TrainingCatalogue;
  /** Requests seen, by service name (or `auth`, `files`, `invalid`). */
  requests: Map<string, number>;
  /** How far the portal's clock runs ahead of the clock it was given. */
  clockOffsetMs: number;
  /** The settings the portal started with, restored by `reset`. */
  initial: { backOfficeDelayMs: number | null; seedOnlineEveryMs: number | null; sessionTtlSeconds: number };
}
