// SPDX-License-Identifier: EUPL-1.2
/**
 * What every DocStore that writes in batches shares: appends wait in the flush window
 * (PendingWrites, which also owns retries and failure reports), ids are handed out at append time,
 * loads add the appends not yet written, and compaction never forces a write while the store is
 * failing. An implementation says only how rows are read, written, replaced and deleted.
 */
import type { Log } from '../log.js';
import { DocStoreWriteError, type DocStore, type DocStoreHealth, type StoredDocument } from './docStore.js';
import { PendingWrites } from './PendingWrites.js';
import type { PendingUpdate } from './WriteWindow.js';

/** Settings every batching store takes. */
export interface BufferedDocStoreOptions {
  /** Milliseconds within which an append is written, batched with the others (STIP_FLUSH_MS; default 50). */
  flushWindowMs?: number;
  /** Longest wait between retries of a failing write (default 2 000). */
  maxRetryMs?: number;
  /** Where failed writes and recoveries are logged (default: errors to stderr). */
  log?: Log;
  /** Told after each successful write: its duration and number of updates (/metrics). */
  onWritten?(ms: number, updates: number): void;
}

/** A written row of a document's log. */
export interface StoredRow { id: number; data: Uint8Array }

/** A DocStore whose appends are batched per flush window; subclasses supply the storage itself. */
export abstract class BufferedDocStore implements DocStore {
  private readonly pending: PendingWrites;
  private closed = false;

  constructor(private nextId: number, options: BufferedDocStoreOptions) {
    this.pending = new PendingWrites({
      windowMs: options.flushWindowMs ?? 50,
      maxRetryMs: options.maxRetryMs,
      log: options.log,
      onWritten: options.onWritten,
      write: (rows) => this.writeRows(rows),
    });
  }

  /** Writes the rows of one window all at once, or none of them (throws). */
  protected abstract writeRows(rows: PendingUpdate[]): void;
  /** The written rows of a document, in id order. */
  protected abstract readRows(docName: string): StoredRow[];
  /** Replaces the written rows with id ≤ upToId by one row (id upToId) holding `merged`, all at once. */
  protected abstract replaceUpTo(docName: string, merged: Uint8Array, upToId: number): void;
  /** Deletes every written row and the epoch of a document. */
  protected abstract deleteRows(docName: string): void;
  abstract recordEpoch(docName: string, proposed: string): Promise<string>;

  async load(docName: string): Promise<StoredDocument> {
    // Updates not written yet (within the window, or kept after a failed write) are part of the log too.
    const rows = [...this.readRows(docName), ...this.pending.of(docName)];
    let bytes = 0;
    for (const row of rows) bytes += row.data.length;
    return { updates: rows.map((row) => row.data), lastId: rows.length > 0 ? rows[rows.length - 1].id : 0, bytes };
  }

  append(docName: string, update: Uint8Array): number {
    if (this.closed) throw new Error('document store is closed');
    const id = this.nextId++;
    this.pending.add({ id, docName, data: update });
    return id;
  }

  async flush(): Promise<void> {
    this.pending.flush();
  }

  async compact(docName: string, mergedState: Uint8Array, upToId: number): Promise<void> {
    // While writes fail, compaction waits for the retries instead of forcing a write of its own.
    const health = this.pending.health();
    if (health.state === 'failing') throw new DocStoreWriteError(health.documents, new Error(health.error));
    this.pending.flush();
    if (this.pending.holdsUpTo(docName, upToId)) throw new DocStoreWriteError([docName], new Error('earlier updates are not written yet'));
    this.replaceUpTo(docName, mergedState, upToId);
  }

  async delete(docName: string): Promise<void> {
    this.pending.drop(docName);
    this.deleteRows(docName);
  }

  health(): DocStoreHealth {
    return this.pending.health();
  }

  async close(): Promise<void> {
    this.closed = true;
    try {
      this.pending.flush();
    } finally {
      this.pending.stop();
    }
  }
}
