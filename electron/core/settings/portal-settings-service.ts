import type { ParsedInputOf, PortalSettingsView, SetPortalResult } from '../../../shared/api';
import { DeskError } from '../api/desk-error';
import type { PortalSettings } from '../core-types';
import type { DeskIdentity } from './desk-identity';
import { DeskModeError, markProductionFolder } from './desk-mode';
import { readPortalSettingsFile, writePortalSettingsFile, type SavedPortalSettings } from './portal-settings-file';
import type { PortalSetup } from './portal-setup';
import { PORTAL_PASSWORD_ENV } from './env-secret-store';
import { SecretStoreError } from './secret-store';

export const HOST_TRAINING_NOTE =
  'Máy chủ đang chạy trên thư mục dữ liệu tập huấn, thư mục này không bao giờ dùng cổng thật. Hãy khởi động lại máy chủ với một thư mục dữ liệu khác: ' +
  `--data-dir <thư mục chính thức> --agency-id <mã đơn vị> --counter <số quầy> --portal-url <địa chỉ> --portal-user <tài khoản> --dstcode <mã định tuyến>, mật khẩu qua biến môi trường ${PORTAL_PASSWORD_ENV}.`;

type SetPortalInput = ParsedInputOf<'settings.setPortal'>;

/** What `settings.portal` shows and `settings.setPortal` saves; the password only ever goes to the SecretStore. */
export class PortalSettingsService {
  private savedThisRun = false;

  constructor(
    private readonly setup: PortalSetup,
    /** This folder's mode and the portal the desk uses now (null: none, or the training portal). */
    private readonly current: { training: boolean; portal: PortalSettings | null },
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** The kept password (host: the one it was given), for testing a connection without retyping it. */
  keptPassword(): string | null {
    return this.setup.secrets.read() ?? (this.current.training ? null : (this.current.portal?.password ?? null));
  }

  /**
   * The kept password, but only for the portal and account it was kept for (saved or in use): a
   * typed address never receives the secret of another one.
   */
  keptPasswordFor(url: string, user: string): string | null {
    const saved = this.readSaved();
    const inUse = this.current.training ? null : this.current.portal;
    const same = (s: { url: string; user: string } | null | undefined) => Boolean(s && s.url === url && s.user === user);
    return same(saved) || same(inUse) ? this.keptPassword() : null;
  }

  view(identity: DeskIdentity): PortalSettingsView {
    const { productionDir, secrets, restart } = this.setup;
    const saved = this.readSaved();
    const inUse = this.current.training ? null : this.current.portal;
    const canSave = productionDir !== null;
    const secretRefusal = secrets.refusal();
    return {
      mode: this.current.training ? 'training' : 'production',
      url: saved?.url ?? inUse?.url ?? '',
      user: saved?.user ?? inUse?.user ?? '',
      dstcode: saved?.dstcode ?? inUse?.dstcode ?? '',
      agencyId: saved?.agencyId ?? (this.current.training ? '' : identity.agencyId),
      agencyName: saved?.agencyName ?? (this.current.training ? '' : identity.agencyName),
      counterNumber: saved?.counter ?? identity.counter,
      passwordSet: secrets.has() || Boolean(inUse?.password),
      secretStorage: secrets.kind,
      secretStorageLabel: secrets.location,
      canSave,
      canSavePassword: canSave && secretRefusal === null,
      saveNote: canSave ? secretRefusal : HOST_TRAINING_NOTE,
      productionDir,
      restart,
      restartRequired: this.savedThisRun || (saved !== null && (inUse === null || differs(saved, inUse, identity))),
    };
  }

  /** Saves for the next start; throws DeskError (nothing changed) when this desk cannot take them. */
  save(input: SetPortalInput, identity: DeskIdentity, now: Date): { result: SetPortalResult; before: unknown; after: unknown } {
    const { productionDir, secrets, restart } = this.setup;
    if (productionDir === null) throw new DeskError('CONFLICT', HOST_TRAINING_NOTE);
    if (input.password !== undefined) {
      const refusal = secrets.refusal();
      if (refusal) throw new DeskError('CONFLICT', refusal);
    } else if (restart === 'app' && !secrets.has()) {
      throw new DeskError('INVALID_INPUT', 'Mật khẩu kết nối: bắt buộc nhập (chưa có mật khẩu nào được lưu).', { fields: { password: 'Mật khẩu kết nối: bắt buộc nhập.' } });
    }
    const before = this.view(identity);
    try {
      markProductionFolder(productionDir);
      if (input.password !== undefined) secrets.write(input.password);
    } catch (error) {
      if (error instanceof DeskModeError || error instanceof SecretStoreError) throw new DeskError('CONFLICT', error.message);
      throw error;
    }
    const { password, ...settings } = input;
    writePortalSettingsFile(productionDir, { ...settings, savedAt: now.toISOString() });
    this.savedThisRun = true;
    const message =
      restart === 'app'
        ? this.current.training
          ? `Đã lưu thiết lập cổng vào thư mục dữ liệu chính thức ${productionDir}. Khởi động lại ứng dụng để làm việc với cổng thật; dữ liệu tập huấn vẫn giữ riêng trong thư mục tập huấn.`
          : 'Đã lưu thiết lập cổng. Khởi động lại ứng dụng để áp dụng.'
        : `Đã lưu thiết lập cổng vào ${productionDir}. Khởi động lại máy chủ để áp dụng (mật khẩu qua biến môi trường ${PORTAL_PASSWORD_ENV}; tham số --portal-* và --agency-id, --counter nếu có được ưu tiên).`;
    this.log(`thiết lập cổng dịch vụ công đã lưu vào ${productionDir}${password !== undefined ? ' (kèm mật khẩu mới)' : ''}`);
    return {
      result: { restartRequired: true, restart, productionDir, message },
      before: { url: before.url, user: before.user, dstcode: before.dstcode, agencyId: before.agencyId, agencyName: before.agencyName, counter: before.counterNumber },
      after: { ...settings, credentialChanged: password !== undefined },
    };
  }

  private readSaved(): SavedPortalSettings | null {
    if (!this.setup.productionDir) return null;
    try {
      return readPortalSettingsFile(this.setup.productionDir);
    } catch (error) {
      this.log((error as Error).message);
      return null;
    }
  }
}

function differs(saved: SavedPortalSettings, inUse: PortalSettings, identity: DeskIdentity): boolean {
  return saved.url !== inUse.url || saved.user !== inUse.user || saved.dstcode !== inUse.dstcode || saved.agencyId !== identity.agencyId || saved.agencyName !== identity.agencyName || saved.counter !== identity.counter;
}
