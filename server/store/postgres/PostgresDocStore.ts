// SPDX-License-Identifier: EUPL-1.2
/**
 * The document store in PostgreSQL (DATABASE_URL=postgres://…), shared by several Stip instances.
 * Tables: pgSchema.ts. What differs from SQLite:
 * - every written update gets a per-document sequence number (1, 2, …) inside the transaction that
 *   writes it: the document's row in stip_doc_heads is locked and advanced, so the writers of one
 *   document commit one after the other and their numbers become visible in order;
 * - the ids `append` returns are unique across instances (instance number × 2³² + a counter), so a
 *   compaction's `upToId` names one row even when other instances write the same document;
 * - after each written batch the store tells its commit watchers (the fan-out between instances)
 *   which updates it committed with which numbers: an update reaches another instance only after
 *   it is committed. This instance's own sockets get it at once, as with SQLite (Room.ts);
 * - a deleted workshop's documents are never written again, by any instance (docTombstones.ts);
 * - compaction runs under a lease with a fencing token (lease.ts), in one transaction:
 *   it merges every written row up to `upToId`'s sequence number (other instances' rows included,
 *   read from the database, not from this instance's copy) and deletes them.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import * as Y from 'yjs';
import { DocStoreWriteError, type DocStore, type DocStoreHealth, type StoredDocument } from '../docStore.js';
import type { BufferedDocStoreOptions } from '../BufferedDocStore.js';
import type { PendingUpdate } from '../WriteWindow.js';
import { AsyncPendingWrites } from './AsyncPendingWrites.js';
import { acquireLease, holdsLease } from './lease.js';
import { deletedScopes, docScope } from './docTombstones.js';
import { migrateDocStore } from './pgSchema.js';

/** An update as committed, with its per-document sequence number. */
export interface CommittedUpdate { docName: string; seq: number; data: Uint8Array }

/** Settings of the PostgreSQL store. */
export interface PostgresDocStoreOptions extends BufferedDocStoreOptions {
  /** How long a compaction lease is held (default 30 000 ms); the holder renews it at its next compaction. */
  compactionLeaseMs?: number;
}

const ID_SPACE = 2 ** 32;
const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));
const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** The PostgreSQL document store; made by createPostgresDocStore. */
export class PostgresDocStore implements DocStore {
  /** Who holds compaction leases taken by this instance. */
  readonly holder = randomBytes(9).toString('base64url');
  private readonly pending: AsyncPendingWrites;
  private readonly watchers = new Set<(updates: CommittedUpdate[]) => void>();
  private readonly deleteWatchers = new Set<(docName: string) => void>();
  private readonly loadedSeqs = new WeakMap<StoredDocument, number>();
  private closed = false;
  private nextId: number;

  constructor(private readonly pool: pg.Pool, instance: number, private readonly options: PostgresDocStoreOptions) {
    this.nextId = instance * ID_SPACE + 1;
    this.pending = new AsyncPendingWrites({
      windowMs: options.flushWindowMs ?? 50,
      maxRetryMs: options.maxRetryMs,
      log: options.log,
      onWritten: options.onWritten,
      write: (rows) => this.writeRows(rows),
    });
  }

