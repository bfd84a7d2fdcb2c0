// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens the embedded SQLite database (`<dataDir>/stip.sqlite`) in WAL mode. Each store module
 * creates its own tables through `migrate`, so the document store and the workshop store stay
 * independent of each other.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Files of the database that hold personal data: readable by the server's user only. */
const DATABASE_FILES = ['stip.sqlite', 'stip.sqlite-wal', 'stip.sqlite-shm'];

/** Makes the database file and its WAL and shared-memory files mode 0600 (SQLite gives the latter the file's mode). */
function restrictDatabaseFiles(dataDir: string): void {
  for (const name of DATABASE_FILES) {
    try {
      fs.chmodSync(path.join(dataDir, name), 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

/** Opens (creating if needed, mode 0600) the database file in the data folder. */
export function openDatabase(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'stip.sqlite');
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  restrictDatabaseFiles(dataDir);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 2 MB page cache (SQLite's own default) instead of better-sqlite3's 16 MB: the server appends far
  // more than it reads, and a full 16 MB cache was a fifth of its memory under load.
  db.pragma('cache_size = -2000');
  // Deleted rows (compactions, removed people, deleted workshops) are overwritten, not left in free pages (AVG).
  db.pragma('secure_delete = ON');
  restrictDatabaseFiles(dataDir);
  return db;
}

/**
 * Opens a second, read-only connection to the database file of a running server (the export
 * process reads through it). WAL lets it read what the server committed without blocking its writes.
 */
export function openDatabaseReadOnly(dataDir: string): Db {
  const db = new Database(path.join(dataDir, 'stip.sqlite'), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -2000');
  return db;
}

/**
 * Throws unless `secure_delete` is on for this connection. Deleting personal data calls it first:
 * the pragma is per connection, so a connection not opened by openDatabase would otherwise leave
 * the deleted rows readable in free pages.
 */
export function requireSecureDelete(db: Db): void {
  if (db.pragma('secure_delete', { simple: true }) !== 1) throw new Error('secure_delete is off for this database connection');
}
