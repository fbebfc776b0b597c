// The app's SecretCipher: Electron's safeStorage (DPAPI on Windows, the Keychain on macOS,
// libsecret/KWallet on Linux). The core keeps the encrypted bytes in a file (file-secret-store.ts).
import { safeStorage } from 'electron';
import type { SecretCipher } from '../core/db/secret-cipher';

export const safeStorageCipher: SecretCipher = {
  label: 'mã hóa bằng kho khóa của hệ điều hành (Electron safeStorage)',
  unavailableReason() {
    if (!safeStorage.isEncryptionAvailable()) {
      return 'máy này không có kho khóa của hệ điều hành để mã hóa (Electron safeStorage không dùng được). Hãy đăng nhập Windows/Linux bằng tài khoản người dùng thường, mở khóa kho khóa rồi thử lại.';
    }
    // Without a keyring, Linux "encrypts" with a fixed key: that is plain text in disguise.
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return 'trên Linux không tìm thấy kho khóa (GNOME Keyring hoặc KWallet), mật khẩu sẽ chỉ được che chứ không được mã hóa. Hãy cài và mở khóa kho khóa rồi thử lại.';
    }
    return null;
  },
  encrypt: (text) => safeStorage.encryptString(text),
  decrypt: (bytes) => safeStorage.decryptString(bytes),
};
