import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { deskQueryKey } from '../../../renderer/src/api/query-keys';
import { invalidateAfterDossierChange, invalidateAfterSyncMove } from '../../../renderer/src/app/query-invalidation';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

function cacheWithEveryRead() {
  const client = new QueryClient();
  client.setQueryData(deskQueryKey('dossiers.get', { id: A }), { id: A, syncState: 'synced' });
  client.setQueryData(deskQueryKey('dossiers.get', { id: B }), { id: B, syncState: 'pending' });
  client.setQueryData(deskQueryKey('attachments.list', { dossierId: A }), []);
  client.setQueryData(deskQueryKey('attachments.list', { dossierId: B }), []);
  client.setQueryData(deskQueryKey('dossiers.backlog'), {});
  client.setQueryData(deskQueryKey('payments.unpaid'), []);
  client.setQueryData(deskQueryKey('payments.list', { date: '2026-11-25' }), []);
  client.setQueryData(deskQueryKey('cash.current'), null);
  client.setQueryData(deskQueryKey('cash.settings'), {});
  client.setQueryData(deskQueryKey('users.list'), []);
  client.setQueryData(deskQueryKey('catalog.list'), []);
  const stale = () =>
    client
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.isInvalidated)
      .map((query) => JSON.stringify(query.queryKey))
      .sort();
  return { client, stale };
}

describe('the cached reads follow the core\'s pushes', () => {
  it('a changed dossier makes its own reads, its files and the ward\'s figures stale, nothing else', async () => {
    const { client, stale } = cacheWithEveryRead();
    expect(stale()).toEqual([]);
    await invalidateAfterDossierChange(client, [A]);
    expect(stale()).toEqual(
      [
        ['attachments.list', { dossierId: A }],
        ['cash.current'],
        ['dossiers.backlog'],
        ['dossiers.get', { id: A }],
        ['payments.list', { date: '2026-11-25' }],
        ['payments.unpaid'],
      ]
        .map((key) => JSON.stringify(key))
        .sort(),
    );
  });

  it('a move of the sync state makes only the dossiers shown as not yet synced stale', async () => {
    const { client, stale } = cacheWithEveryRead();
    await invalidateAfterSyncMove(client);
    expect(stale()).toEqual([JSON.stringify(['dossiers.get', { id: B }])]);
  });
});
