import { SecretStoreError, type SecretStore } from './secret-store';

export const PORTAL_PASSWORD_ENV = 'MOTCUA_PORTAL_PASSWORD';

/**
 * The host's secret store: the password comes from the environment (MOTCUA_PORTAL_PASSWORD) or
 * the --portal-password flag at start; the host never writes one anywhere.
 */
export class EnvSecretStore implements SecretStore {
  readonly kind = 'environment' as const;
  readonly location = `Biến môi trường ${PORTAL_PASSWORD_ENV} khi khởi động máy chủ (không lưu trên đĩa)`;

  constructor(private readonly password: string | undefined) {}

  has(): boolean {
    return Boolean(this.password);
  }

  read(): string | null {
    return this.password || null;
  }

  refusal(): string {
    return `Máy chủ cục bộ không lưu mật khẩu cổng: hãy đặt biến môi trường ${PORTAL_PASSWORD_ENV} rồi khởi động lại máy chủ (để trống ô mật khẩu khi lưu các thiết lập khác).`;
  }

  write(): void {
    throw new SecretStoreError(this.refusal());
  }
}
