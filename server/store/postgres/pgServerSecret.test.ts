// SPDX-License-Identifier: EUPL-1.2
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgTestDatabase, type PgTestDatabase } from '../../../tests/helpers/pgTestDatabase.js';
import { loadPgServerSecret } from './pgServerSecret.js';
import { migrateWorkshopSchema } from './workshopPgSchema.js';
import { openPgPool } from './openPgPool.js';

let database: PgTestDatabase;
const pools: pg.Pool[] = [];
beforeAll(async () => { database = await createPgTestDatabase(); });
afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  await database.drop();
});

const instance = async () => {
  const pool = openPgPool({ connectionString: database.url, max: 2 });
  pools.push(pool);
  await migrateWorkshopSchema(pool);
  return pool;
};

describe('the server secret in PostgreSQL', () => {
  it('is made once and read alike by instances that start at the same moment', async () => {
    const secrets = await Promise.all([instance(), instance(), instance()].map(async (p) => loadPgServerSecret(await p)));
    expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(secrets).size).toBe(1);
    expect(await loadPgServerSecret(await instance())).toBe(secrets[0]);
  });
});
