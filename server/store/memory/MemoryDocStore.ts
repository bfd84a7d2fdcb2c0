// SPDX-License-Identifier: EUPL-1.2
/**
 * The document store in process memory: the reference implementation of the DocStore contract
 * (docStoreContract.ts) and the store of unit tests. "Written" rows live in a Map per document;
 * appends wait in the same flush window as any other store (BufferedDocStore), so batching, failure
 * episodes and retries behave exactly as they do with a database. Nothing survives the process.
 */
import { DocStoreWriteError } from '../docStore.js';
import { BufferedDocStore, type BufferedDocStoreOptions, type StoredRow } from '../BufferedDocStore.js';
import type { PendingUpdate } from '../WriteWindow.js';

/** A DocStore holding everything in memory. */
export class MemoryDocStore extends BufferedDocStore {
  private readonly docs = new Map<string, StoredRow[]>();
  private readonly epochs = new Map<string, string>();
  /** While set, every write throws this error (a simulated outage, for tests of failure handling). */
  writeFault: Error | null = null;

  constructor(options: BufferedDocStoreOptions = {}) {
    super(1, options);
  }

  /** Rows written so far (buffered appends not counted), for tests. */
  get writtenRows(): number {
    let n = 0;
    for (const rows of this.docs.values()) n += rows.length;
    return n;
  }

  async recordEpoch(docName: string, proposed: string): Promise<string> {
    if (!this.epochs.has(docName)) this.epochs.set(docName, proposed);
    return this.epochs.get(docName)!;
  }

  /** Writes all rows or, under a fault, none. */
  protected writeRows(rows: PendingUpdate[]): void {
    if (this.writeFault) throw this.writeFault;
    for (const row of rows) {
      const doc = this.docs.get(row.docName) ?? [];
      doc.push({ id: row.id, data: row.data });
      this.docs.set(row.docName, doc);
    }
  }

  protected readRows(docName: string): StoredRow[] {
    return this.docs.get(docName) ?? [];
  }

  protected replaceUpTo(docName: string, merged: Uint8Array, upToId: number): void {
    if (this.writeFault) throw new DocStoreWriteError([docName], this.writeFault);
    const later = (this.docs.get(docName) ?? []).filter((row) => row.id > upToId);
    this.docs.set(docName, [{ id: upToId, data: merged }, ...later]);
  }

  protected deleteRows(docName: string): void {
    this.docs.delete(docName);
    this.epochs.delete(docName);
  }
}
