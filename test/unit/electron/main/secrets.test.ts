// Electron's SecretBox over safeStorage (the mock seals as "sealed:<text>"): base64 out, the same text back in.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock, safeStorage } from '../electron-mock';
import { createSecretBox } from '../../../../electron/main/secrets';

vi.mock('electron', () => import('../electron-mock'));

beforeEach(() => resetElectronMock());

describe('Electron SecretBox', () => {
  it('says whether safeStorage can encrypt, asking each time', () => {
    const box = createSecretBox();
    expect(box.available()).toBe(true);
    safeStorage.encryptionAvailable = false;
    expect(box.available()).toBe(false);
    expect(safeStorage.isEncryptionAvailable).toHaveBeenCalledTimes(2);
  });

  it('encrypts to base64 and decrypts it back, Chinese text included', () => {
    const box = createSecretBox();
    const sealed = box.encrypt('密碼 s3cret!');
    expect(sealed).toBe(Buffer.from('sealed:密碼 s3cret!', 'utf8').toString('base64'));
    expect(safeStorage.encryptString).toHaveBeenCalledWith('密碼 s3cret!');
    expect(box.decrypt(sealed)).toBe('密碼 s3cret!');
    expect(safeStorage.decryptString).toHaveBeenCalledWith(Buffer.from(sealed, 'base64'));
  });

  it('throws when safeStorage cannot open what it is given (sealed elsewhere)', () => {
    const box = createSecretBox();
    expect(() => box.decrypt(Buffer.from('from another computer').toString('base64'))).toThrow(/decrypting/);
  });
});
