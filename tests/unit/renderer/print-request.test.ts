import { describe, expect, it } from 'vitest';
import { parsePrintHash, printHash, type PrintRequest } from '../../../renderer/src/print/print-request';

describe('print routes of cash documents', () => {
  it('the day report, one officer or everyone, and a phiếu chi go to their route and back', () => {
    const requests: PrintRequest[] = [
      { kind: 'cash-report', date: '2026-11-25' },
      { kind: 'cash-report', date: '2026-11-25', officer: 'canbo1' },
      { kind: 'cash-movement', movementId: '6f1c2d3e-0000-4000-8000-000000000001' },
      { kind: 'cash-receipt', paymentId: '6f1c2d3e-0000-4000-8000-000000000002' },
    ];
    expect(requests.map(printHash)).toEqual([
      '#/print/cash-report/2026-11-25',
      '#/print/cash-report/2026-11-25?officer=canbo1',
      '#/print/cash-movement/6f1c2d3e-0000-4000-8000-000000000001',
      '#/print/cash-receipt/6f1c2d3e-0000-4000-8000-000000000002',
    ]);
    for (const request of requests) expect(parsePrintHash(printHash(request))).toEqual(request);
  });

  it('a report route without a proper date is refused with a Vietnamese message', () => {
    expect(parsePrintHash('#/print/cash-report/25-11-2026')).toEqual({ kind: 'invalid', message: 'Ngày của báo cáo phải có dạng yyyy-mm-dd.' });
    expect(parsePrintHash('#/print/cash-report')).toMatchObject({ kind: 'invalid' });
  });
});
