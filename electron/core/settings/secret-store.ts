import type { SecretStorageKind } from '../../../shared/api';

/** A secret could not be kept here; the message (Vietnamese) says why and what to do. */
export class SecretStoreError extends Error {}

/**
 * Keeps the portal password out of the database: the app injects one backed by Electron's
 * safeStorage (file-secret-store.ts with its cipher), the host one that reads the environment.
 * The core never imports electron; it only sees this interface.
 */
export interface SecretStore {
  readonly kind: SecretStorageKind;
  /** Vietnamese: where the secret is kept, shown to the administrator. */
  readonly location: string;
  has(): boolean;
  /** The secret, or null when none is kept (or it can no longer be decrypted). */
  read(): string | null;
  /** Why write() would refuse now (Vietnamese), or null when it can save. */
  refusal(): string | null;
  /** Saves the secret durably; throws SecretStoreError when it cannot. */
  write(secret: string): void;
}
