// SPDX-License-Identifier: EUPL-1.2
/**
 * The document store: per document an append-only log of Yjs v1 updates, each with an id that
 * increases across the whole store. The store owns the flush window: an append is kept in memory
 * and written, with every other append of the same window, in one write (transaction) within that
 * window. Compaction replaces a prefix of a document's log by one merged update stored under the
 * prefix's last id, so the log keeps its order.
 *
 * A write that fails is never silent and never loses an update: the updates stay in memory (loads
 * still return them), the failure is logged once per failure episode with the document names, the
 * store reports itself as failing (`health()`), and the write is retried with backoff until it
 * succeeds, which is logged too. This file holds only the contract; implementations live in
 * `sqlite/` and `memory/` and all pass `docStoreContract.ts`.
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

/** Whether the store manages to write what it was given. */
export type DocStoreHealth =
  | { state: 'ok' }
  | {
    state: 'failing';
    /** Epoch milliseconds of the first failed write of this episode. */
    since: number;
    /** Updates accepted but not yet written (they are kept in memory and retried). */
    unwrittenUpdates: number;
    /** Documents with unwritten updates. */
    documents: string[];
    /** The last write error, as text. */
    error: string;
  };

/** Thrown (flush, close, compact) when buffered updates could not be written; they stay buffered. */
export class DocStoreWriteError extends Error {
  /** Names the documents whose updates are still unwritten. */
  constructor(readonly documents: string[], cause: unknown) {
    super(`document store could not write ${documents.join(', ')}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'DocStoreWriteError';
  }
}

/** Storage of collaborative documents (SQLite by default, in memory for tests; another database behind the same interface). */
export interface DocStore {
  /** Every update of a document, including appends not yet written (so a load never misses one). */
  load(docName: string): Promise<StoredDocument>;
  /** Takes one update, to be written within the flush window, and returns its id (ids increase across the store). */
  append(docName: string, update: Uint8Array): number;
  /** Writes every buffered update now; rejects with DocStoreWriteError when they could not be written. */
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
  /** Whether writes succeed; 'failing' from a failed write until a write succeeds again. */
  health(): DocStoreHealth;
  /**
   * Flushes and stops; later appends throw. Rejects with DocStoreWriteError when updates could not
   * be written (they are lost with the process). A database stays open (its owner closes it).
   */
  close(): Promise<void>;
}
