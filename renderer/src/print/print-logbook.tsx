import { createRoot } from 'react-dom/client';
import { findDeskBridge } from '../api/desk-bridge';
import { getPrinterSetting } from './print-settings';
import { LogbookDocument } from './LogbookDocument';
import type { LogbookRequest } from './logbook-request';

const PRINTING_CLASS = 'mc-printing';

/**
 * Prints Sổ theo dõi hồ sơ as printInPage prints the other forms: the document renders into a
 * container of its own at the end of <body>, and once ready the window prints (the app: the chosen
 * printer, the book's own A4 landscape @page; a browser: its dialog). The reads of the book are in
 * the access log through logbook.list.
 */
export function printLogbook(request: LogbookRequest): Promise<void> {
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
      setTimeout(() => {
        document.body.classList.add(PRINTING_CLASS);
        const desk = findDeskBridge();
        if (desk) {
          const printer = getPrinterSetting();
          desk
            .print({ target: 'printer', silent: printer.silent, deviceName: printer.deviceName, paper: 'css' })
            .then((result) => (result.ok || result.message === 'Đã hủy in.' ? resolve() : reject(new Error(result.message))), reject)
            .finally(cleanUp);
          return;
        }
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
    root.render(<LogbookDocument request={request} onReady={onReady} onFailed={onFailed} />);
  });
}
