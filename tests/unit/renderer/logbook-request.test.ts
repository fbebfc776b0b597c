import { describe, expect, it } from 'vitest';
import { logbookHash, parseLogbookHash } from '../../../renderer/src/print/logbook-request';
import { parsePrintHash } from '../../../renderer/src/print/print-request';

describe('the logbook print route', () => {
  it('round-trips a book and its days through the hash, the slash encoded', () => {
    const request = { kind: 'logbook' as const, book: '01/2026', from: '2026-11-01', to: '2026-11-30' };
    const hash = logbookHash(request);
    expect(hash).toBe('#/print/logbook/01%2F2026?from=2026-11-01&to=2026-11-30');
    expect(parseLogbookHash(hash)).toEqual(request);
    expect(logbookHash({ kind: 'logbook', book: '02/2027' })).toBe('#/print/logbook/02%2F2027');
  });

  it('takes the slash as typed, and the whole book without days', () => {
    expect(parseLogbookHash('#/print/logbook/03/2026')).toEqual({ kind: 'logbook', book: '03/2026' });
  });

  it('refuses a malformed book or day in Vietnamese, and leaves other routes alone', () => {
    expect(parseLogbookHash('#/print/logbook/2026')).toEqual({ kind: 'invalid', message: 'Quyển sổ phải có dạng số quầy/năm, ví dụ 01/2026.' });
    expect(parseLogbookHash('#/print/logbook/01%2F2026?from=1/11/2026')).toEqual({ kind: 'invalid', message: 'Từ ngày, đến ngày phải có dạng yyyy-mm-dd.' });
    expect(parseLogbookHash('#/print/receipt/abc')).toBeNull();
    expect(parseLogbookHash('#/queue')).toBeNull();
    // The rest of the app sees a print route there (the first screen after sign-in leaves it alone).
    expect(parsePrintHash('#/print/logbook/01%2F2026')).not.toBeNull();
  });
});
