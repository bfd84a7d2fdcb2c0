// SPDX-License-Identifier: EUPL-1.2
/**
 * Where the PostgreSQL workshop stores send their statements: the pool (each statement on its own,
 * autocommit) or one pooled client inside a transaction (a unit of work).
 *
 * `atomic(fn)` runs `fn` as one transaction: on the pool it opens one (SERIALIZABLE, retried when
 * PostgreSQL reports a serialization failure or a deadlock), inside a transaction it simply joins it.
 * SERIALIZABLE is what SQLite gives by writing one transaction at a time: a check and the write that
 * depends on it (the next comment number, the next version number, one answer per comment) cannot
 * interleave with another instance's; the loser is rolled back and runs again, seeing the winner's rows.
 */
import type pg from 'pg';

/** Something that answers SQL: the pool or a client in a transaction. */
export interface PgSession {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /** Runs `fn` atomically: in a new transaction, or inside the one this session is. */
  atomic<T>(fn: (tx: PgSession) => Promise<T>): Promise<T>;
}

/** How often a transaction that lost a serialization conflict runs again before the error is passed on. */
const MAX_ATTEMPTS = 12;
/** SQLSTATEs after which running the whole transaction again is correct. */
const RETRYABLE = new Set(['40001', '40P01']);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether an error is a serialization failure or deadlock (the transaction may run again). */
const isRetryable = (err: unknown): boolean => RETRYABLE.has((err as { code?: string } | null)?.code ?? '');

class TransactionSession implements PgSession {
  constructor(private readonly client: pg.PoolClient) {}
  query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>> {
    return this.client.query<R>(sql, params);
  }
  atomic<T>(fn: (tx: PgSession) => Promise<T>): Promise<T> {
    return fn(this);
  }
}

/**
 * Runs `fn` in one SERIALIZABLE transaction on one pooled client, retrying it from the start after a
 * serialization failure or deadlock (with a short random pause that grows per attempt).
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (tx: PgSession) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      const result = await fn(new TransactionSession(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => { broken = true; });
      if (!isRetryable(err) || attempt >= MAX_ATTEMPTS) throw err;
    } finally {
      client.release(broken);
    }
    await sleep(Math.random() * 5 * attempt);
  }
}

/** The pool as a session: each statement on its own, `atomic` in a new transaction. */
export function poolSession(pool: pg.Pool): PgSession {
  return {
    query: <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => pool.query<R>(sql, params),
    atomic: (fn) => inTransaction(pool, fn),
  };
}

/** A BIGINT column's value (pg hands them over as strings) as a number; null stays null. */
export function ms(value: string | number | null): number | null {
  return value === null ? null : Number(value);
}

/** A BIGINT column that is never null, as a number. */
export const num = (value: string | number): number => Number(value);
