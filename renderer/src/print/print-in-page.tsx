import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { DeskPrintOptions } from '../../../shared/api/bridge';
import { PrintDocument } from './PrintDocument';
import { isDossierForm, type PrintRequest } from './print-request';
import { getPaperSize, getPrinterSetting } from './print-settings';
import { findDeskBridge } from '../api/desk-bridge';
import { call } from '../api';

const PRINTING_CLASS = 'mc-printing';

/** Cash documents carry their own @page size (A5 or an 80 mm roll; the report in A4 landscape): the forms' A4/A5 must not override it. */
function ownPageSize(request: PrintRequest): boolean {
  return request.kind === 'cash-receipt' || request.kind === 'cash-movement' || request.kind === 'cash-report' || request.kind === 'recovery-key' || request.kind === 'subject-report';
}

/** A document that says when it has loaded its data (onReady) or could not (onFailed). */
export type PrintableDocument = (onReady: () => void, onFailed: (message: string) => void) => ReactNode;

/**
 * Renders a document into a container of its own at the end of <body>, waits until it is ready, and
 * prints the window: print CSS then shows only that container. In Electron this is the window's
 * print (the main process may make it silent) on `paper`; in a browser, the print dialog.
 */
export function printRendered(render: PrintableDocument, paper: DeskPrintOptions['paper'], onPrinting?: () => void): Promise<void> {
  const host = document.createElement('div');
  host.className = 'mc-print-host';
  document.body.appendChild(host);
  const root = createRoot(host);
  const cleanUp = () => {
    document.body.classList.remove(PRINTING_CLASS);
    root.unmount();
    host.remove();
  };

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const onReady = () => {
      if (settled) return;
      settled = true;
      onPrinting?.();
      // Out of React's commit: print() blocks until the dialog closes, then the container goes.
      setTimeout(() => {
        document.body.classList.add(PRINTING_CLASS);
        const desk = findDeskBridge();
        if (desk) {
          // The app: the main process prints to the chosen printer, silently when so configured.
          const printer = getPrinterSetting();
          desk
            .print({ target: 'printer', silent: printer.silent, deviceName: printer.deviceName, paper })
            .then((result) => (result.ok || result.message === 'Đã hủy in.' ? resolve() : reject(new Error(result.message))), reject)
            .finally(cleanUp);
          return;
        }
        try {
          window.print(); // the host in a browser: its print dialog
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          cleanUp();
        }
      }, 0);
    };
    const onFailed = (message: string) => {
      if (settled) return;
      settled = true;
      setTimeout(cleanUp, 0);
      reject(new Error(message));
    };
    root.render(render(onReady, onFailed));
  });
}

/** Prints one of the desk's forms (Mẫu 01-06, receipts, reports) on the paper its kind takes. */
export function printInPage(request: PrintRequest): Promise<void> {
  return printRendered(
    (onReady, onFailed) => <PrintDocument request={request} paper={getPaperSize()} onReady={onReady} onFailed={onFailed} />,
    ownPageSize(request) ? 'css' : getPaperSize(),
    () => {
      // A form with a person's data goes to the printer: the access log says so (a lost note never stops the print).
      if (isDossierForm(request)) void call('privacy.recordPrint', { form: request.kind, dossierId: request.dossierId }).catch(() => {});
    },
  );
}
