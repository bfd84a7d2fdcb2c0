// SPDX-License-Identifier: EUPL-1.2
/**
 * The server secret of instances that share PostgreSQL and have no STIP_SECRET: one row in
 * stip_server_secret (workshopPgSchema.ts migration 2), made by whichever instance starts first
 * (INSERT … ON CONFLICT DO NOTHING, then read back: every instance gets the same one). Not a local
 * file: each instance of a cluster must encrypt and decrypt the stored join links alike.
 * STIP_SECRET, when set, wins (kept outside the database, so a database dump alone does not reveal
 * the join links; docs/deploy.md).
 */
import crypto from 'node:crypto';
import type pg from 'pg';

/** The shared secret as 64 hex characters, created on first use. The workshop schema must be migrated. */
export async function loadPgServerSecret(pool: pg.Pool): Promise<string> {
  await pool.query('INSERT INTO stip_server_secret (id, secret) VALUES (true, $1) ON CONFLICT (id) DO NOTHING', [crypto.randomBytes(32).toString('hex')]);
  const { rows: [row] } = await pool.query<{ secret: string }>('SELECT secret FROM stip_server_secret WHERE id');
  if (!/^[0-9a-f]{64}$/.test(row.secret)) throw new Error('stip_server_secret holds no valid server secret (expected 64 hex characters)');
  return row.secret;
}
