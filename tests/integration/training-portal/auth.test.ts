import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENCY, code, startPortal, type PortalUnderTest } from './portal-harness';

describe('training portal: sessions', () => {
  let p: PortalUnderTest;
  beforeEach(async () => {
    p = await startPortal({ users: [{ username: 'can-bo', password: 'mat-khau-1' }] });
  });
  afterEach(async () => p.close());

  it('gives a session for the right credentials and answers "1" for wrong ones', async () => {
    const ok = await p.post('/auth', { username: 'can-bo', password: 'mat-khau-1' });
    expect(ok.json).toMatchObject({ error_code: '0', expires_in: '3600' });
    expect(typeof ok.json.session).toBe('string');
    const bad = await p.post('/auth', { username: 'can-bo', password: 'sai' });
    expect(bad.json.error_code).toBe('1');
    expect(bad.json.session).toBeUndefined();
    const unknown = await p.post('/auth', { username: 'ai-do', password: 'mat-khau-1' });
    expect(unknown.json.error_code).toBe('1');
  });

  it('answers "-1" once the session has expired, and a new session works', async () => {
    const session = await p.login('can-bo', 'mat-khau-1');
    const ask = (s: string) => p.post('/service', { session: s, madonvi: AGENCY, service: 'TraCuuHoSo', MaHoSo: code(1) });
    expect((await ask(session)).json.error_code).toBe('4');
    await p.control({ advanceClock: { ms: 3601 * 1000 } });
    expect((await ask(session)).json.error_code).toBe('-1');
    expect((await ask('not-a-session')).json.error_code).toBe('-1');
    const fresh = await p.login('can-bo', 'mat-khau-1');
    expect((await ask(fresh)).json.error_code).toBe('4');
  });

  it('requires the dstcode header on every call', async () => {
    const res = await p.post('/auth', { username: 'can-bo', password: 'mat-khau-1' }, { dstcode: '' });
    expect(res.json.error_code).toBe('2');
  });

  it("stamps every answer with the portal clock's Date header", async () => {
    await p.control({ advanceClock: { ms: 10 * 60_000 } });
    const res = await fetch(`${p.url}/auth`, { method: 'POST', headers: { dstcode: 'X' }, body: '{}' });
    const skew = new Date(res.headers.get('date') ?? 0).getTime() - Date.now();
    expect(skew).toBeGreaterThan(9 * 60_000);
  });
});
