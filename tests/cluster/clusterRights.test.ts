// SPDX-License-Identifier: EUPL-1.2
/**
 * Rights that change on one instance take effect on every instance at once, not at the next session
 * sweep (set to ten minutes here): a logout on instance A closes the person's socket on instance B
 * (a `recheck` entry through the Redis streams), and a workshop deleted on A closes B's sockets and
 * leaves nothing of it in PostgreSQL, whatever B's room still held.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/closeCodes.js';
import { groupDocName } from '../../shared/docNames.js';
import { freePort, runStipCli, startStipProcess, type StipProcess } from '../../scripts/soak/stipProcess.js';
import { collabClient, type CollabClient } from '../helpers/stipServer.js';
import { writeProbe } from '../helpers/probeWrite.js';
import { clusterServicesForFile, sessionOn } from './clusterFixture.js';
import { openPgPool } from '../../server/store/postgres/openPgPool.js';

const cluster = clusterServicesForFile('stip-cluster-rights-');
const secret = randomBytes(32).toString('hex');

const env = () => ({ DATABASE_URL: cluster.database.url, REDIS_URL: cluster.redis.url, STIP_SECRET: secret, STIP_REDIS_PREFIX: `stip-rights-${randomBytes(4).toString('hex')}:`, STIP_SESSION_CHECK_MS: '600000' });

const post = (instance: StipProcess, pathname: string, cookie: string, body: unknown, method = 'POST') =>
  fetch(instance.url + pathname, { method, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('two instances on one PostgreSQL and one Redis', () => {
  it('close a socket on B when its person logs out on A, and a deleted workshop\'s sockets everywhere', async () => {
    const shared = env();
    const csv = path.join(cluster.dataDir, 'mensen.csv');
    fs.writeFileSync(csv, 'naam,rol\nAnna,raadslid\nBram,ambtenaar\n');
    const created = runStipCli(['workshop', 'create', '--gemeente', 'Rechtdorp', '--participants', csv, '--json'], cluster.dataDir, shared);
    expect(created.code, created.stderr).toBe(0);
    const workshop = JSON.parse(created.stdout) as { workshopId: string; facilitatorLink: string; participants: { group: number; link: string }[] };
    for (const n of [1, 2]) {
      cluster.instances.push(await startStipProcess({ port: await freePort(), dataDir: path.join(cluster.dataDir, `instance-${n}`), env: shared }));
    }
    const [a, b] = cluster.instances;

    // Anna logs in on A, writes on B; she logs out on A: her socket on B closes at once.
    const [anna, bram] = workshop.participants;
    const annaCookie = await sessionOn(a, anna.link);
    const annaOnB = collabClient(b.url, groupDocName(workshop.workshopId, anna.group), annaCookie);
    cluster.clients.push(annaOnB);
    await annaOnB.synced();
    expect((await post(a, '/api/logout', annaCookie, {})).status).toBe(200);
    expect(await annaOnB.closed()).toEqual({ code: CLOSE.sessionEnded.code, reason: CLOSE.sessionEnded.reason });

    // Bram writes on B; the facilitator deletes the workshop on A: Bram's socket closes, nothing of it stays.
    const bramOnB = collabClient(b.url, groupDocName(workshop.workshopId, bram.group), await sessionOn(b, bram.link));
    cluster.clients.push(bramOnB);
    await bramOnB.synced();
    writeProbe(bramOnB.doc, groupDocName(workshop.workshopId, bram.group), 'voor het verwijderen');
    const facilitator = await sessionOn(a, workshop.facilitatorLink);
    expect((await post(a, `/api/workshops/${workshop.workshopId}`, facilitator, { confirm: 'Rechtdorp' }, 'DELETE')).status).toBe(200);
    expect((await bramOnB.closed()).code).toBe(CLOSE.sessionEnded.code);
    const pool = openPgPool({ connectionString: cluster.database.url, max: 1 });
    try {
      const left = async () => Number((await pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM stip_doc_updates WHERE starts_with(doc_name, $1)', [`w/${workshop.workshopId}/`])).rows[0].n);
      await b.stop('SIGTERM'); // B flushes whatever its room still held
      expect(await left()).toBe(0);
      expect(Number((await pool.query<{ n: string }>('SELECT COUNT(*) AS n FROM stip_participants')).rows[0].n)).toBe(0);
    } finally {
      await pool.end();
    }
  }, 180_000);
});
