import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vnInstant } from '../../../shared/calendar';
import { formatDossierCode, parseDossierCode } from '../../../shared/dossier-code';

describe('dossier code', () => {
  it('formats {agency}-{yyMMdd}-{NNNN} with the Vietnam date', () => {
    expect(formatDossierCode({ agencyId: '000.00.00.H56', date: vnInstant(2025, 2, 24, 8, 0), seq: 1 })).toBe('000.00.00.H56-250224-0001');
    // 06:30 on 25 February in Vietnam is still 24 February in UTC.
    expect(formatDossierCode({ agencyId: '000.00.00.H56', date: vnInstant(2025, 2, 25, 6, 30), seq: 42 })).toBe('000.00.00.H56-250225-0042');
  });

  it('parses codes back and refuses malformed ones', () => {
    expect(parseDossierCode('000.00.00.H56-250224-0001')).toEqual({ agencyId: '000.00.00.H56', date: '2025-02-24', seq: 1 });
    expect(parseDossierCode('000.00.00.H56-250230-0001')).toBeNull();
    expect(parseDossierCode('000.00.00.H56-250224-001')).toBeNull();
    expect(parseDossierCode('000.00.00.H56-250224-0000')).toBeNull();
    expect(parseDossierCode('H56 250224 0001')).toBeNull();
  });

  it('refuses sequences that do not fit and bad agency ids', () => {
    expect(() => formatDossierCode({ agencyId: 'H56', date: new Date(), seq: 10_000 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyId: 'H56', date: new Date(), seq: 0 })).toThrow(RangeError);
    expect(() => formatDossierCode({ agencyId: 'H 56-1', date: new Date(), seq: 1 })).toThrow(RangeError);
  });

  it('supports another configured shape (4-digit year, 6-digit sequence)', () => {
    const format = { yearDigits: 4 as const, seqDigits: 6 };
    const code = formatDossierCode({ agencyId: 'H35.10', date: vnInstant(2026, 11, 24, 9, 0), seq: 123 }, format);
    expect(code).toBe('H35.10-20261124-000123');
    expect(parseDossierCode(code, format)).toEqual({ agencyId: 'H35.10', date: '2026-11-24', seq: 123 });
  });

  it('round-trips any agency, day and sequence', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z0-9]{1,3}(\.[A-Z0-9]{1,3}){0,4}$/),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }),
        fc.integer({ min: 1, max: 9999 }),
        (agencyId, ms, seq) => {
          const code = formatDossierCode({ agencyId, date: new Date(ms), seq });
          const parsed = parseDossierCode(code);
          expect(parsed?.agencyId).toBe(agencyId);
          expect(parsed?.seq).toBe(seq);
          expect(formatDossierCode({ agencyId, date: vnInstant(...(parsed!.date.split('-').map(Number) as [number, number, number])), seq })).toBe(code);
        },
      ),
    );
  });
});
