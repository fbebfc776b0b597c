// Which data folder the app opens: training and production never share one (desk-mode.ts).
// <userData>/training: the training folder with its embedded training portal (the default);
// <userData>/production: the production folder, opened as soon as the admin has saved a real
// portal there (portal-settings.json, the password encrypted with safeStorage beside it).
import path from 'node:path';
import type { CoreOptions } from '../core/core-types';
import { markProductionFolder, resolveDeskMode } from '../core/settings/desk-mode';
import { FileSecretStore } from '../core/settings/file-secret-store';
import { loadSavedPortal, readPortalSettingsFile } from '../core/settings/portal-settings-file';
import type { PortalSetup } from '../core/settings/portal-setup';
import { startEmbeddedTrainingPortal } from '../training-portal/embedded';
import { safeStorageCipher } from './safe-storage-cipher';
import { applyStagedRestore, type RestoreSetup } from '../core/backup/staged-restore';
import { KEY_FILE } from '../core/db/database-key';
import { sealKey } from '../core/db/sealed-key';
import fs from 'node:fs';

export interface DeskFolder {
  options: Pick<CoreOptions, 'dataDir' | 'portal' | 'portalSetup' | 'training' | 'agencyId' | 'agencyName' | 'counter' | 'restoreSetup'>;
  /** Stops the embedded training portal (training only). */
  close(): Promise<void>;
}

/** `resourcesDir` holds the catalogue the training portal files from, the one the desk loads. */
export async function openDeskFolder(userData: string, log: (message: string) => void, resourcesDir: string): Promise<DeskFolder> {
  const productionDir = path.join(userData, 'production');
  const trainingDir = path.join(userData, 'training');
  // A restore made ready in Cài đặt (backup.restore) replaces its folder before anything opens it.
  for (const dir of [productionDir, trainingDir]) applyStagedRestore(dir, new Date(), log);
  const restoreSetup = appRestoreSetup(productionDir, trainingDir);
  const portalSetup: PortalSetup = { productionDir, secrets: new FileSecretStore(productionDir, safeStorageCipher, log), restart: 'app' };
  if (readPortalSettingsFile(productionDir)) {
    markProductionFolder(productionDir);
    const loaded = loadSavedPortal(productionDir, portalSetup.secrets);
    resolveDeskMode(productionDir, loaded.portal !== undefined);
    // Never back to training: without a usable password the production desk works offline.
    if (!loaded.portal) log(`${loaded.missing ?? ''} Làm việc ngoại tuyến; nhập lại trong Cài đặt.`);
    return {
      options: { dataDir: productionDir, portal: loaded.portal, portalSetup, restoreSetup, training: false, agencyId: loaded.saved?.agencyId, agencyName: loaded.saved?.agencyName, counter: loaded.saved?.counter },
      close: async () => {},
    };
  }
  resolveDeskMode(trainingDir, false);
  const training = await startEmbeddedTrainingPortal(trainingDir, log, resourcesDir);
  return {
    options: { dataDir: trainingDir, portal: training.settings, portalSetup, restoreSetup, training: true },
    close: () => training.portal.close(),
  };
}

/** A backup goes back to the folder of its mode; its key is sealed by this machine's keyring, never left in the clear. */
function appRestoreSetup(productionDir: string, trainingDir: string): RestoreSetup {
  return {
    targetFor: (training) => (training ? trainingDir : productionDir),
    keepKey: (stagedDir, key) => {
      if (key) sealKey(stagedDir, key, safeStorageCipher);
      fs.rmSync(path.join(stagedDir, KEY_FILE), { force: true });
    },
    restart: 'app',
  };
}
