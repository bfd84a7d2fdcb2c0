// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgTestDatabase, type PgTestDatabase } from '../../tests/helpers/pgTestDatabase.js';
import { aWorkshop } from '../store/contract/storageSubject.js';
import { openDatabase, type Db } from '../store/database.js';
import { openWorkshopTables } from './openWorkshopStorage.js';
import { openPgPool } from '../store/postgres/openPgPool.js';

let database: PgTestDatabase;
let pool: pg.Pool;
let dir: string;
let db: Db;
beforeAll(async () => {
  database = await createPgTestDatabase();
  pool = openPgPool({ connectionString: database.url, max: 4 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-tables-'));
  db = openDatabase(dir);
});
afterAll(async () => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  await pool.end();
  await database.drop();
});

const sqliteWorkshops = () => (db.prepare('SELECT COUNT(*) AS n FROM workshops').get() as { n: number }).n;

describe('where the workshop tables live', () => {
  it('in the SQLite file without a pool, with the secret as configured', async () => {
    const tables = await openWorkshopTables(db, null, { secret: null });
    await tables.stores.workshops.insertWorkshop(aWorkshop('sqlite0000000001'));
    expect(sqliteWorkshops()).toBe(1);
    expect(tables.secret).toBeNull();
    expect(await tables.stores.rows.eraseWorkshop('sqlite0000000001')).toMatchObject({ participants: 0 });
    expect(sqliteWorkshops()).toBe(0);
  });

  it('in PostgreSQL with a pool, the secret from STIP_SECRET or else one row every instance shares', async () => {
    const first = await openWorkshopTables(db, pool, { secret: null });
    const second = await openWorkshopTables(db, pool, { secret: null });
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(second.secret).toBe(first.secret);
    expect((await openWorkshopTables(db, pool, { secret: 'ab'.repeat(32) })).secret).toBe('ab'.repeat(32));
    await first.stores.workshops.insertWorkshop(aWorkshop('postgres00000001'));
    expect(await second.stores.workshops.getWorkshop('postgres00000001')).not.toBeNull();
    expect(sqliteWorkshops()).toBe(0);
    await second.stores.rows.eraseWorkshop('postgres00000001');
    expect(await first.stores.workshops.getWorkshop('postgres00000001')).toBeNull();
  });
});
