// SPDX-License-Identifier: EUPL-1.2
/**
 * The rows of a test server's store, on SQLite or on PostgreSQL (STIP_TEST_STORE=postgres), for the
 * few tests that set a moment in the past (a link that expired, a session idle too long) or look for
 * personal data left after deleting. Statements are written once, for SQLite (`?` placeholders, the
 * SQLite table names); on PostgreSQL they run with `$n` placeholders on the `stip_` tables.
 */
import pg from 'pg';
import type { Db } from '../../server/store/database.js';
import { rowsMentioning, type Mention } from './sqliteScan.js';
import { openPgPool } from '../../server/store/postgres/openPgPool.js';

/** What a test may do with the store's rows. */
export interface StoreRows {
  /** Runs one statement; returns how many rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** The first row a query gives, or undefined. */
  get<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Every row (any table, text, JSON and binary columns alike) that contains `needle`. */
  mentioning(needle: string): Promise<Mention[]>;
  close(): Promise<void>;
}

const WORKSHOP_TABLES = /\b(workshops|participants|links|sessions|consultations|consultation_people|consultation_comments|consultation_answers|meeting2_setups|meeting2_cases|vision_versions|audit_log|export_settings)\b/g;

/** A statement written for SQLite, for the PostgreSQL workshop tables. */
function forPostgres(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`).replace(WORKSHOP_TABLES, 'stip_$1');
}

/** BIGINT columns as numbers, as SQLite gives them. */
const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig;

const asText = (v: unknown) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The rows of the store at `databaseUrl` (PostgreSQL), or else of `db` (SQLite). */
export function storeRows(db: () => Db, databaseUrl: string | null): StoreRows {
  if (!databaseUrl) {
    return {
      run: async (sql, params = []) => db().prepare(sql).run(...params).changes,
      get: async <T,>(sql: string, params: unknown[] = []) => db().prepare(sql).get(...params) as T | undefined,
      mentioning: async (needle) => rowsMentioning(db(), needle),
      close: async () => {},
    };
  }
  const pool = openPgPool({ connectionString: databaseUrl, max: 2, types });
  return {
    run: async (sql, params = []) => (await pool.query(forPostgres(sql), params)).rowCount ?? 0,
    get: async <T,>(sql: string, params: unknown[] = []) => (await pool.query(forPostgres(sql), params)).rows[0] as T | undefined,
    async mentioning(needle) {
      const bytes = Buffer.from(needle, 'utf8');
      // Left out: rows that hold only document names by design: the last sequence number of each
      // document (never goes back, so no instance takes new updates for old ones) and the tombstones
      // of deleted workshops (so no instance writes them again). A workshop id is no personal data.
      const { rows: tables } = await pool.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
        AND tablename NOT IN ('stip_doc_heads', 'stip_doc_tombstones') ORDER BY tablename`);
      const out: Mention[] = [];
      for (const { name } of tables) {
        const { rows } = await pool.query<Record<string, unknown>>(`SELECT * FROM "${name}"`);
        for (const row of rows) {
          const columns = Object.entries(row)
            .filter(([, v]) => (Buffer.isBuffer(v) ? v.includes(bytes) : v !== null && asText(v).includes(needle)))
            .map(([k]) => k);
          if (columns.length > 0) out.push({ table: name, columns });
        }
      }
      return out;
    },
    close: () => pool.end(),
  };
}
