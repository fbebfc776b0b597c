/** The print route of Sổ theo dõi hồ sơ (Mẫu 07): `#/print/logbook/<book>?from=yyyy-mm-dd&to=yyyy-mm-dd`. */

/** One book ("01/2026": counter 01, year 2026), the dossiers received from..to (Vietnam days; the whole book without them). */
export type LogbookRequest = { kind: 'logbook'; book: string; from?: string; to?: string };

const BOOK = /^\d{2}\/\d{4}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `#/print/logbook/01%2F2026?from=2026-11-01&to=2026-11-30` */
export function logbookHash(request: LogbookRequest): string {
  const query = new URLSearchParams();
  if (request.from) query.set('from', request.from);
  if (request.to) query.set('to', request.to);
  const tail = query.toString() ? `?${query.toString()}` : '';
  return `#/print/logbook/${encodeURIComponent(request.book)}${tail}`;
}

/** The logbook request a hash names; null when it is not the logbook's route; an error message for a malformed one. */
export function parseLogbookHash(hash: string): LogbookRequest | { kind: 'invalid'; message: string } | null {
  const route = hash.replace(/^#\/?/, '');
  if (!route.startsWith('print/logbook/')) return null;
  const [path = '', queryText = ''] = route.slice('print/logbook/'.length).split('?');
  let book: string;
  try {
    // The book's slash may come encoded (01%2F2026) or as typed (01/2026).
    book = decodeURIComponent(path);
  } catch {
    book = '';
  }
  if (!BOOK.test(book)) return { kind: 'invalid', message: 'Quyển sổ phải có dạng số quầy/năm, ví dụ 01/2026.' };
  const query = new URLSearchParams(queryText);
  const from = query.get('from') ?? undefined;
  const to = query.get('to') ?? undefined;
  if ((from && !DAY.test(from)) || (to && !DAY.test(to))) return { kind: 'invalid', message: 'Từ ngày, đến ngày phải có dạng yyyy-mm-dd.' };
  return { kind: 'logbook', book, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