  /** Calls `watcher` with every batch this instance commits; returns the unwatch function. */
  watchCommits(watcher: (updates: CommittedUpdate[]) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** Calls `watcher` after this instance deleted a document; returns the unwatch function. */
  watchDeletes(watcher: (docName: string) => void): () => void {
    this.deleteWatchers.add(watcher);
    return () => this.deleteWatchers.delete(watcher);
  }

  /** Forgets this instance's unwritten updates of a document another instance deleted. */
  dropUnwritten(docName: string): void {
    this.pending.drop(docName);
  }

  async load(docName: string): Promise<StoredDocument> {
    const { rows } = await this.pool.query<{ seq: string; id: string; data: Buffer }>(
      'SELECT seq, id, data FROM stip_doc_updates WHERE doc_name = $1 ORDER BY seq', [docName]);
    const written = rows.map((r) => ({ id: Number(r.id), data: asBytes(r.data) }));
    const seen = new Set(written.map((r) => r.id));
    // A batch committed while this read ran is both in the rows and still in `pending`: once is enough.
    const all = [...written, ...this.pending.of(docName).filter((r) => !seen.has(r.id))];
    let bytes = 0;
    for (const row of all) bytes += row.data.length;
    const stored: StoredDocument = { updates: all.map((r) => r.data), lastId: all.length > 0 ? all[all.length - 1].id : 0, bytes };
    this.loadedSeqs.set(stored, rows.length > 0 ? Number(rows[rows.length - 1].seq) : 0);
    return stored;
  }

  /**
   * The sequence number of the last written update a load returned (0: none), so the fan-out knows
   * from where on a room needs other instances' updates.
   */
  seqOf(stored: StoredDocument): number {
    return this.loadedSeqs.get(stored) ?? 0;
  }

  /** Written updates of a document with a sequence number above `afterSeq` (catching up after a gap). */
  async readSince(docName: string, afterSeq: number): Promise<CommittedUpdate[]> {
    const { rows } = await this.pool.query<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM stip_doc_updates WHERE doc_name = $1 AND seq > $2 ORDER BY seq', [docName, afterSeq]);
    return rows.map((r) => ({ docName, seq: Number(r.seq), data: asBytes(r.data) }));
  }

  /** The last sequence number handed out per document (0 for none). */
  async heads(docNames: string[]): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ doc_name: string; seq: string }>(
      'SELECT doc_name, seq FROM stip_doc_heads WHERE doc_name = ANY($1)', [docNames]);
    const heads = new Map(docNames.map((name) => [name, 0]));
    for (const r of rows) heads.set(r.doc_name, Number(r.seq));
    return heads;
  }

  append(docName: string, update: Uint8Array): number {
    if (this.closed) throw new Error('document store is closed');
    const id = this.nextId++;
    this.pending.add({ id, docName, data: update });
    return id;
  }

  flush(): Promise<void> {
    return this.pending.flush();
  }

  async compact(docName: string, mergedState: Uint8Array, upToId: number): Promise<void> {
    await this.compactUnderLease(docName, upToId);
    void mergedState; // merged from the database's rows instead: they hold other instances' updates too
  }

  /**
   * Compacts the document's written rows up to the one with id `upToId` when this instance gets the
   * lease; 'compacted', or why not ('lease-held': another instance compacts it; 'nothing': no such
   * row any more or only one; 'fenced': the lease went to another instance meanwhile).
   */
  async compactUnderLease(docName: string, upToId: number): Promise<'compacted' | 'lease-held' | 'nothing' | 'fenced'> {
    const health = this.pending.health();
    if (health.state === 'failing') throw new DocStoreWriteError(health.documents, new Error(health.error));
    await this.pending.flush();
    if (this.pending.holdsUpTo(docName, upToId)) throw new DocStoreWriteError([docName], new Error('earlier updates are not written yet'));
    const token = await acquireLease(this.pool, docName, this.holder, this.options.compactionLeaseMs ?? 30_000);
    if (token === null) return 'lease-held';
    return this.inTransaction(async (client) => {
      if (!(await holdsLease(client, docName, token))) return 'fenced';
      const upTo = await client.query<{ seq: string }>('SELECT seq FROM stip_doc_updates WHERE doc_name = $1 AND id = $2', [docName, upToId]);
      if (upTo.rows.length === 0) return 'nothing';
      const seq = Number(upTo.rows[0].seq);
      const { rows } = await client.query<{ data: Buffer }>(
        'SELECT data FROM stip_doc_updates WHERE doc_name = $1 AND seq <= $2 ORDER BY seq FOR UPDATE', [docName, seq]);
      if (rows.length <= 1) return 'nothing';
      const doc = new Y.Doc();
      Y.transact(doc, () => { for (const r of rows) Y.applyUpdate(doc, asBytes(r.data)); });
      const merged = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      await client.query('DELETE FROM stip_doc_updates WHERE doc_name = $1 AND seq <= $2', [docName, seq]);
      await client.query('INSERT INTO stip_doc_updates (doc_name, seq, id, data) VALUES ($1, $2, $3, $4)', [docName, seq, upToId, asBuffer(merged)]);
      return 'compacted';
    });
  }

  async recordEpoch(docName: string, proposed: string): Promise<string> {
    await this.pool.query('INSERT INTO stip_doc_epochs (doc_name, epoch) VALUES ($1, $2) ON CONFLICT (doc_name) DO NOTHING', [docName, proposed]);
    const { rows } = await this.pool.query<{ epoch: string }>('SELECT epoch FROM stip_doc_epochs WHERE doc_name = $1', [docName]);
    return rows[0].epoch;
  }

  async delete(docName: string): Promise<void> {
    // A batch being written now could otherwise put the document's rows back after the delete.
    await this.pending.settled();
    this.pending.drop(docName);
    // The head stays: sequence numbers of a document never go back, so no instance mistakes new updates for old ones.
    await this.inTransaction(async (client) => {
      await client.query('DELETE FROM stip_doc_updates WHERE doc_name = $1', [docName]);
      await client.query('DELETE FROM stip_doc_epochs WHERE doc_name = $1', [docName]);
      await client.query('DELETE FROM stip_doc_leases WHERE doc_name = $1', [docName]);
    });
    for (const watcher of this.deleteWatchers) watcher(docName);
  }

  health(): DocStoreHealth {
    return this.pending.health();
  }

  async close(): Promise<void> {
    this.closed = true;
    try {
      await this.pending.flush();
    } finally {
      this.pending.stop();
    }
  }

  /** Writes one window's rows in one transaction, numbering them per document, then tells the watchers. */
  private async writeRows(rows: PendingUpdate[]): Promise<void> {
    const byDoc = new Map<string, PendingUpdate[]>();
    for (const row of rows) {
      const list = byDoc.get(row.docName);
      if (list) list.push(row);
      else byDoc.set(row.docName, [row]);
    }
    // Heads are locked in name order, so two instances writing the same documents never deadlock.
    const names = [...byDoc.keys()].sort();
    const committed = await this.inTransaction(async (client) => {
      const out: CommittedUpdate[] = [];
      // A deleted workshop's documents are not written again (docTombstones.ts): its rows are dropped.
      const deleted = await deletedScopes(client, names.map(docScope).filter((s): s is string => s !== null));
      for (const name of names) {
        const scope = docScope(name);
        if (scope !== null && deleted.has(scope)) continue;
        const list = byDoc.get(name)!;
        const head = await client.query<{ seq: string }>(
          `INSERT INTO stip_doc_heads AS h (doc_name, seq) VALUES ($1, $2)
           ON CONFLICT (doc_name) DO UPDATE SET seq = h.seq + EXCLUDED.seq RETURNING seq`, [name, list.length]);
        const first = Number(head.rows[0].seq) - list.length + 1;
        const seqs = list.map((_, i) => first + i);
        await client.query(
          'INSERT INTO stip_doc_updates (doc_name, seq, id, data) SELECT $1, s, i, d FROM unnest($2::bigint[], $3::bigint[], $4::bytea[]) AS u(s, i, d)',
          [name, seqs, list.map((r) => r.id), list.map((r) => asBuffer(r.data))]);
        list.forEach((r, i) => out.push({ docName: name, seq: seqs[i], data: r.data }));
      }
      return out;
    });
    if (committed.length > 0) for (const watcher of this.watchers) watcher(committed);
  }

  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch((rollbackErr: Error) => { broken = rollbackErr; });
      throw err;
    } finally {
      client.release(broken);
    }
  }
}

/** Creates the PostgreSQL document store on a pool (creating its tables if needed); the pool stays the caller's. */
export async function createPostgresDocStore(pool: pg.Pool, options: PostgresDocStoreOptions = {}): Promise<PostgresDocStore> {
  await migrateDocStore(pool);
  const { rows } = await pool.query<{ n: string }>("SELECT nextval('stip_doc_store_instances') AS n");
  return new PostgresDocStore(pool, Number(rows[0].n), options);
}
