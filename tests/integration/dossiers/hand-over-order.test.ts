import { describe, expect, it } from 'vitest';
import { startCore } from '../../support/core-harness';
import { receiveCertifiedCopy } from '../cash/cash-fixtures';

describe('handing over the result of a dossier not yet processed', () => {
  it('answers INVALID_TRANSITION before looking at its unpaid fee, and changes nothing', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    const dossier = await receiveCertifiedCopy(h, officer);
    const collectedBy = { fullName: 'Nguyễn Văn An' };

    const justReceived = await h.raw('dossiers.handOver', { id: dossier.id, collectedBy }, officer);
    expect(!justReceived.ok && justReceived.error.code).toBe('INVALID_TRANSITION');
    expect(!justReceived.ok && justReceived.error.message).toMatch(/Trả kết quả.*Được tiếp nhận/);

    await h.ok('dossiers.handOff', { id: dossier.id }, officer);
    const processing = await h.raw('dossiers.handOver', { id: dossier.id, collectedBy }, officer);
    expect(!processing.ok && processing.error.code).toBe('INVALID_TRANSITION');

    const detail = await h.ok('dossiers.get', { id: dossier.id }, officer);
    expect(detail.status).toBe(4);
    expect(detail.collectedBy).toBeNull();
    expect(detail.history.map((entry) => entry.action)).toEqual(['create', 'handOff']);
  });

  it('a processed dossier with its fee unpaid still answers FEE_UNPAID', async () => {
    const h = await startCore();
    const officer = await h.userWithRole('officer');
    const supervisor = await h.userWithRole('supervisor');
    const dossier = await receiveCertifiedCopy(h, officer);
    await h.ok('dossiers.handOff', { id: dossier.id }, officer);
    await h.ok('dossiers.markProcessed', { id: dossier.id }, supervisor);
    const refused = await h.raw('dossiers.handOver', { id: dossier.id, collectedBy: { fullName: 'Nguyễn Văn An' } }, officer);
    expect(!refused.ok && refused.error.code).toBe('FEE_UNPAID');
    expect((await h.ok('dossiers.get', { id: dossier.id }, officer)).status).toBe(9);
  });
});
