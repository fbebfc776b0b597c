import { afterEach } from 'vitest';
import { startTrainingPortal, type TrainingPortal, type TrainingPortalOptions } from '../../electron/training-portal/server';
import { makeTempDir } from './temp-dir';
import { request } from './http-json';

export const PORTAL_USER = { username: 'quay-test', password: 'mat-khau-cong' };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export interface PortalHarness {
  portal: TrainingPortal;
  settings: { url: string; user: string; password: string; dstcode: string };
  control(body: unknown): Promise<unknown>;
  state(): Promise<{ byMaHoSo: Record<string, { PhienBan: string; TrangThaiHoSo: string; IdNoiBo: string; DuocThanhToanTrucTuyen: string }> } & Record<string, unknown>>;
}

/** A real training portal on loopback with its own SQLite in a temp folder. */
export async function startPortal(options: Pick<TrainingPortalOptions, 'backOfficeDelayMs' | 'procedures' | 'random' | 'nationalRecords'> = {}): Promise<PortalHarness> {
  const { dir, cleanup } = makeTempDir('motcua-portal-');
  const portal = await startTrainingPortal({ port: 0, dataDir: dir, users: [PORTAL_USER], ...options });
  cleanups.push(cleanup, () => portal.close());
  const control = async (body: unknown) =>
    (await request(`${portal.url}/__control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
  const state = async () => (await request(`${portal.url}/__control/state`)).json();
  return {
    portal,
    settings: { url: portal.url, user: PORTAL_USER.username, password: PORTAL_USER.password, dstcode: 'TEST' },
    control,
    state,
  };
}
