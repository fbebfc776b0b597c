import type { HoSo, PortalItemResult } from '../../../shared/portal/hoso';
import type { ProcedureChange, ProcedureRecord } from './procedure-catalogue';

/**
 * What the desk needs of a portal: send dossiers, look one up, read the change feed, upload a file,
 * test the connection, and the portal's clock skew. The national standard (NationalPortalClient,
 * portal-protocol.md) is the first implementation; a provincial system's own API would be another
 * behind the same interface. Records still travel as the national HoSo: a second protocol maps
 * to and from it inside its own adapter.
 */
export interface PortalAdapter {
  /** Portal time minus local time, seconds; null until the portal answered once. */
  readonly clockSkewSeconds: number | null;
  /** Sends at most MAX_BATCH dossiers, each already serialised; one answer per dossier. */
  syncDossiers(isUpdating: boolean, data: readonly string[]): Promise<PortalItemResult[]>;
  /** The portal's copy, or null when it does not have it. */
  lookup(code: string): Promise<HoSo | null>;
  /** The change feed after a cursor. */
  changes(since: string): Promise<{ items: HoSo[]; cursor: string; more: boolean }>;
  /** Uploads a file by its SHA-256 (idempotent); PortalFileRefusedError when refused for good. */
  putFile(sha256: string, bytes: Uint8Array, contentType: string, fileName: string): Promise<{ id: string; url: string }>;
  /**
   * The procedures this agency receives changed after `since` (ISO time; '' for all), every page
   * read, with those withdrawn since then. PortalUnavailableError for a malformed answer.
   */
  procedureChanges(since: string): Promise<ProcedureChange[]>;
  /** One procedure's national record, checked; a malformed answer throws PortalUnavailableError. */
  procedure(code: string): Promise<ProcedureRecord>;
  /** Signs in afresh: resolves when the portal is reachable and accepts the account. */
  testConnection(): Promise<void>;
}
