// Electron's SecretBox: the sync password and team passphrase sealed with safeStorage (Keychain on macOS, DPAPI on
// Windows, libsecret/kwallet on Linux), so secrets.json in the data folder is useless on another computer or account.
import { safeStorage } from 'electron';
import type { SecretBox } from '../backend/ports';

/** Here, in the main process, safeStorage answers at once; the backend's process reaches it through main. */
export interface MainSecretBox extends SecretBox {
  encrypt(text: string): string;
  decrypt(base64: string): string;
}

export function createSecretBox(): MainSecretBox {
  return {
    // Asked at each write, not once: it is false until the app is ready, and on Linux without a secret store.
    available: () => safeStorage.isEncryptionAvailable(),
    encrypt: (text) => safeStorage.encryptString(text).toString('base64'),
    decrypt: (base64) => safeStorage.decryptString(Buffer.from(base64, 'base64')),
  };
}
