// SPDX-License-Identifier: EUPL-1.2
/**
 * A throwaway PostgreSQL database per test file on the local server (127.0.0.1:5432, user postgres,
 * trust): a random name, dropped (with its connections) afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Connection URL of the local server's maintenance database. */
const ADMIN_URL = process.env.STIP_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A created test database. */
export interface PgTestDatabase {
  name: string;
  url: string;
  /** Drops the database, ending whatever is still connected to it. */
  drop(): Promise<void>;
}

/** Runs one statement on the maintenance database. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a random name. */
export async function createPgTestDatabase(): Promise<PgTestDatabase> {
  const name = `stip_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
