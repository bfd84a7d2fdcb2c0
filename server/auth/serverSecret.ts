// SPDX-License-Identifier: EUPL-1.2
/**
 * The server secret: 32 random bytes, stored hex-encoded in `<dataDir>/secret.key` (mode 0600),
 * created on first start. It encrypts the stored join links so the facilitator can list them again.
 * Several instances share one secret from the environment (STIP_SECRET, 64 hex characters) instead.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The configured secret (STIP_SECRET) when given, else the file's, creating it (0600) when it does not exist yet. */
export function loadServerSecret(dataDir: string, configured: string | null = null): Buffer {
  if (configured !== null) {
    if (!/^[0-9a-fA-F]{64}$/.test(configured)) throw new Error('STIP_SECRET is not a valid server secret (expected 64 hex characters: openssl rand -hex 32)');
    return Buffer.from(configured, 'hex');
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'secret.key');
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const hex = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} is not a valid server secret (expected 64 hex characters)`);
  return Buffer.from(hex, 'hex');
}
