// SPDX-License-Identifier: EUPL-1.2
/**
 * The collaboration flow on PostgreSQL (DATABASE_URL): what clients write survives a restart and
 * an idle unload, the log is compacted by the room (under the lease), and nothing goes to SQLite.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDocName } from '../../shared/docNames.js';
import { createPgTestDatabase, type PgTestDatabase } from '../helpers/pgTestDatabase.js';
import { hasProbe, writeProbe } from '../helpers/probeWrite.js';
import { collabClient, startTestServer, until } from '../helpers/stipServer.js';
import { openPgPool } from '../../server/store/postgres/openPgPool.js';

let database: PgTestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  database = await createPgTestDatabase();
  pool = openPgPool({ connectionString: database.url });
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

const rowsOf = async (docName: string) => Number((await pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM stip_doc_updates WHERE doc_name = $1', [docName])).rows[0].n);

describe('collaboration on PostgreSQL', () => {
  it('keeps every edit through compaction, an idle unload and a restart, with no document rows in SQLite', async () => {
    const server = await startTestServer({ databaseUrl: database.url, compactAfterUpdates: 10, roomIdleMs: 50, flushIntervalMs: 5 });
    try {
      const seeded = await server.seedWorkshop({ gemeente: 'Pgdorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }, { name: 'Bram', role: 'ambtenaar', group: 1 }] });
      const docName = groupDocName(seeded.workshopId, 1);
      const [anna, bram] = seeded.participants.map((p) => collabClient(server.url, docName, p.cookie));
      await Promise.all([anna.synced(), bram.synced()]);
      const marks = Array.from({ length: 30 }, (_, i) => `pg-${i}`);
      marks.forEach((m, i) => writeProbe((i % 2 ? anna : bram).doc, docName, m));
      await until([anna.doc, bram.doc], () => marks.every((m) => hasProbe(anna.doc, docName, m) && hasProbe(bram.doc, docName, m)));
      anna.destroy();
      bram.destroy();
      await expect.poll(() => server.app.collab.stats().rooms).toBe(0);
      expect(await rowsOf(docName)).toBeLessThan(10);
      const sqliteTables = server.app.db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'collab_updates'").get() as { n: number };
      expect(sqliteTables.n).toBe(0);

      await server.restart();
      const cees = collabClient(server.url, docName, seeded.participants[0].cookie);
      await cees.synced();
      await until([cees.doc], () => marks.every((m) => hasProbe(cees.doc, docName, m)));
      cees.destroy();
    } finally {
      await server.close();
    }
  });
});
