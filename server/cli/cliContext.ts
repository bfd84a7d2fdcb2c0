// SPDX-License-Identifier: EUPL-1.2
/** Opens the store in STIP_DATA_DIR for a CLI command (no server needed); links use STIP_PUBLIC_URL or http://localhost:$PORT. */
import { loadConfig } from '../config.js';
import { createServiceContext, type ServiceContext } from '../services/serviceContext.js';
import { openDatabase, type Db } from '../store/database.js';

/** Runs `fn` with services on the data folder's database; the database stays open until its promise settles. */
export async function withCliServicesAsync<T>(fn: (services: ServiceContext) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const config = loadConfig(env);
  const db: Db = openDatabase(config.dataDir);
  try {
    return await fn(cliServices(db, config));
  } finally {
    db.close();
  }
}

function cliServices(db: Db, config: ReturnType<typeof loadConfig>): ServiceContext {
  return createServiceContext({
    db, dataDir: config.dataDir, linkDays: config.linkDays, sessionHours: config.sessionHours,
    baseUrl: () => config.publicUrl ?? `http://localhost:${config.port}`, secret: config.secret,
  });
}
