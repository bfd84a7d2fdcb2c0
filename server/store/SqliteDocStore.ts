/**
 * The document store in the embedded SQLite database. Tables:
 *
 *   collab_updates(id INTEGER PRIMARY KEY, doc_name TEXT, data BLOB)   index (doc_name, id)
 *   doc_epochs(doc_name TEXT PRIMARY KEY, epoch TEXT)                  one row per document
 *
 * A document's epoch (shared/docEpoch.ts) is written at once (not batched): it must survive a
 * crash as soon as a client may have seen it. Deleting a document deletes its epoch too.
 *
 * Ids are assigned in memory at append time (max(id) + 1 at start), so an append returns its id at
 * once although the row is written later: all appends of one flush window go in one transaction.
 * One process owns the file's document log.
 */
import type Database from 'better-sqlite3';
import type { Db } from './database.js';
import type { DocStore, StoredDocument } from './docStore.js';

/** Settings of the SQLite document store. */
export interface SqliteDocStoreOptions {
  /** Milliseconds over which appends are batched into one transaction (default 50). */
  flushIntervalMs?: number;
  /** Told about failed writes (they are retried at the next flush). */
  onError?: (err: unknown) => void;
}

interface PendingRow { id: number; docName: string; data: Uint8Array }

const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

class SqliteDocStore implements DocStore {
  private pending: PendingRow[] = [];
  private nextId: number;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly flushIntervalMs: number;
  private readonly insert: Database.Statement;
  private readonly selectDoc: Database.Statement;
  private readonly deleteUpTo: Database.Statement;
  private readonly deleteDoc: Database.Statement;
  private readonly insertEpoch: Database.Statement;
  private readonly selectEpoch: Database.Statement;
  private readonly deleteEpoch: Database.Statement;
  private readonly writeRows: Database.Transaction<(rows: PendingRow[]) => void>;
  private readonly compactRows: Database.Transaction<(docName: string, merged: Uint8Array, upToId: number) => void>;

  constructor(private readonly db: Db, private readonly options: SqliteDocStoreOptions) {
    this.flushIntervalMs = options.flushIntervalMs ?? 50;
    db.exec(`CREATE TABLE IF NOT EXISTS collab_updates (
      id INTEGER PRIMARY KEY,
      doc_name TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS collab_updates_by_doc ON collab_updates (doc_name, id);
    CREATE TABLE IF NOT EXISTS doc_epochs (
      doc_name TEXT PRIMARY KEY,
      epoch TEXT NOT NULL
    );`);
    const max = db.prepare('SELECT MAX(id) AS id FROM collab_updates').get() as { id: number | null };
    this.nextId = (max.id ?? 0) + 1;
    this.insert = db.prepare('INSERT INTO collab_updates (id, doc_name, data) VALUES (?, ?, ?)');
    this.selectDoc = db.prepare('SELECT id, data FROM collab_updates WHERE doc_name = ? ORDER BY id');
    this.deleteUpTo = db.prepare('DELETE FROM collab_updates WHERE doc_name = ? AND id <= ?');
    this.deleteDoc = db.prepare('DELETE FROM collab_updates WHERE doc_name = ?');
    this.insertEpoch = db.prepare('INSERT OR IGNORE INTO doc_epochs (doc_name, epoch) VALUES (?, ?)');
    this.selectEpoch = db.prepare('SELECT epoch FROM doc_epochs WHERE doc_name = ?');
    this.deleteEpoch = db.prepare('DELETE FROM doc_epochs WHERE doc_name = ?');
    this.writeRows = db.transaction((rows: PendingRow[]) => {
      for (const row of rows) this.insert.run(row.id, row.docName, asBuffer(row.data));
    });
    this.compactRows = db.transaction((docName: string, merged: Uint8Array, upToId: number) => {
      this.deleteUpTo.run(docName, upToId);
      this.insert.run(upToId, docName, asBuffer(merged));
    });
  }

  async load(docName: string): Promise<StoredDocument> {
    this.flushNow();
    const rows = this.selectDoc.all(docName) as { id: number; data: Buffer }[];
    const updates = rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
    let bytes = 0;
    for (const u of updates) bytes += u.length;
    // Rows still buffered after a failed flush are part of the log too.
    for (const row of this.pending) if (row.docName === docName) { updates.push(row.data); bytes += row.data.length; }
    const lastId = this.pending.reduce((id, row) => (row.docName === docName ? row.id : id), rows.length > 0 ? rows[rows.length - 1].id : 0);
    return { updates, lastId, bytes };
  }

  append(docName: string, update: Uint8Array): number {
    if (this.closed) throw new Error('document store is closed');
    const id = this.nextId++;
    this.pending.push({ id, docName, data: update });
    if (!this.timer) this.timer = setTimeout(() => { this.timer = null; this.flushNow(); }, this.flushIntervalMs);
    return id;
  }

  async flush(): Promise<void> {
    this.flushNow();
  }

  async compact(docName: string, mergedState: Uint8Array, upToId: number): Promise<void> {
    this.flushNow();
    if (this.pending.some((row) => row.docName === docName && row.id <= upToId)) {
      throw new Error('cannot compact: earlier updates are not written yet');
    }
    this.compactRows(docName, mergedState, upToId);
  }

  async recordEpoch(docName: string, proposed: string): Promise<string> {
    this.insertEpoch.run(docName, proposed);
    return (this.selectEpoch.get(docName) as { epoch: string }).epoch;
  }

  async delete(docName: string): Promise<void> {
    this.pending = this.pending.filter((row) => row.docName !== docName);
    this.deleteDoc.run(docName);
    this.deleteEpoch.run(docName);
  }

  async close(): Promise<void> {
    this.flushNow();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private flushNow(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    try {
      this.writeRows(rows);
    } catch (err) {
      // Keep them (in order, before newer appends) and try again at the next window.
      this.pending = rows.concat(this.pending);
      this.options.onError?.(err);
      if (!this.timer && !this.closed) this.timer = setTimeout(() => { this.timer = null; this.flushNow(); }, Math.max(this.flushIntervalMs, 1000));
    }
  }
}

/** Creates the document store on an open database (creating its table if needed). */
export function createSqliteDocStore(db: Db, options: SqliteDocStoreOptions = {}): DocStore {
  return new SqliteDocStore(db, options);
}
