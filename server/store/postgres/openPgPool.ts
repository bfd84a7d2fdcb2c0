// SPDX-License-Identifier: EUPL-1.2
/**
 * The one way Stip opens a PostgreSQL pool. A pool emits 'error' when an idle connection is lost
 * (the database restarted, an administrator ended it, or a client was still closing when
 * `pool.end()` returned); without a listener Node treats that as an uncaught error and stops the
 * process. Here the pool always has one: the lost connection is reported and the pool opens a new
 * one on the next query.
 */
import pg from 'pg';

/** Opens a pool that reports lost idle connections to `onLost` instead of crashing. */
export function openPgPool(config: pg.PoolConfig, onLost: (error: Error) => void = () => {}): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('error', (error) => onLost(error));
  return pool;
}
