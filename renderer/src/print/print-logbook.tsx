import { LogbookDocument } from './LogbookDocument';
import type { LogbookRequest } from './logbook-request';
import { printRendered } from './print-in-page';

/**
 * Prints Sổ theo dõi hồ sơ as the other forms print, on the book's own A4 landscape @page. The
 * reads of the book are in the access log through logbook.list.
 */
export function printLogbook(request: LogbookRequest): Promise<void> {
  return printRendered((onReady, onFailed) => <LogbookDocument request={request} onReady={onReady} onFailed={onFailed} />, 'css');
}
