// SPDX-License-Identifier: EUPL-1.2
/**
 * Encrypts join-link tokens for storage: AES-256-GCM under the server secret.
 * Stored form: `v1.` + base64url(iv[12] | tag[16] | ciphertext).
 */
import crypto from 'node:crypto';

/** Encrypts and decrypts stored tokens. */
export interface TokenCipher {
  encrypt(token: string): string;
  /** The token, or null when the stored value was not made with this secret. */
  decrypt(stored: string): string | null;
}

/** Creates a cipher bound to the 32-byte server secret. */
export function createTokenCipher(secret: Buffer): TokenCipher {
  if (secret.length !== 32) throw new Error('The server secret must be 32 bytes');
  return {
    encrypt(token) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
      return 'v1.' + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    decrypt(stored) {
      if (!stored.startsWith('v1.')) return null;
      const raw = Buffer.from(stored.slice(3), 'base64url');
      if (raw.length < 29) return null;
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', secret, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
