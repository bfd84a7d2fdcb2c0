// SPDX-License-Identifier: EUPL-1.2
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
 * (BufferedDocStore and PendingWrites own the window, the retries and the failure reports). One process owns the
 * file's document log.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../database.js';
import type { DocStore } from '../docStore.js';
import { BufferedDocStore, type BufferedDocStoreOptions, type StoredRow } from '../BufferedDocStore.js';
import type { PendingUpdate } from '../WriteWindow.js';

const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

class SqliteDocStore extends BufferedDocStore {
  private readonly insert: Database.Statement;
  private readonly selectDoc: Database.Statement;
  private readonly deleteUpTo: Database.Statement;
  private readonly deleteDoc: Database.Statement;
  private readonly insertEpoch: Database.Statement;
  private readonly selectEpoch: Database.Statement;
  private readonly deleteEpoch: Database.Statement;
  private readonly writeAll: Database.Transaction<(rows: PendingUpdate[]) => void>;
  private readonly compactRows: Database.Transaction<(docName: string, merged: Uint8Array, upToId: number) => void>;

  constructor(db: Db, options: BufferedDocStoreOptions) {
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
    super((max.id ?? 0) + 1, options);
    this.insert = db.prepare('INSERT INTO collab_updates (id, doc_name, data) VALUES (?, ?, ?)');
    this.selectDoc = db.prepare('SELECT id, data FROM collab_updates WHERE doc_name = ? ORDER BY id');
    this.deleteUpTo = db.prepare('DELETE FROM collab_updates WHERE doc_name = ? AND id <= ?');
    this.deleteDoc = db.prepare('DELETE FROM collab_updates WHERE doc_name = ?');
    this.insertEpoch = db.prepare('INSERT OR IGNORE INTO doc_epochs (doc_name, epoch) VALUES (?, ?)');
    this.selectEpoch = db.prepare('SELECT epoch FROM doc_epochs WHERE doc_name = ?');
    this.deleteEpoch = db.prepare('DELETE FROM doc_epochs WHERE doc_name = ?');
    this.writeAll = db.transaction((rows: PendingUpdate[]) => {
      for (const row of rows) this.insert.run(row.id, row.docName, asBuffer(row.data));
    });
    this.compactRows = db.transaction((docName: string, merged: Uint8Array, upToId: number) => {
      this.deleteUpTo.run(docName, upToId);
      this.insert.run(upToId, docName, asBuffer(merged));
    });
  }

  async recordEpoch(docName: string, proposed: string): Promise<string> {
    this.insertEpoch.run(docName, proposed);
    return (this.selectEpoch.get(docName) as { epoch: string }).epoch;
  }

  protected writeRows(rows: PendingUpdate[]): void {
    this.writeAll(rows);
  }

  protected readRows(docName: string): StoredRow[] {
    return (this.selectDoc.all(docName) as { id: number; data: Buffer }[])
      .map((r) => ({ id: r.id, data: new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength) }));
  }

  protected replaceUpTo(docName: string, merged: Uint8Array, upToId: number): void {
    this.compactRows(docName, merged, upToId);
  }

  protected deleteRows(docName: string): void {
    this.deleteDoc.run(docName);
    this.deleteEpoch.run(docName);
  }
}

/** Creates the document store on an open database (creating its tables if needed). */
export function createSqliteDocStore(db: Db, options: BufferedDocStoreOptions = {}): DocStore {
  return new SqliteDocStore(db, options);
}
