import { describe, expect, it } from 'vitest';
import { request } from '../../support/http-json';
import { startPortal } from '../../support/training-portal-harness';

describe('the training portal, like the host, serves this machine only', () => {
  it('refuses a foreign Host (DNS rebinding) and a foreign or null Origin, and serves a client with neither', async () => {
    const { portal } = await startPortal();
    const auth = (headers: Record<string, string>) =>
      request(`${portal.url}/auth`, { method: 'POST', headers: { 'content-type': 'application/json', dstcode: 'TEST', ...headers }, body: JSON.stringify({ username: 'quay-test', password: 'mat-khau-cong' }) });
    expect((await auth({ host: 'evil.example' })).status).toBe(403);
    expect((await auth({ host: `127.0.0.1:${portal.port + 1}` })).status).toBe(403);
    for (const origin of ['null', 'http://evil.example', `http://127.0.0.1:${portal.port + 1}`]) {
      expect((await auth({ origin })).status, origin).toBe(403);
    }
    const own = await auth({});
    expect(own.status).toBe(200);
    expect(own.json().error_code).toBe('0');
    expect((await auth({ host: `localhost:${portal.port}`, origin: `http://localhost:${portal.port}` })).json().error_code).toBe('0');
  });
});
