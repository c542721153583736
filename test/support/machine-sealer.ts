import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretSealer } from '../../electron/main/db-key-store';

/**
 * A sealer that really encrypts (AES-256-GCM under a fixed machine secret), standing in for the
 * OS's store the way safeStorage does: what one "machine" sealed, another cannot open.
 */
export function machineSealer(secret: Buffer, backend = 'gnome_libsecret', available = true): SecretSealer {
  return {
    isEncryptionAvailable: () => available,
    backend: () => backend,
    encryptString(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
