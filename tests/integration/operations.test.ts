// SPDX-License-Identifier: EUPL-1.2
/**
 * Operations: /livez and /readyz (ready only when the store and, if configured, Redis answer),
 * GET /metrics in Prometheus text behind STIP_METRICS_TOKEN, JSON log lines, and SIGTERM: stop
 * accepting, close sockets with 1012 (the stock client reconnects), flush, exit 0.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDocName } from '../../shared/docNames.js';
import { CLOSE } from '../../shared/closeCodes.js';
import { formatLogLine } from '../../server/log.js';
import { freePort, runStipCli, startStipProcess } from '../../scripts/soak/stipProcess.js';
import { createPgTestDatabase, type PgTestDatabase } from '../helpers/pgTestDatabase.js';
import { collabClient, startTestServer, until } from '../helpers/stipServer.js';
import { hasProbe, writeProbe } from '../helpers/probeWrite.js';

let database: PgTestDatabase;
beforeAll(async () => { database = await createPgTestDatabase(); });
const REDIS_PREFIX = `stip-ops-${Date.now()}:`;
afterAll(async () => {
  await database.drop();
  const redis = createClient({ url: 'redis://127.0.0.1:6379' });
  await redis.connect();
  for (const key of await redis.keys(`${REDIS_PREFIX}*`)) await redis.del(key);
  redis.destroy();
});

describe('probes and metrics', () => {
  it('answers /livez always and /readyz when the SQLite store answers', async () => {
    const server = await startTestServer({ metricsToken: 'meten' });
    try {
      const live = await fetch(`${server.url}/livez`);
      expect(live.status).toBe(200);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ok: true, store: true });
    } finally {
      await server.close();
    }
  });

  it('is ready on PostgreSQL and Redis, and not ready while Redis does not answer', async () => {
    const good = await startTestServer({ databaseUrl: database.url, redisUrl: 'redis://127.0.0.1:6379', redisKeyPrefix: REDIS_PREFIX });
    try {
      await expect.poll(async () => (await fetch(`${good.url}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${good.url}/readyz`)).json()).toEqual({ ok: true, store: true, redis: true });
    } finally {
      await good.close();
    }
    const noRedis = await startTestServer({ databaseUrl: database.url, redisUrl: `redis://127.0.0.1:${await freePort()}` });
    try {
      const ready = await fetch(`${noRedis.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ok: false, store: true, redis: false });
      expect((await fetch(`${noRedis.url}/livez`)).status).toBe(200);
    } finally {
      await noRedis.close();
    }
  });

  it('serves Prometheus text with sockets, rooms, updates, store write latency and event-loop delay, behind the token', async () => {
    const server = await startTestServer({ metricsToken: 'meten', flushIntervalMs: 5 });
    try {
      const seeded = await server.seedWorkshop({ gemeente: 'Meetdorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }] });
      const docName = groupDocName(seeded.workshopId, 1);
      const client = collabClient(server.url, docName, seeded.participants[0].cookie);
      await client.synced();
      writeProbe(client.doc, docName, 'meten');
      const metric = async (name: string) => {
        const res = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer meten' } });
        expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
        const text = await res.text();
        return Number(new RegExp(`^stip_${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);
      };
      await expect.poll(() => metric('updates_total')).toBeGreaterThan(0);
      expect(await metric('open_sockets')).toBe(1);
      expect(await metric('rooms_loaded')).toBeGreaterThanOrEqual(1);
      expect(await metric('store_writes_total')).toBeGreaterThan(0);
      expect(await metric('store_write_seconds_sum')).toBeGreaterThanOrEqual(0);
      expect(await metric('event_loop_delay_p99_seconds')).toBeGreaterThanOrEqual(0);
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
      client.destroy();
    } finally {
      await server.close();
    }
  });

  it('logs one JSON object per line, without the fields it was not given', () => {
    const line = JSON.parse(formatLogLine('INFO', 'server.listening', { port: 8080, setupLink: false, skipped: undefined }));
    expect(line).toEqual({ time: expect.any(String), level: 'info', event: 'server.listening', port: 8080, setupLink: false });
  });
});

describe('SIGTERM', () => {
  it('stops accepting, closes sockets with 1012 so clients reconnect, flushes and exits 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-sigterm-'));
    try {
      const csv = path.join(dataDir, 'mensen.csv');
      fs.writeFileSync(csv, 'naam,rol\nAnna,raadslid\n');
      const created = runStipCli(['workshop', 'create', '--gemeente', 'Stopdorp', '--participants', csv, '--json'], dataDir, { DATABASE_URL: database.url });
      expect(created.code, created.stderr).toBe(0);
      const workshop = JSON.parse(created.stdout) as { workshopId: string; participants: { group: number; link: string }[] };
      const port = await freePort();
      // A long flush window: only the flush at SIGTERM writes the update.
      const env = { DATABASE_URL: database.url, STIP_FLUSH_MS: '600000' };
      const first = await startStipProcess({ port, dataDir, env });
      const opened = await fetch(first.url + new URL(workshop.participants[0].link).pathname, { redirect: 'manual' });
      const cookie = opened.headers.get('set-cookie')!.split(';')[0];
      const docName = groupDocName(workshop.workshopId, workshop.participants[0].group);
      const client = collabClient(first.url, docName, cookie);
      await client.synced();
      writeProbe(client.doc, docName, 'voor-het-stoppen');
      await expect.poll(async () => {
        const res = await fetch(`${first.url}/readyz`);
        return res.status;
      }).toBe(200);
      const closed = client.closed();
      client.provider.shouldConnect = false; // observe the close, then reconnect to the next process by hand
      await first.stop('SIGTERM');
      expect(await closed).toEqual({ code: CLOSE.serverShutdown.code, reason: CLOSE.serverShutdown.reason });
      client.destroy();

      const second = await startStipProcess({ port, dataDir, env });
      try {
        const again = collabClient(second.url, docName, cookie);
        await again.synced();
        await until([again.doc], () => hasProbe(again.doc, docName, 'voor-het-stoppen'));
        again.destroy();
      } finally {
        await second.stop('SIGTERM');
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
