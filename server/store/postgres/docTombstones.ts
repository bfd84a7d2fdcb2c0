// SPDX-License-Identifier: EUPL-1.2
/**
 * Tombstones of deleted document scopes. A scope is the first two parts of a document name
 * (`w/<workshopId>/`: every document of one workshop). When a workshop is deleted, its scope gets a
 * row in stip_doc_tombstones in the transaction that deletes its rows; from then on no instance
 * writes a document of that scope again, not even a room that stayed open on an instance that
 * missed the deletion (Redis down, or the room had unsaved updates).
 *
 * Writers and the deleter meet on an advisory lock per scope: a write batch holds it shared while
 * it checks the tombstones and writes, the deletion holds it exclusively while it writes the
 * tombstone and deletes. So a batch either committed before the deletion began (and its rows are
 * deleted with the rest) or checks after the deletion committed (and sees the tombstone).
 */
import type pg from 'pg';

/** The scope of a document name (`w/<id>/` for `w/<id>/…`), or null when it has none. */
export function docScope(docName: string): string | null {
  return /^[^/]+\/[^/]+\//.exec(docName)?.[0] ?? null;
}

/**
 * Inside a write transaction: takes the scopes' locks (shared) and returns the scopes among them
 * that have been deleted (their documents must not be written).
 */
export async function deletedScopes(client: pg.PoolClient, scopes: string[]): Promise<Set<string>> {
  if (scopes.length === 0) return new Set();
  const sorted = [...new Set(scopes)].sort();
  await client.query('SELECT pg_advisory_xact_lock_shared(hashtext(s)) FROM unnest($1::text[]) AS s ORDER BY s', [sorted]);
  const { rows } = await client.query<{ scope: string }>('SELECT scope FROM stip_doc_tombstones WHERE scope = ANY($1)', [sorted]);
  return new Set(rows.map((r) => r.scope));
}

/**
 * Inside the deleting transaction: takes the scope's lock exclusively (waiting for write batches
 * in flight to commit) and records its tombstone.
 */
export async function buryScope(client: { query(sql: string, params?: unknown[]): Promise<unknown> }, scope: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [scope]);
  await client.query('INSERT INTO stip_doc_tombstones (scope) VALUES ($1) ON CONFLICT (scope) DO NOTHING', [scope]);
}
