/**
 * The server secret: 32 random bytes, stored hex-encoded in `<dataDir>/secret.key` (mode 0600),
 * created on first start. It encrypts the stored join links so the facilitator can list them again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Reads the server secret, creating it (0600) when it does not exist yet. */
export function loadServerSecret(dataDir: string): Buffer {
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
