import type { Clock } from '../core/clock';
import type { PortalStore } from './portal-store';

/** What the portal's services share: the store, the portal's clock, its own address and a log. */
export interface PortalContext {
  store: PortalStore;
  clock: Clock;
  baseUrl(): string;
  log(line: string): void;
}

/** One per-item answer of DongBoHoSoMC and CapNhatTienDoHoSoMC. */
export interface ItemResult {
  MaHoSo: string;
  error_code: '0' | '2' | '3' | '4';
  message: string;
}

/** Asks the fault injector whether this item is to be rejected; its message, or null. */
export type RejectItem = (maHoSo: string) => string | null;
