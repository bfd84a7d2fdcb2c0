// SPDX-License-Identifier: EUPL-1.2
/**
 * Composes Stip, in an order where nothing is bound late: database and document store, the rooms
 * (the document port), the services on them, the collaboration transport feeding those rooms, and
 * one HTTP server for the API, join links, the built client and WebSocket upgrades on /collab/<docName>.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthAnswer } from '../shared/api.js';
import { API_ERRORS } from '../shared/apiErrors.js';
import { COLLAB_PATH_PREFIX } from '../shared/paths.js';
import { createCollabAuthorizer } from './auth/collabAuthorizer.js';
import { presenceNamesRule } from './auth/presenceNames.js';
import { CollabServer } from './collab/CollabServer.js';
import { RoomDocuments } from './collab/RoomDocuments.js';
import { refuseUpgrade, sameHostOrigin } from './collab/upgradeRequest.js';
import type { ServerConfig } from './config.js';
import { createRequestHandler } from './http/requestHandler.js';
import { refuseRateLimitedUpgrade } from './http/rateLimitAnswers.js';
import { RateLimitGate } from './http/rateLimitGate.js';
import { createLog, type Log } from './log.js';
import { claimStore } from './services/backup/backupStoreOwner.js';
import { issueSetupLink } from './services/workshop/linkIssuer.js';
import { startSessionSocketSweep, sweepSessionSockets } from './services/session/sessionSocketSweeper.js';
import { startRetentionSweep } from './services/privacy/retentionSweeper.js';
import { createServiceContext, type ServiceContext } from './services/serviceContext.js';
import { openDatabase, type Db } from './store/database.js';
import type { DocumentPort } from './documents/DocumentPort.js';
import { storeHealthView } from './store/storeHealthView.js';
import { openDocuments } from './cluster/openDocuments.js';
import { openWorkshopTables } from './cluster/openWorkshopStorage.js';
import { OpsMeter } from './ops/OpsMeter.js';
import { rulesOfDocName } from '../shared/docRulesByKind.js';

/** A running Stip server. */
export interface StipApp {
  /** The port it listens on (the real one when config.port was 0). */
  port: number;
  /** Base URL of join links: config.publicUrl or http://localhost:<port>. */
  url: string;
  db: Db;
  collab: CollabServer;
  /** The shared documents and their sockets, as the services reach them. */
  documents: DocumentPort;
  services: ServiceContext;
  /** The one-time set-up link made at start because the store had no workshop; null otherwise. */
  setupLink: string | null;
  /** Makes a new one-time set-up link (older unused ones are revoked). */
  issueSetupLink(): Promise<string>;
  /** Stops accepting, flushes and closes every document and socket, closes the database. */
  close(): Promise<void>;
}


