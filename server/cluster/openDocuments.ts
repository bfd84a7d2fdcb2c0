// SPDX-License-Identifier: EUPL-1.2
/**
 * Chooses where documents live: SQLite in the data folder (default), or PostgreSQL when
 * DATABASE_URL is set, with the Redis fan-out between instances when REDIS_URL is set too.
 * The workshop tables (participants, links, sessions, …) follow the documents: openWorkshopStorage.ts
 * opens them on the same pool.
 */
import pg from 'pg';
import type { ServerConfig } from '../config.js';
import type { Log } from '../log.js';
import type { RoomFanout } from '../collab/RoomFanout.js';
import type { Db } from '../store/database.js';
import type { DocStore } from '../store/docStore.js';
import { createPostgresDocStore } from '../store/postgres/PostgresDocStore.js';
import { createSqliteDocStore } from '../store/sqlite/SqliteDocStore.js';
import { RedisFanout, type FanoutFigures } from './RedisFanout.js';
import { openPgPool } from '../store/postgres/openPgPool.js';

/** The document storage of this instance. */
export interface DocumentStorage {
  store: DocStore;
  /** The fan-out between instances, when REDIS_URL is set. */
  fanout: RoomFanout | undefined;
  /** 'sqlite' or 'postgres'. */
  kind: 'sqlite' | 'postgres';
  /** The PostgreSQL pool (DATABASE_URL), shared with the workshop stores; null on SQLite. */
  pool: pg.Pool | null;
  /** Whether the database answers, and Redis when configured (null: not configured). */
  ready(): Promise<{ store: boolean; redis: boolean | null }>;
  /** Fan-out figures for /metrics (null without Redis). */
  fanoutFigures(): FanoutFigures | null;
  /** What checks this instance's open sockets when another instance changed rights (no-op without Redis). */
  onRecheck(handler: () => void): void;
  /** Starts the fan-out's reader (after the rooms exist). */
  start(): void;
  /** Closes the fan-out and the pool (after the store was closed). */
  close(): Promise<void>;
}

/** Opens the document storage the configuration asks for. */
export async function openDocuments(config: ServerConfig, db: Db, log: Log, onWritten?: (ms: number, updates: number) => void): Promise<DocumentStorage> {
  if (!config.databaseUrl) {
    return {
      store: createSqliteDocStore(db, { flushWindowMs: config.flushIntervalMs, log, onWritten }),
      fanout: undefined,
      kind: 'sqlite',
      pool: null,
      ready: async () => {
        try {
          db.prepare('SELECT 1').get();
          return { store: true, redis: null };
        } catch {
          return { store: false, redis: null };
        }
      },
      fanoutFigures: () => null,
      onRecheck: () => {},
      start: () => {},
      close: async () => {},
    };
  }
  const pool = openPgPool({ connectionString: config.databaseUrl, max: 10 }, (err) => log.warn('postgres.connection-lost', { error: err.message }));
  const store = await createPostgresDocStore(pool, { flushWindowMs: config.flushIntervalMs, log, onWritten });
  const fanout = config.redisUrl ? new RedisFanout(store, { redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix, log }) : undefined;
  return {
    store,
    fanout,
    kind: 'postgres',
    pool,
    ready: async () => {
      const storeOk = await pool.query('SELECT 1').then(() => true, () => false);
      return { store: storeOk, redis: fanout ? await fanout.ping() : null };
    },
    fanoutFigures: () => fanout?.stats() ?? null,
    onRecheck: (handler) => fanout?.onRecheck(handler),
    start: () => fanout?.start(),
    close: async () => {
      await fanout?.close();
      await pool.end();
    },
  };
}
