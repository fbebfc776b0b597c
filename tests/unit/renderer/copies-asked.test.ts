// The copies to certify follow "Số bản" (renderer/src/features/intake/intake-form.ts): only when
// the fee counts copies, only for components made of copies alone, and never below one.
import { describe, expect, it } from 'vitest';
import type { ProcedureDetail } from '../../../shared/api/catalog';
import { componentsOf, withCopiesAsked } from '../../../renderer/src/features/intake/intake-form';

const certifiedCopy = {
  code: '2.000815',
  feeQuantities: ['pages', 'copies'],
  components: [
    { code: 'TP1', name: 'Bản chính (xuất trình)', originals: 1, copies: 0, required: true },
    { code: 'TP2', name: 'Bản sao cần chứng thực', originals: 0, copies: 1, required: true },
    { code: 'TP3', name: 'Tờ khai', originals: 1, copies: 1, required: false },
  ],
} as unknown as ProcedureDetail;

describe('withCopiesAsked', () => {
  it('sets the copies-only component to the copies asked, and leaves originals and mixed components', () => {
    const next = withCopiesAsked(certifiedCopy, componentsOf(certifiedCopy), 3)!;
    expect(next.map((c) => [c.code, c.originals, c.copies])).toEqual([
      ['TP1', 1, 0],
      ['TP2', 0, 3],
      ['TP3', 1, 1],
    ]);
  });

  it('changes nothing without a copies fee, for an empty or bad count, or when it already agrees', () => {
    const noCopies = { ...certifiedCopy, feeQuantities: ['pages'] } as unknown as ProcedureDetail;
    expect(withCopiesAsked(noCopies, componentsOf(noCopies), 3)).toBeNull();
    for (const bad of [null, undefined, 0, -1, 2.5]) expect(withCopiesAsked(certifiedCopy, componentsOf(certifiedCopy), bad)).toBeNull();
    expect(withCopiesAsked(certifiedCopy, componentsOf(certifiedCopy), 1)).toBeNull();
    expect(withCopiesAsked(certifiedCopy, [], 2)).toBeNull();
  });
});
