/**
 * The portal adapter: the only door to the portal protocol. Its client (the national standard),
 * the back-off, the HoSo mapping and every Vietnamese protocol name live in this folder; other
 * areas import it from here, never its files (lint).
 */
export type { PortalAdapter } from './portal-adapter';
export { MAX_BATCH, NationalPortalClient, PortalFileRefusedError, PortalRefusedError, PortalUnavailableError } from './national-portal-client';
export { backoffDelayMs } from './backoff';
export { HOSO_COLUMNS, hosoBatch, hosoFromDossier, paidOnlineOfHoSo, receiptFields, receiptsOfHoSo, type DossierParts, type HoSoSource, type PortalFile, type PortalReceipt, type PortalReceiptNumber } from './hoso-from-dossier';
export { MAX_PROCEDURES_A_PAGE, type ProcedureChange, type ProcedureRecord } from './procedure-catalogue';
