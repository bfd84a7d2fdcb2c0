// SPDX-License-Identifier: EUPL-1.2
/**
 * The retention sweep with two Stip instances on one PostgreSQL database: whichever sweeps, each
 * expired workshop is deleted once, with one audit line. Two instances sweeping at the same moment:
 * one holds the job lease and deletes, the other leaves it. Two servers started with
 * STIP_RETENTION_DAYS after the last holder's lease lapsed: the first takes over and sweeps, the
 * second says the sweep is held elsewhere.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Log, LogValue } from '../../server/log.js';
import { openPgPool } from '../../server/store/postgres/openPgPool.js';
import { sweepRetentionUnderLease } from '../../server/services/privacy/retentionSweeper.js';
import { createPgTestDatabase, type PgTestDatabase } from '../helpers/pgTestDatabase.js';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';

const DAY = 24 * 3600_000;
let database: PgTestDatabase;
let pool: pg.Pool;
const servers: TestServer[] = [];

/** A log that keeps the events it was told. */
function recordingLog(): Log & { events: string[] } {
  const events: string[] = [];
  const keep = (event: string, _fields?: Record<string, LogValue>) => { events.push(event); };
  return { events, info: keep, warn: keep, error: keep };
}

const start = async (...args: Parameters<typeof startTestServer>) => {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
};
const count = async (sql: string, params: unknown[] = []) => Number((await pool.query<{ n: string }>(sql, params)).rows[0].n);
const deleteAuditLines = () => count("SELECT COUNT(*) AS n FROM stip_audit_log WHERE action = 'workshop.delete'");
const workshopsLeft = (ids: string[]) => count('SELECT COUNT(*) AS n FROM stip_workshops WHERE id = ANY($1)', [ids]);

/** Workshops made on `server` whose last activity lies 400 days back. */
async function expiredWorkshops(server: TestServer, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const gemeente of names) {
    ids.push((await server.seedWorkshop({ gemeente, participants: [{ name: `Lid van ${gemeente}`, role: 'raadslid', group: 1 }] })).workshopId);
  }
  await pool.query('UPDATE stip_workshops SET created_at = $1 WHERE id = ANY($2)', [Date.now() - 400 * DAY, ids]);
  return ids;
}

beforeAll(async () => {
  database = await createPgTestDatabase();
  pool = openPgPool({ connectionString: database.url });
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await pool?.end();
  await database?.drop();
});

describe('the retention sweep on two instances sharing one PostgreSQL', () => {
  it('deletes each expired workshop once, with one audit line, when both sweep at the same moment', async () => {
    const a = await start({ databaseUrl: database.url });
    const b = await start({ databaseUrl: database.url });
    const ids = await expiredWorkshops(a, ['Oudstad', 'Oudveen', 'Oudburg']);
    const auditBefore = await deleteAuditLines();

    const [byA, byB] = await Promise.all([
      sweepRetentionUnderLease(a.app.services, 365, DAY),
      sweepRetentionUnderLease(b.app.services, 365, DAY),
    ]);
    const swept = [byA, byB].filter((r) => r !== null);
    expect(swept).toHaveLength(1);
    expect([...swept[0]!].sort()).toEqual([...ids].sort());
    expect(await workshopsLeft(ids)).toBe(0);
    expect(await deleteAuditLines()).toBe(auditBefore + ids.length);

    // The lease stays with the instance that swept: the other one leaves the next run too.
    const again = await expiredWorkshops(a, ['Oudkerk']);
    const holder = byA !== null ? a : b;
    const other = holder === a ? b : a;
    expect(await sweepRetentionUnderLease(other.app.services, 365, DAY)).toBeNull();
    expect(await workshopsLeft(again)).toBe(1);
    expect(await sweepRetentionUnderLease(holder.app.services, 365, DAY)).toEqual(again);
    expect(await deleteAuditLines()).toBe(auditBefore + ids.length + 1);
  });

  it('lets one of two servers with STIP_RETENTION_DAYS take over a lapsed lease; the other leaves the sweep to it', async () => {
    const ids = await expiredWorkshops(servers[0], ['Oudhaven', 'Oudmeer']);
    const auditBefore = await deleteAuditLines();
    // The instance that swept last is gone: its lease has lapsed.
    await pool.query("UPDATE stip_doc_leases SET expires_at = now() - interval '1 second' WHERE doc_name = 'job:retention'");

    const logC = recordingLog();
    const logD = recordingLog();
    await start({ databaseUrl: database.url, retentionDays: 365 }, { log: logC });
    await expect.poll(() => workshopsLeft(ids)).toBe(0);
    await start({ databaseUrl: database.url, retentionDays: 365 }, { log: logD });
    await expect.poll(() => logD.events.includes('retention.held-elsewhere')).toBe(true);

    expect(logC.events).toContain('retention.swept');
    expect(logD.events).not.toContain('retention.swept');
    expect(await deleteAuditLines()).toBe(auditBefore + ids.length);
  });
});
