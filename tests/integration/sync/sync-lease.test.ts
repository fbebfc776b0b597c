import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core';
import { makeTempDir } from '../../support/temp-dir';
import { startPortal } from '../../support/training-portal-harness';

describe('one sync worker per data folder', () => {
  it('a second process on the same folder does not sync while the first holds the lease', async () => {
    const p = await startPortal();
    const { dir, cleanup } = makeTempDir();
    const first = await createCore({ dataDir: dir, adminPassword: 'quan-tri-123', portal: p.settings, syncIntervalMs: 3_600_000 });
    const second = await createCore({ dataDir: dir, portal: p.settings, syncIntervalMs: 3_600_000 });
    try {
      const login = async (core: typeof first) => {
        const r = await core.call('auth.login', { username: 'admin', password: 'quan-tri-123' }, null, { transport: 'http' });
        return (r as { ok: true; value: { token: string } }).value.token;
      };
      const a = await first.call('sync.run', undefined, await login(first), { transport: 'http' });
      expect(a).toMatchObject({ ok: true, value: { ok: true } });
      const b = await second.call('sync.run', undefined, await login(second), { transport: 'http' });
      expect(b).toMatchObject({ ok: true, value: { ok: false, message: expect.stringMatching(/tiến trình khác đang đồng bộ/) } });
    } finally {
      await second.close();
      await first.close();
      cleanup();
    }
  });
});
