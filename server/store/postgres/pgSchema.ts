// SPDX-License-Identifier: EUPL-1.2
/**
 * The PostgreSQL tables of the document store, created when missing (the same tables as SQLite's
 * `collab_updates` and `doc_epochs` in spirit, plus what several instances need):
 *
 *   stip_doc_updates(doc_name, seq, id, data)   one row per update; seq counts per document (1, 2, …)
 *   stip_doc_heads(doc_name, seq)               the last seq handed out per document (its row lock
 *                                               orders the writers of one document)
 *   stip_doc_epochs(doc_name, epoch)            the document's epoch (shared/docEpoch.ts)
 *   stip_doc_leases(doc_name, holder, token, expires_at)
 *                                               who may compact a document now, with a fencing token;
 *                                               also `job:<name>`: who runs a cluster-wide job (lease.ts)
 *   stip_doc_store_instances                    a sequence: each store instance's number, so the ids
 *                                               it hands out never meet another instance's
 *   stip_doc_tombstones(scope, deleted_at)      scopes (`w/<id>/`: a workshop's documents) deleted for
 *                                               good: no instance writes a document of one again
 *                                               (docTombstones.ts)
 */
import type pg from 'pg';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS stip_doc_updates (
  doc_name TEXT NOT NULL,
  seq BIGINT NOT NULL,
  id BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (doc_name, seq)
);
CREATE INDEX IF NOT EXISTS stip_doc_updates_by_id ON stip_doc_updates (doc_name, id);
CREATE TABLE IF NOT EXISTS stip_doc_heads (
  doc_name TEXT PRIMARY KEY,
  seq BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS stip_doc_epochs (
  doc_name TEXT PRIMARY KEY,
  epoch TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stip_doc_leases (
  doc_name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  token BIGINT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE SEQUENCE IF NOT EXISTS stip_doc_store_instances;
CREATE TABLE IF NOT EXISTS stip_doc_tombstones (
  scope TEXT PRIMARY KEY,
  deleted_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`;

/** Creates the document store's tables (several instances may start at once: serialised by an advisory lock). */
export async function migrateDocStore(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(4815162342)');
    try {
      await client.query(SCHEMA);
    } finally {
      await client.query('SELECT pg_advisory_unlock(4815162342)');
    }
  } finally {
    client.release();
  }
}
