import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { receiveCertifiedCopy } from './cash-fixtures';

describe('handing over the result', () => {
  it('is refused while a fee is unpaid, and allowed once it is paid', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    const supervisor = await h.userWithRole('supervisor');
    const dossier = await receiveCertifiedCopy(h, officer);
    await h.ok('dossiers.handOff', { id: dossier.id }, officer);
    await h.ok('dossiers.markProcessed', { id: dossier.id }, supervisor);
    const collectedBy = { fullName: 'Nguyễn Văn An' };

    const refused = await h.raw('dossiers.handOver', { id: dossier.id, collectedBy }, officer);
    expect(!refused.ok && refused.error.code).toBe('FEE_UNPAID');
    expect(!refused.ok && refused.error.message).toMatch(/14\.000 đ/);
    expect((await h.ok('dossiers.get', { id: dossier.id }, officer)).status).toBe(9);

    await h.ok('cash.open', { float: 0 }, officer);
    await h.ok('payments.collect', { dossierId: dossier.id }, officer);
    expect((await h.ok('dossiers.handOver', { id: dossier.id, collectedBy }, officer)).status).toBe(10);
  });
});
