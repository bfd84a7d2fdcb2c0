// SPDX-License-Identifier: EUPL-1.2
/**
 * What every cluster test file starts from: a throwaway PostgreSQL database, its own Redis, a data
 * folder, and the instances and clients the file starts, all stopped and removed after the file;
 * and a person's session on one instance from their join link.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { StipProcess } from '../../scripts/soak/stipProcess.js';
import { createPgTestDatabase, type PgTestDatabase } from '../helpers/pgTestDatabase.js';
import { startRedisProcess, type RedisProcess } from '../helpers/redisProcess.js';
import type { CollabClient } from '../helpers/stipServer.js';

/** The services of one cluster test file (read them inside the tests). */
export interface ClusterServices {
  database: PgTestDatabase;
  redis: RedisProcess;
  dataDir: string;
  /** Instances the file started: killed after it. */
  instances: StipProcess[];
  /** Clients the file opened: closed after it. */
  clients: CollabClient[];
}

/** Starts the services before the file's tests and stops everything after them. */
export function clusterServicesForFile(dirPrefix: string): ClusterServices {
  const services = { instances: [], clients: [] } as unknown as ClusterServices;
  beforeAll(async () => {
    services.database = await createPgTestDatabase();
    services.redis = await startRedisProcess();
    services.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), dirPrefix));
  }, 60_000);
  afterAll(async () => {
    for (const c of services.clients) c.destroy();
    await Promise.all(services.instances.map((i) => i.stop('SIGKILL')));
    await services.redis?.stop();
    await services.database?.drop();
    if (services.dataDir) fs.rmSync(services.dataDir, { recursive: true, force: true });
  }, 60_000);
  return services;
}

/** The session cookie a join link gives on `instance`. */
export async function sessionOn(instance: StipProcess, link: string): Promise<string> {
  const res = await fetch(instance.url + new URL(link).pathname, { redirect: 'manual' });
  await res.arrayBuffer();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`join link gave no session on ${instance.url} (${res.status})`);
  return cookie;
}
