/**
 * The document store: per document an append-only log of Yjs v1 updates, each with an id that
 * increases across the whole store. Appends are buffered and written together, one transaction
 * per flush window; compaction replaces a prefix of a document's log by one merged update stored
 * under the prefix's last id, so the log keeps its order.
 */

/** A document's stored log, as loaded. */
export interface StoredDocument {
  /** The updates in id order (after compaction usually one). */
  updates: Uint8Array[];
  /** Id of the last update, 0 when the document has none. */
  lastId: number;
  /** Total bytes of the updates. */
  bytes: number;
}

/** Storage of collaborative documents (SQLite by default; another database behind the same interface). */
export interface DocStore {
  /** Every update of a document, including appends still buffered (so a load never misses one). */
  load(docName: string): Promise<StoredDocument>;
  /** Buffers one update for the next flush and returns its id (ids increase across the store). */
  append(docName: string, update: Uint8Array): number;
  /** Writes every buffered update now, in one transaction. */
  flush(): Promise<void>;
  /** Replaces the document's updates with id ≤ upToId by `mergedState`, stored under id upToId. */
  compact(docName: string, mergedState: Uint8Array, upToId: number): Promise<void>;
  /**
   * Records the document's epoch (shared/docEpoch.ts) unless one is recorded already, and returns
   * the recorded one: the first epoch of a document stays until the document is deleted.
   */
  recordEpoch(docName: string, proposed: string): Promise<string>;
  /** Removes a document with all its updates, buffered ones included, and its epoch. */
  delete(docName: string): Promise<void>;
  /** Flushes and stops; later appends throw. The database itself stays open (its owner closes it). */
  close(): Promise<void>;
}

export { createSqliteDocStore, type SqliteDocStoreOptions } from './SqliteDocStore.js';
