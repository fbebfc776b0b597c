import fs from 'node:fs';
import path from 'node:path';
import { SecretStoreError, type SecretStore } from './secret-store';
import { writeFileDurably } from '../db/write-file-durably';
import type { SecretCipher } from '../db/secret-cipher';

export type { SecretCipher } from '../db/secret-cipher';

export const PORTAL_SECRET_FILE = 'portal-password.bin';

/** The portal password as encrypted bytes in a file of the data folder (temp file, fsync, rename). */
export class FileSecretStore implements SecretStore {
  readonly kind = 'safe-storage' as const;
  private readonly file: string;

  constructor(
    dir: string,
    private readonly cipher: SecretCipher,
    private readonly log: (message: string) => void = () => {},
  ) {
    this.file = path.join(dir, PORTAL_SECRET_FILE);
  }

  get location(): string {
    return `Tệp ${this.file}, ${this.cipher.label}`;
  }

  has(): boolean {
    return fs.existsSync(this.file);
  }

  read(): string | null {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.file);
    } catch {
      return null;
    }
    try {
      return this.cipher.decrypt(bytes);
    } catch (error) {
      // Another user account or a new OS keyring cannot decrypt it: the admin enters it again.
      this.log(`không giải mã được mật khẩu cổng đã lưu: ${(error as Error).message}`);
      return null;
    }
  }

  refusal(): string | null {
    const reason = this.cipher.unavailableReason();
    return reason ? `Không lưu được mật khẩu: ${reason}` : null;
  }

  write(secret: string): void {
    const refused = this.refusal();
    if (refused) throw new SecretStoreError(refused);
    writeFileDurably(this.file, this.cipher.encrypt(secret));
  }
}
