import type { SettingsStore } from '../settings';

/**
 * How an agency's daily range of dossier numbers (0001-9999) is shared so that no two issuers
 * ever collide, online or offline: 1..portalShare is left to the portal's own numbering of
 * online filings, then each counter number n gets its own slice of sliceSize numbers:
 * portalShare + (n-1)*sliceSize + 1 .. portalShare + n*sliceSize. Each slice restarts daily.
 */
export interface CodeRange {
  portalShare: number;
  sliceSize: number;
}

export const DEFAULT_CODE_RANGE: CodeRange = { portalShare: 5000, sliceSize: 500 };
export const MAX_SEQUENCE = 9999;

export function readCodeRange(settings: SettingsStore): CodeRange {
  return settings.get<CodeRange>('codeRange', DEFAULT_CODE_RANGE);
}

export function counterSlice(range: CodeRange, counter: number): { first: number; last: number } {
  const first = range.portalShare + (counter - 1) * range.sliceSize + 1;
  const last = range.portalShare + counter * range.sliceSize;
  if (counter < 1 || last > MAX_SEQUENCE) {
    throw new RangeError(`Quầy số ${counter} không có dải số hợp lệ (phần của cổng ${range.portalShare}, mỗi quầy ${range.sliceSize} số).`);
  }
  return { first, last };
}