const VERSION: string = (() => {
  try {
    return JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();

/** Upgrades may come from the public URL's origin or from the host they ask (direct access, dev proxy). */
function originRule(publicUrl: string | null): ((origin: string, req: http.IncomingMessage) => boolean) | undefined {
  if (!publicUrl) return undefined;
  const publicOrigin = new URL(publicUrl).origin;
  return (origin, req) => origin === publicOrigin || sameHostOrigin(origin, req);
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts Stip with this configuration. */
export async function startStip(config: ServerConfig, options: { log?: Log } = {}): Promise<StipApp> {
  const log = options.log ?? createLog({ quiet: config.quiet });
  const db = openDatabase(config.dataDir);
  const meter = new OpsMeter();
  // Documents in SQLite, or in PostgreSQL (DATABASE_URL) shared with other instances through Redis (REDIS_URL).
  const storage = await openDocuments(config, db, log, (ms, updates) => {
    meter.countWrite(ms);
    for (let i = 0; i < updates; i++) meter.countUpdate();
  }).catch((err) => {
    meter.stop();
    db.close();
    throw err;
  });
  // The workshop tables next to the documents: SQLite, or PostgreSQL on the same pool (with the shared secret).
  const tables = await openWorkshopTables(db, storage.pool, {
    sessionIdleMs: config.sessionIdleHours * 3600_000, secret: config.secret,
  }).catch(async (err) => {
    await storage.store.close().catch(() => undefined);
    await storage.close().catch(() => undefined);
    meter.stop();
    db.close();
    throw err;
  });
  const releaseStore = claimStore(config.dataDir);
  const rateLimits = new RateLimitGate(config.rateLimits, config.trustProxy);
  let port = config.port;
  const baseUrl = () => config.publicUrl ?? `http://localhost:${port}`;
  // The store owns the flush window (STIP_FLUSH_MS) and reports failed writes through the server's log.
  const docStore = storage.store;
  const documents = new RoomDocuments({
    store: docStore,
    limits: config.limits,
    roomIdleMs: config.roomIdleMs,
    compactAfterUpdates: config.compactAfterUpdates,
    log,
    rulesOf: rulesOfDocName,
    // read only once a room loads, which is after the services below exist
    namesShown: presenceNamesRule(() => services.namesShown),
    fanout: storage.fanout,
  });
  const services = createServiceContext({
    db, dataDir: config.dataDir, linkDays: config.linkDays, sessionHours: config.sessionHours, sessionIdleHours: config.sessionIdleHours, baseUrl, documents, log, secret: tables.secret, stores: tables.stores,
    databaseUrl: config.databaseUrl,
  });
  services.dossier.removeLeftovers();
  await services.stores.sessions.deleteExpired(services.now());
  const collabServer = new CollabServer({
    documents,
    authorizer: createCollabAuthorizer(services.stores, services.now, services.locks, services.namesShown),
    limits: config.limits,
    allowedOrigins: originRule(config.publicUrl),
    socketCaps: config.socketCaps,
    refusalPenalties: config.refusalPenalties,
    capAddress: (req) => rateLimits.limitedAddress(req),
    log,
  });

  // Public: whether Stip and its store work, nothing more. The internal figures (version, uptime,
  // rooms, sockets) are in GET /metrics, behind STIP_METRICS_TOKEN.
  const health = (): HealthAnswer => {
    const store = storeHealthView(docStore.health());
    return { ok: store.status === 'ok', status: store.status === 'ok' ? 'ok' : 'failing', store };
  };
  const startedAt = Date.now();
  const metrics = { token: config.metricsToken, figures: () => ({ version: VERSION, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), ...collabServer.stats(), ops: meter.figures(), fanout: storage.fanoutFigures() }) };
  let stopping = false;
  const readiness = { check: () => storage.ready(), stopping: () => stopping };
  const server = http.createServer(createRequestHandler({ services, secureCookies: config.secureCookies, health, clientDir: config.clientDir, log, rateLimits, publicUrl: config.publicUrl, metrics, readiness }));
  server.on('upgrade', (req, socket, head) => {
    const url = req.url ?? '';
    if (!url.startsWith(COLLAB_PATH_PREFIX)) refuseUpgrade(socket, 404, API_ERRORS.notFound);
    else if (!rateLimits.allowUpgrade(req)) refuseRateLimitedUpgrade(socket);
    else collabServer.handleUpgrade(req, socket, head);
  });
  server.on('clientError', (_err, socket) => {
    if (!socket.writable) { socket.destroy(); return; }
    socket.once('finish', () => socket.destroy());
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });

  try {
    port = await listen(server, config.port, config.host);
  } catch (err) {
    await collabServer.shutdown();
    await docStore.close().catch(() => undefined);
    await storage.close();
    meter.stop();
    db.close();
    releaseStore();
    throw err;
  }
  storage.start();
  const stopRetention = config.retentionDays === null ? () => {}
    : startRetentionSweep({ ctx: services, days: config.retentionDays });
  const stopSessionSweep = startSessionSocketSweep(services, config.sessionCheckMs);
  // Rights changed on another instance (logout, group move, lock): check this one's sockets now.
  storage.onRecheck(() => {
    sweepSessionSockets(services).catch((err: unknown) => log.error('session.sweep-failed', { error: err instanceof Error ? err.message : String(err) }));
  });
  const setupLink = (await services.stores.workshops.hasWorkshops()) ? null : await issueSetupLink(services);
  log.info('server.listening', { port, setupLink: setupLink !== null });

  let closing: Promise<void> | null = null;
  return {
    port,
    url: baseUrl(),
    db,
    collab: collabServer,
    documents,
    services,
    setupLink,
    issueSetupLink: () => issueSetupLink(services),
    close() {
      closing ??= (async () => {
        stopping = true;
        stopRetention();
        stopSessionSweep();
        void services.dossier.close(); // an export still running fails with the server; finished files are removed
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        try {
          await collabServer.shutdown();
        } finally {
          server.closeAllConnections();
          await stopped;
          await docStore.close().catch(() => undefined); // stops its retries; shutdown() already reported a failed write
          await storage.close().catch(() => undefined);
          meter.stop();
          db.close();
          releaseStore();
        }
        log.info('server.closed', { port });
      })();
      return closing;
    },
  };
}
