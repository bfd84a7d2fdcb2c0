// SPDX-License-Identifier: EUPL-1.2
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgTestDatabase, type PgTestDatabase } from '../../../tests/helpers/pgTestDatabase.js';
import { appliedWorkshopMigrations, migrateWorkshopSchema, WORKSHOP_SCHEMA_VERSION } from './workshopPgSchema.js';
import { openPgPool } from './openPgPool.js';

let database: PgTestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  database = await createPgTestDatabase();
  pool = openPgPool({ connectionString: database.url, max: 8 });
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

const pgCode = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
};

describe('the PostgreSQL workshop schema', () => {
  it('migrates once when several instances start at the same moment', async () => {
    const runs = await Promise.all(Array.from({ length: 5 }, () => migrateWorkshopSchema(pool)));
    const all = Array.from({ length: WORKSHOP_SCHEMA_VERSION }, (_, i) => i + 1);
    expect(runs.filter((r) => r.length > 0)).toEqual([all]);
    expect(await appliedWorkshopMigrations(pool)).toEqual(all);
    expect(await migrateWorkshopSchema(pool)).toEqual([]);
  });

  it('keeps the constraints of the SQLite tables', async () => {
    await pool.query(`INSERT INTO stip_workshops (id, gemeente, title, created_at) VALUES ('w1', 'G', 'T', 1)`);
    await pool.query(`INSERT INTO stip_participants (id, workshop_id, name, role, author_key, created_at) VALUES ('p1', 'w1', 'A', 'raadslid', 'k1', 1)`);
    // unique author key, foreign key, kind CHECK
    expect(await pgCode(pool.query(`INSERT INTO stip_participants (id, workshop_id, name, role, author_key, created_at) VALUES ('p2', 'w1', 'B', 'raadslid', 'k1', 1)`))).toBe('23505');
    expect(await pgCode(pool.query(`INSERT INTO stip_participants (id, workshop_id, name, role, author_key, created_at) VALUES ('p3', 'nope', 'B', 'raadslid', 'k3', 1)`))).toBe('23503');
    expect(await pgCode(pool.query(`INSERT INTO stip_links (token_hash, token_enc, kind, created_at, expires_at) VALUES ('h', 'e', 'other', 1, 2)`))).toBe('23514');
    expect(await pgCode(pool.query(`UPDATE stip_workshops SET language = 'de' WHERE id = 'w1'`))).toBe('23514');
    await pool.query(`INSERT INTO stip_links (token_hash, token_enc, kind, participant_id, created_at, expires_at) VALUES ('h1', 'e', 'participant', 'p1', 1, 2)`);
    await pool.query(`INSERT INTO stip_sessions (id_hash, kind, participant_id, expires_at) VALUES ('s1', 'participant', 'p1', 2)`);
    await pool.query(`INSERT INTO stip_vision_versions (workshop_id, number, label, state, created_at) VALUES ('w1', 1, 'v', '\\x0102', 1)`);
    // deleting the workshop takes everything of it along
    await pool.query(`DELETE FROM stip_workshops WHERE id = 'w1'`);
    for (const table of ['stip_participants', 'stip_links', 'stip_sessions', 'stip_vision_versions']) {
      const { rows: [r] } = await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`);
      expect(Number(r.n), table).toBe(0);
    }
  });
});
