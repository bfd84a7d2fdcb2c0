// SPDX-License-Identifier: EUPL-1.2
/**
 * The one context every service gets: the workshop stores (async ports, store/storePorts.ts), the
 * link cipher, lifetimes and the public base URL, the clock, the log, the document port (documents
 * and their sockets), the cache of group locks, and the cache of workshop settings the rooms read.
 */
import type { Db } from '../store/database.js';
import type { WorkshopStorage } from '../store/storePorts.js';
import { openSqliteWorkshopStorage } from '../store/sqlite/sqliteWorkshopStorage.js';
import { createTokenCipher, type TokenCipher } from '../auth/tokenCipher.js';
import { loadServerSecret } from '../auth/serverSecret.js';
import { NamesShownCache } from '../auth/presenceNames.js';
import type { DocumentPort } from '../documents/DocumentPort.js';
import { noDocuments } from '../documents/noDocuments.js';
import { silentLog, type Log } from '../log.js';
import { LiveLocks } from './meeting/liveLocks.js';
import { DossierExports } from './export/DossierExports.js';

/** Shared dependencies of the services. */
export interface ServiceContext {
  /** The workshop stores; `transaction` for what must be atomic (services/unitOfWork.ts). */
  stores: WorkshopStorage;
  /** The SQLite database of this process (the CLI's export reads its document store directly). */
  db: Db;
  cipher: TokenCipher;
  /** Days a participant's join link stays valid. */
  linkDays: number;
  /** Hours a session stays valid. */
  sessionHours: number;
  /** Base of join links, without trailing slash, e.g. `http://localhost:8080`. */
  baseUrl(): string;
  /** Current time in epoch ms. */
  now(): number;
  log: Log;
  /** The shared documents and the sockets open on them (noDocuments in the CLI). */
  documents: DocumentPort;
  /** Which groups are locked, as the collab authorizer reads it on every connect. */
  locks: LiveLocks;
  /** Whether each workshop shows names, as the rooms' presence reads it (services put in changes). */
  namesShown: NamesShownCache;
  /** Dossier exports: the worker, the jobs and the download setting. */
  dossier: DossierExports;
}

/** Builds the context on an open database; reads (or creates) the server secret in `dataDir`. */
export function createServiceContext(options: {
  db: Db;
  dataDir: string;
  linkDays: number;
  sessionHours: number;
  /** Hours without a request after which a session ends (default 12). */
  sessionIdleHours?: number;
  baseUrl: () => string;
  /** Default: noDocuments (a process without rooms or sockets). */
  documents?: DocumentPort;
  /** Default: silentLog. */
  log?: Log;
  /** The shared server secret (STIP_SECRET); default: the one in `dataDir`. */
  secret?: string | null;
  /** The workshop stores (e.g. on PostgreSQL); default: on the SQLite database `db`. */
  stores?: WorkshopStorage;
  /** DATABASE_URL when the stores are on PostgreSQL (the export process opens its own pool on it). */
  databaseUrl?: string | null;
}): ServiceContext {
  const documents = options.documents ?? noDocuments;
  const stores = options.stores
    ?? openSqliteWorkshopStorage(options.db, { sessionIdleMs: options.sessionIdleHours === undefined ? undefined : options.sessionIdleHours * 3600_000 });
  return {
    stores,
    db: options.db,
    cipher: createTokenCipher(loadServerSecret(options.dataDir, options.secret ?? null)),
    linkDays: options.linkDays,
    sessionHours: options.sessionHours,
    baseUrl: options.baseUrl,
    now: Date.now,
    log: options.log ?? silentLog,
    documents,
    locks: new LiveLocks(documents),
    namesShown: new NamesShownCache(() => stores.workshops),
    dossier: new DossierExports({ dataDir: options.dataDir, databaseUrl: options.databaseUrl ?? null }),
  };
}
