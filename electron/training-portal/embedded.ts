import path from 'node:path';
import { loadCatalogDir } from '../core/catalog';
import type { PortalSettings } from '../core/core-types';
import { startTrainingPortal, type TrainingPortal } from './server';

const TRAINING_USER = { username: 'tap-huan', password: 'tap-huan-123' };

/**
 * Training mode's portal, inside the desk's own process and data folder: the back office answers
 * after two minutes and an online filing arrives now and then, so officers can practise the whole day.
 * Its filings come from the catalogue the desk loads (`resourcesDir`/catalog).
 */
export async function startEmbeddedTrainingPortal(
  dataDir: string,
  log: (message: string) => void,
  resourcesDir: string,
): Promise<{ portal: TrainingPortal; settings: PortalSettings }> {
  const portal = await startTrainingPortal({
    procedures: loadCatalogDir(path.join(resourcesDir, 'catalog')),
    port: 0,
    dataDir: path.join(dataDir, 'training-portal'),
    users: [TRAINING_USER],
    backOfficeDelayMs: 2 * 60_000,
    seedOnlineEveryMs: 10 * 60_000,
    log: (line) => log(`[cổng tập huấn] ${line}`),
  });
  return { portal, settings: { url: portal.url, user: TRAINING_USER.username, password: TRAINING_USER.password, dstcode: 'TAPHUAN' } };
}
