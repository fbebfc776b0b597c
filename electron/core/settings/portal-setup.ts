import type { SecretStore } from './secret-store';

/**
 * Where the administrator's portal settings go and how they take effect, decided by the shell:
 * - the app: its production folder (`<userData>/production`), the password with safeStorage; a relaunch applies them;
 * - the host on a production folder: that folder, the password from MOTCUA_PORTAL_PASSWORD; a restart applies them;
 * - the host on a training folder: nowhere (productionDir null): it is restarted on another folder with the flags.
 */
export interface PortalSetup {
  productionDir: string | null;
  secrets: SecretStore;
  restart: 'app' | 'host';
}
