// SPDX-License-Identifier: EUPL-1.2
/**
 * The fan-out between two instances on the real PostgreSQL and Redis (a random key prefix), with
 * stand-in rooms that record what reaches them.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import { createPgTestDatabase, type PgTestDatabase } from '../../tests/helpers/pgTestDatabase.js';
import { silentLog } from '../log.js';
import { createPostgresDocStore, type PostgresDocStore } from '../store/postgres/PostgresDocStore.js';
import type { FannedRoom } from '../collab/RoomFanout.js';
import { RedisFanout } from './RedisFanout.js';
import { openPgPool } from '../store/postgres/openPgPool.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const PREFIX = `stip-fanout-test-${randomBytes(4).toString('hex')}:`;
let database: PgTestDatabase;
let pool: pg.Pool;
const fanouts: RedisFanout[] = [];

beforeAll(async () => {
  database = await createPgTestDatabase();
  pool = openPgPool({ connectionString: database.url });
});
afterAll(async () => {
  await Promise.all(fanouts.map((f) => f.close()));
  await pool.end();
  await database.drop();
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  for (const key of await redis.keys(`${PREFIX}*`)) await redis.del(key);
  redis.destroy();
});

/** A room that records the updates and presence frames delivered to it. */
function standInRoom(name: string) {
  const room = {
    name,
    isDestroyed: false as boolean,
    updates: [] as number[],
    presence: [] as number[],
    applyRemote(update: Uint8Array) { room.updates.push(update[0]); },
    receiveRemotePresence(frame: Uint8Array) { room.presence.push(frame[0]); },
    reset() { room.isDestroyed = true; },
  } satisfies FannedRoom & Record<string, unknown>;
  return room;
}

async function instance(withFanout = true): Promise<{ store: PostgresDocStore; fanout: RedisFanout | null }> {
  const store = await createPostgresDocStore(pool, { flushWindowMs: 5 });
  if (!withFanout) return { store, fanout: null };
  const fanout = new RedisFanout(store, { redisUrl: REDIS_URL, keyPrefix: PREFIX, log: silentLog, sweepMs: 600_000 });
  fanouts.push(fanout);
  fanout.start();
  await expect.poll(() => fanout.stats().connected).toBe(true);
  return { store, fanout };
}

describe('the Redis fan-out', () => {
  it('delivers committed updates and presence to the other instance\'s room, not back to its own', async () => {
    const a = await instance();
    const b = await instance();
    const doc = 'w/FanFanFanFan/vision';
    const roomA = standInRoom(doc);
    const roomB = standInRoom(doc);
    a.fanout!.opened(roomA, await a.store.load(doc));
    b.fanout!.opened(roomB, await b.store.load(doc));
    a.store.append(doc, new Uint8Array([1]));
    a.store.append(doc, new Uint8Array([2]));
    a.fanout!.presence(doc, new Uint8Array([7]));
    await expect.poll(() => roomB.updates).toEqual([1, 2]);
    await expect.poll(() => roomB.presence).toEqual([7]);
    expect(roomA.updates).toEqual([]);
    expect(roomA.presence).toEqual([]);
  });

  it('reads a missing update from PostgreSQL when a later one shows the gap', async () => {
    const a = await instance();
    const b = await instance();
    const quiet = await instance(false); // commits without publishing
    const doc = 'w/GapGapGapGap/vision';
    const roomB = standInRoom(doc);
    b.fanout!.opened(roomB, await b.store.load(doc));
    quiet.store.append(doc, new Uint8Array([5]));
    await quiet.store.flush();
    a.store.append(doc, new Uint8Array([6]));
    await expect.poll(() => [...roomB.updates].sort()).toEqual([5, 6]);
    expect(b.fanout!.stats().caughtUp).toBeGreaterThanOrEqual(1);
  });

  it('drops a document deleted on another instance without writing it back', async () => {
    const a = await instance();
    const b = await instance();
    const doc = 'w/GoneGoneGone/vision';
    const roomB = standInRoom(doc);
    b.fanout!.opened(roomB, await b.store.load(doc));
    b.store.append(doc, new Uint8Array([9]));
    await b.store.flush();
    await a.store.delete(doc);
    await expect.poll(() => roomB.isDestroyed).toBe(true);
    expect((await a.store.load(doc)).updates).toEqual([]);
  });
});
