/**
 * The print pipeline: Mẫu 01 (receipt), Mẫu 02 (supplement request, or the guidance slip for a
 * dossier not yet received), Mẫu 03 (refusal), Mẫu 04 (apology and new date), Mẫu 05 (stop notice)
 * and Mẫu 06 (control sheet), after Thông tư 03/2025/TT-VPCP.
 * `printForm` can be called again at any time to reprint.
 */
import type { PrintRequest } from './print-request';
import { printInPage } from './print-in-page';

export type { PrintRequest, GuidanceData, DossierFormKind, CashReceiptRequest, CashMovementRequest, CashReportRequest, RecoveryKeyRequest } from './print-request';
export { printHash } from './print-request';
export { getPaperSize, setPaperSize, getControlSheetAtHandOff, type PaperSize } from './print-settings';
export { getReceiptPaper, setReceiptPaper, type ReceiptPaper } from './cash-receipt-paper';
export { TEMPLATE_VERSION } from './template-version';

/** Prints one form; resolves once it has gone to print, rejects with a Vietnamese message when its data cannot be loaded. */
export function printForm(request: PrintRequest): Promise<void> {
  return printInPage(request);
}
