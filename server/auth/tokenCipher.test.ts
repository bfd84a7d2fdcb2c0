// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTokenCipher } from './tokenCipher.js';
import { hashToken, looksLikeToken, newId, newToken } from './tokens.js';

describe('tokens', () => {
  it('are 256 random bits in base64url, different every time, stored as a sha256 hash', () => {
    const a = newToken();
    expect(looksLikeToken(a)).toBe(true);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(newId()).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});

describe('tokenCipher', () => {
  const cipher = createTokenCipher(crypto.randomBytes(32));

  it('gives back the token it encrypted, never storing it readable', () => {
    const token = newToken();
    const stored = cipher.encrypt(token);
    expect(stored).not.toContain(token);
    expect(cipher.encrypt(token)).not.toBe(stored);
    expect(cipher.decrypt(stored)).toBe(token);
  });

  it('refuses a changed value or one made with another secret', () => {
    const stored = cipher.encrypt(newToken());
    const raw = Buffer.from(stored.slice(3), 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(cipher.decrypt('v1.' + raw.toString('base64url'))).toBeNull();
    expect(createTokenCipher(crypto.randomBytes(32)).decrypt(stored)).toBeNull();
    expect(cipher.decrypt('garbage')).toBeNull();
    expect(cipher.decrypt('v1.')).toBeNull();
  });

  it('needs a 32-byte secret', () => {
    expect(() => createTokenCipher(Buffer.alloc(16))).toThrow();
  });
});
