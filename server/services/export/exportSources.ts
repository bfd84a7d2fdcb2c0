// SPDX-License-Identifier: EUPL-1.2
/**
 * The export process's own read-only view of the server's storage: the workshop stores (the same
 * adapters the server uses, so rows are read one way only) and the documents' stored updates. On
 * SQLite a second connection to the database file, opened read-only (WAL lets it read beside the
 * server's writes); on PostgreSQL a small pool of its own. The server flushes its pending document
 * writes before it hands over an export, so the stored updates hold everything typed up to then.
 */
import { openDatabaseReadOnly } from '../../store/database.js';
import type { DocStore } from '../../store/docStore.js';
import { openPgPool } from '../../store/postgres/openPgPool.js';
import { createPostgresDocStore } from '../../store/postgres/PostgresDocStore.js';
import { openPgWorkshopStorage } from '../../store/postgres/workshop/pgWorkshopStorage.js';
import { createSqliteDocStore } from '../../store/sqlite/SqliteDocStore.js';
import { openSqliteWorkshopStorage } from '../../store/sqlite/sqliteWorkshopStorage.js';
import type { WorkshopStorage } from '../../store/storePorts.js';
import type { DocStateReader } from './dossierGatherer.js';
import type { ExportSource } from './exportWorkerProtocol.js';

/** The storage as the export process reads it. */
export interface ExportSources {
  stores: WorkshopStorage;
  /** A document's stored updates (undecoded). */
  readState: DocStateReader;
  close(): Promise<void>;
}

/** Opens the read-only sources of `source` (the caller closes them). */
export async function openExportSources(source: ExportSource): Promise<ExportSources> {
  if (source.databaseUrl) {
    const pool = openPgPool({ connectionString: source.databaseUrl, max: 2 }, (err) => console.error(`export: lost a database connection: ${err.message}`));
    try {
      return sourcesOn(await openPgWorkshopStorage(pool), await createPostgresDocStore(pool), () => pool.end());
    } catch (err) {
      await pool.end();
      throw err;
    }
  }
  const db = openDatabaseReadOnly(source.dataDir);
  try {
    return sourcesOn(openSqliteWorkshopStorage(db), createSqliteDocStore(db), async () => { db.close(); });
  } catch (err) {
    db.close();
    throw err;
  }
}

function sourcesOn(stores: WorkshopStorage, docs: DocStore, closeDatabase: () => Promise<void>): ExportSources {
  return {
    stores,
    readState: async (name) => (await docs.load(name)).updates,
    async close() {
      await docs.close().catch(() => undefined); // nothing is ever appended here
      await closeDatabase();
    },
  };
}
