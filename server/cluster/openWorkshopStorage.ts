// SPDX-License-Identifier: EUPL-1.2
/**
 * Chooses where the workshop tables live, next to the documents (openDocuments.ts): SQLite in the
 * data folder by default, PostgreSQL on the documents' pool when DATABASE_URL is set. With
 * PostgreSQL the server secret comes from STIP_SECRET or, without it, from one row in the database
 * (every instance the same; never a local file).
 */
import type pg from 'pg';
import type { Db } from '../store/database.js';
import type { WorkshopStorage } from '../store/storePorts.js';
import { loadPgServerSecret } from '../store/postgres/pgServerSecret.js';
import { openPgWorkshopStorage } from '../store/postgres/workshop/pgWorkshopStorage.js';
import { openSqliteWorkshopStorage } from '../store/sqlite/sqliteWorkshopStorage.js';

/** The workshop tables of this process. */
export interface WorkshopTables {
  /** The stores, units of work and a workshop's rows as a whole. */
  stores: WorkshopStorage;
  /** The server secret to use (64 hex characters), or null: the one in the data folder. */
  secret: string | null;
}

/** Opens the workshop tables: on `pool` when given (PostgreSQL), else on the SQLite database. */
export async function openWorkshopTables(db: Db, pool: pg.Pool | null, options: { sessionIdleMs?: number; secret: string | null }): Promise<WorkshopTables> {
  if (!pool) return { stores: openSqliteWorkshopStorage(db, options), secret: options.secret };
  return { stores: await openPgWorkshopStorage(pool, options), secret: options.secret ?? await loadPgServerSecret(pool) };
}
