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
 * once although the row is written later: all appends of one flush window go in one transaction
 * (PendingWrites owns the window, the retries and the failure reports). One process owns the
 * file's document log.
 */
import type Database from 'better-sqlite3';
import type { Log } from '../../log.js';
import type { Db } from '../database.js';
import { DocStoreWriteError, type DocStore, type DocStoreHealth, type StoredDocument } from '../docStore.js';
import { PendingWrites, type PendingUpdate } from '../PendingWrites.js';

/** Settings of the SQLite document store. */
export interface SqliteDocStoreOptions {
  /** Milliseconds within which an append is written, batched with the others (STIP_FLUSH_MS; default 50). */
  flushWindowMs?: number;
  /** Longest wait between retries of a failing write (default 2 000). */
  maxRetryMs?: number;
  /** Where failed writes and recoveries are logged (default: errors to stderr). */
  log?: Log;
}

const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

class SqliteDocStore implements DocStore {
  private nextId: number;
  private closed = false;
  private readonly pending: PendingWrites;
  private readonly insert: Database.Statement;
  private readonly selectDoc: Database.Statement;
  private readonly deleteUpTo: Database.Statement;
  private readonly deleteDoc: Database.Statement;
  private readonly insertEpoch: Database.Statement;
  private readonly selectEpoch: Database.Statement;
  private readonly deleteEpoch: Database.Statement;
  private readonly writeRows: Database.Transaction<(rows: PendingUpdate[]) => void>;
  private readonly compactRows: Database.Transaction<(docName: string, merged: Uint8Array, upToId: number) => void>;

  constructor(db: Db, options: SqliteDocStoreOptions) {
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
    this.writeRows = db.transaction((rows: PendingUpdate[]) => {
      for (const row of rows) this.insert.run(row.id, row.docName, asBuffer(row.data));
    });
    this.compactRows = db.transaction((docName: string, merged: Uint8Array, upToId: number) => {
      this.deleteUpTo.run(docName, upToId);
      this.insert.run(upToId, docName, asBuffer(merged));
    });
    this.pending = new PendingWrites({
      windowMs: options.flushWindowMs ?? 50,
      maxRetryMs: options.maxRetryMs,
      log: options.log,
      write: (rows) => this.writeRows(rows),
    });
  }

  async load(docName: string): Promise<StoredDocument> {
    const rows = this.selectDoc.all(docName) as { id: number; data: Buffer }[];
    const updates = rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength));
    let lastId = rows.length > 0 ? rows[rows.length - 1].id : 0;
    // Updates not written yet (within the window, or kept after a failed write) are part of the log too.
    for (const row of this.pending.of(docName)) { updates.push(row.data); lastId = row.id; }
    let bytes = 0;
    for (const u of updates) bytes += u.length;
    return { updates, lastId, bytes };
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
    this.compactRows(docName, mergedState, upToId);
  }

  async recordEpoch(docName: string, proposed: string): Promise<string> {
    this.insertEpoch.run(docName, proposed);
    return (this.selectEpoch.get(docName) as { epoch: string }).epoch;
  }

  async delete(docName: string): Promise<void> {
    this.pending.drop(docName);
    this.deleteDoc.run(docName);
    this.deleteEpoch.run(docName);
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

/** Creates the document store on an open database (creating its tables if needed). */
export function createSqliteDocStore(db: Db, options: SqliteDocStoreOptions = {}): DocStore {
  return new SqliteDocStore(db, options);
}
