import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { subscribeToHash } from '../ui/hash-route';
import { parsePrintHash } from './print-request';
import { getPaperSize } from './print-settings';
import { PrintDocument } from './PrintDocument';
import { parseLogbookHash } from './logbook-request';
import { LogbookDocument } from './LogbookDocument';

type PrintRoute = NonNullable<ReturnType<typeof parsePrintHash> | ReturnType<typeof parseLogbookHash>>;

/** The print route the hash names (`#/print/receipt/<id>`, `#/print/guidance?data=...`), or null. */
export function usePrintRoute(): PrintRoute | null {
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash);
  return useMemo(() => parseLogbookHash(hash) ?? parsePrintHash(hash), [hash]);
}

/** A form alone on the page, without the app frame: for the browser's print and for PDF tests. */
export function PrintRoute({ route }: { route: PrintRoute }) {
  const [paper] = useState(getPaperSize);
  useEffect(() => {
    document.title = 'Bản in · Một Cửa Desk';
  }, []);
  if (route.kind === 'invalid') {
    return (
      <div className="mc-print-route" data-testid="print-failed">
        <p className="mc-status">{route.message}</p>
      </div>
    );
  }
  return (
    <div className="mc-print-route">
      {route.kind === 'logbook' ? <LogbookDocument request={route} /> : <PrintDocument request={route} paper={paper} />}
    </div>
  );
}
