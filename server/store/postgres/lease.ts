// SPDX-License-Identifier: EUPL-1.2
/**
 * Leases in PostgreSQL: a row in stip_doc_leases, by name, that one instance holds until it
 * expires, with a token that grows at every grant. Two kinds of names:
 *
 *   <document name>   compaction of that document (PostgresDocStore.ts). The compaction transaction
 *                     locks the row and checks that the token is still the one it was granted
 *                     (fencing): an instance whose lease expired while it was busy, and was granted
 *                     to another, changes nothing.
 *   job:<name>        a job one instance at a time runs for the whole cluster (the retention sweep):
 *                     `jobLeases` hands it out as the storage's JobLeasePort.
 *
 * A workshop's erasure deletes its documents' leases (`w/<id>/…`), never a job's.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { JobLeasePort } from '../storePorts.js';

/** Grants the lease `name` to `holder` when it is free, expired or already theirs; the granted token, or null. */
export async function acquireLease(pool: pg.Pool, name: string, holder: string, leaseMs: number): Promise<number | null> {
  const { rows } = await pool.query<{ token: string }>(
    `INSERT INTO stip_doc_leases AS l (doc_name, holder, token, expires_at)
       VALUES ($1, $2, 1, now() + $3 * interval '1 millisecond')
     ON CONFLICT (doc_name) DO UPDATE SET holder = EXCLUDED.holder, token = l.token + 1, expires_at = EXCLUDED.expires_at
       WHERE l.expires_at < now() OR l.holder = EXCLUDED.holder
     RETURNING token`,
    [name, holder, leaseMs],
  );
  return rows.length > 0 ? Number(rows[0].token) : null;
}

/** Inside a transaction: locks the lease row and tells whether `token` is still the current grant. */
export async function holdsLease(client: pg.PoolClient, name: string, token: number): Promise<boolean> {
  const { rows } = await client.query<{ token: string }>('SELECT token FROM stip_doc_leases WHERE doc_name = $1 FOR UPDATE', [name]);
  return rows.length > 0 && Number(rows[0].token) === token;
}

/** The job leases of one instance (its own holder id) on the shared database. */
export function jobLeases(pool: pg.Pool): JobLeasePort {
  const holder = randomBytes(9).toString('base64url');
  return {
    acquire: async (job, leaseMs) => (await acquireLease(pool, `job:${job}`, holder, leaseMs)) !== null,
  };
}
