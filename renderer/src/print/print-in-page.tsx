import { createRoot } from 'react-dom/client';
import { PrintDocument } from './PrintDocument';
import type { PrintRequest } from './print-request';
import { getPaperSize } from './print-settings';

const PRINTING_CLASS = 'mc-printing';

/**
 * Renders the form into a container of its own at the end of <body>, waits until it is ready, and
 * prints the window: print CSS then shows only that container. In Electron this is the window's
 * print (the main process may make it silent); in a browser, the print dialog.
 */
export function printInPage(request: PrintRequest): Promise<void> {
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
      // Out of React's commit: print() blocks until the dialog closes, then the container goes.
      setTimeout(() => {
        document.body.classList.add(PRINTING_CLASS);
        try {
          window.print();
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
    root.render(<PrintDocument request={request} paper={getPaperSize()} onReady={onReady} onFailed={onFailed} />);
  });
}
