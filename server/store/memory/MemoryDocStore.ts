/**
 * The document store in process memory: the reference implementation of the DocStore contract
 * (docStoreContract.ts) and the store of unit tests. "Written" rows live in a Map per document;
 * appends wait in the same flush window as any other store (PendingWrites), so batching, failure
 * episodes and retries behave exactly as they do with a database. Nothing survives the process.
 */
import type { Log } from '../../log.js';
import { DocStoreWriteError, type DocStore, type DocStoreHealth, type StoredDocument } from '../docStore.js';
import { PendingWrites, type PendingUpdate } from '../PendingWrites.js';

/** Settings of the in-memory document store. */
export interface MemoryDocStoreOptions {
  /** Milliseconds within which an append is written, batched with the others (default 50). */
  flushWindowMs?: number;
  /** Longest wait between retries of a failing write (default 2 000). */
  maxRetryMs?: number;
  /** Where failed writes and recoveries are logged (default: errors to stderr). */
  log?: Log;
}

interface Row { id: number; data: Uint8Array }

/** A DocStore holding everything in memory. */
export class MemoryDocStore implements DocStore {
  private readonly docs = new Map<string, Row[]>();
  private readonly epochs = new Map<string, string>();
  private readonly pending: PendingWrites;
  private nextId = 1;
  private closed = false;
  /** While set, every write throws this error (a simulated outage, for tests of failure handling). */
  writeFault: Error | null = null;

  constructor(options: MemoryDocStoreOptions = {}) {
    this.pending = new PendingWrites({
      windowMs: options.flushWindowMs ?? 50,
      maxRetryMs: options.maxRetryMs,
      log: options.log,
      write: (rows) => this.write(rows),
    });
  }

  /** Rows written so far (buffered appends not counted), for tests. */
  get writtenRows(): number {
    let n = 0;
    for (const rows of this.docs.values()) n += rows.length;
    return n;
  }

  async load(docName: string): Promise<StoredDocument> {
    const rows = [...(this.docs.get(docName) ?? []), ...this.pending.of(docName)];
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
    if (this.writeFault) throw new DocStoreWriteError([docName], this.writeFault);
    const later = (this.docs.get(docName) ?? []).filter((row) => row.id > upToId);
    this.docs.set(docName, [{ id: upToId, data: mergedState }, ...later]);
  }

  async recordEpoch(docName: string, proposed: string): Promise<string> {
    if (!this.epochs.has(docName)) this.epochs.set(docName, proposed);
    return this.epochs.get(docName)!;
  }

  async delete(docName: string): Promise<void> {
    this.pending.drop(docName);
    this.docs.delete(docName);
    this.epochs.delete(docName);
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

  /** Writes all rows or, under a fault, none. */
  private write(rows: PendingUpdate[]): void {
    if (this.writeFault) throw this.writeFault;
    for (const row of rows) {
      const doc = this.docs.get(row.docName) ?? [];
      doc.push({ id: row.id, data: row.data });
      this.docs.set(row.docName, doc);
    }
  }
}
