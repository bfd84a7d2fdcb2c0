// SPDX-License-Identifier: EUPL-1.2
/**
 * The compaction lease of a document: a row in stip_doc_leases that one store instance holds until
 * it expires, with a token that grows at every grant. The compaction transaction locks the row and
 * checks that the token is still the one it was granted (fencing): an instance whose lease expired
 * while it was busy, and was granted to another, changes nothing.
 */
import type pg from 'pg';

/** Grants the lease to `holder` when it is free, expired or already theirs; the granted token, or null. */
export async function acquireCompactionLease(pool: pg.Pool, docName: string, holder: string, leaseMs: number): Promise<number | null> {
  const { rows } = await pool.query<{ token: string }>(
    `INSERT INTO stip_doc_leases AS l (doc_name, holder, token, expires_at)
       VALUES ($1, $2, 1, now() + $3 * interval '1 millisecond')
     ON CONFLICT (doc_name) DO UPDATE SET holder = EXCLUDED.holder, token = l.token + 1, expires_at = EXCLUDED.expires_at
       WHERE l.expires_at < now() OR l.holder = EXCLUDED.holder
     RETURNING token`,
    [docName, holder, leaseMs],
  );
  return rows.length > 0 ? Number(rows[0].token) : null;
}

/** Inside a transaction: locks the lease row and tells whether `token` is still the current grant. */
export async function holdsCompactionLease(client: pg.PoolClient, docName: string, token: number): Promise<boolean> {
  const { rows } = await client.query<{ token: string }>('SELECT token FROM stip_doc_leases WHERE doc_name = $1 FOR UPDATE', [docName]);
  return rows.length > 0 && Number(rows[0].token) === token;
}
