// Digitisation (Decision 766) asks a file for every paper handed in, not for a paper only shown
// (xuất trình: the ID card checked and given back), and the queue's panel counts the same way.
import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { plainPdf } from '../attachments/test-pages';

const BIRTH = '1.001193';

describe('digitised dossiers and papers only shown', () => {
  it('a dossier with a file for each paper handed in is digitised though the ID card shown has none', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer', 'lan');
    const supervisor = await h.userWithRole('supervisor', 'hoa');
    const procedure = await h.ok('catalog.get', { code: BIRTH }, officer);
    const shown = procedure.components.find((c) => c.name.endsWith('(xuất trình)'))!;
    expect(shown).toBeDefined();
    const brought = procedure.components.filter((c) => c.required);
    const dossier = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Thị Mai', address: 'Bản Lang' }, components: brought.map((c) => ({ code: c.code, originals: 1, copies: 0 })) }, officer);
    const pdf = (await plainPdf(1)).toString('base64');
    for (const c of brought.filter((c) => c.code !== shown.code)) {
      await h.ok('attachments.add', { dossierId: dossier.id, componentCode: c.code, fileName: `${c.code}.pdf`, contentBase64: pdf }, officer);
    }
    h.clock.advance(60_000);
    const day = new Date(h.clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const digitised = (await h.ok('reports.indicators', { from: day, to: day }, supervisor)).figures.find((f) => f.code === 'digitised')!;
    expect([digitised.numerator, digitised.denominator]).toEqual([1, 1]);
    // Without the files of the papers handed in it is not.
    const other = await h.ok('dossiers.create', { procedureCode: BIRTH, applicant: { fullName: 'Lò Văn Páo', address: 'Bản Lang' }, components: brought.map((c) => ({ code: c.code, originals: 1, copies: 0 })) }, officer);
    await h.ok('attachments.add', { dossierId: other.id, componentCode: shown.code, fileName: 'cccd.pdf', contentBase64: pdf }, officer);
    h.clock.advance(60_000);
    const again = (await h.ok('reports.indicators', { from: day, to: day }, supervisor)).figures.find((f) => f.code === 'digitised')!;
    expect([again.numerator, again.denominator]).toEqual([1, 2]);
  });
});
