// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens the store for a CLI command (no server needed): the SQLite file in STIP_DATA_DIR, or
 * PostgreSQL when DATABASE_URL is set (the workshop tables and documents of every instance);
 * links use STIP_PUBLIC_URL or http://localhost:$PORT.
 */
import { openWorkshopTables } from '../cluster/openWorkshopStorage.js';
import { loadConfig } from '../config.js';
import { createServiceContext, type ServiceContext } from '../services/serviceContext.js';
import { openDatabase, type Db } from '../store/database.js';
import type { DocStore } from '../store/docStore.js';
import { createPostgresDocStore } from '../store/postgres/PostgresDocStore.js';
import { createSqliteDocStore } from '../store/sqlite/SqliteDocStore.js';
import { openPgPool } from '../store/postgres/openPgPool.js';

/** What a command gets besides the services. */
export interface CliStore {
  /** Opens the document store (the caller closes it). */
  openDocStore(): Promise<DocStore>;
}

/** Runs `fn` with services on the configured store; the store stays open until its promise settles. */
export async function withCliServicesAsync<T>(fn: (services: ServiceContext, store: CliStore) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const config = loadConfig(env);
  const db: Db = openDatabase(config.dataDir);
  const pool = config.databaseUrl ? openPgPool({ connectionString: config.databaseUrl, max: 4 }) : null;
  try {
    const tables = await openWorkshopTables(db, pool, { sessionIdleMs: config.sessionIdleHours * 3600_000, secret: config.secret });
    const services = createServiceContext({
      db, dataDir: config.dataDir, linkDays: config.linkDays, sessionHours: config.sessionHours,
      baseUrl: () => config.publicUrl ?? `http://localhost:${config.port}`, secret: tables.secret, stores: tables.stores,
    });
    return await fn(services, { openDocStore: async () => (pool ? createPostgresDocStore(pool) : createSqliteDocStore(db)) });
  } finally {
    await pool?.end();
    db.close();
  }
}
