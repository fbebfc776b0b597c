// The database key and the portal password are both sealed with it, so it is declared below both.
/** Encrypts with a key this process does not hold in plain text (the app: Electron's safeStorage). */
export interface SecretCipher {
  /** Null when encryption can be used; otherwise why not (Vietnamese). */
  unavailableReason(): string | null;
  encrypt(text: string): Buffer;
  decrypt(bytes: Buffer): string;
  /** Vietnamese, e.g. "mã hóa bằng kho khóa của hệ điều hành (safeStorage)". */
  readonly label: string;
}
