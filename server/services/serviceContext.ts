/** What every service needs: the stores, the link cipher, lifetimes, the public base URL and a way to close sockets. */
import type { Db } from '../store/database.js';
import { openWorkshopStores, type WorkshopStores } from '../store/workshopStores.js';
import { createTokenCipher, type TokenCipher } from '../auth/tokenCipher.js';
import { loadServerSecret } from '../auth/serverSecret.js';

/** Which collaboration sockets of a participant to close. */
export type CloseScope = 'groupDocs' | 'all';

/**
 * Closes open collaboration sockets when someone's rights change (moved, removed, link revoked).
 * The server wires it to the collab server; the CLI, which has no sockets, uses `noSockets`.
 */
export interface ConnectionCloser {
  closeFor(participantIds: readonly string[], why: 'permissionChanged' | 'sessionEnded', scope: CloseScope): void;
}

/** A closer for processes without collaboration sockets (the CLI). */
export const noSockets: ConnectionCloser = { closeFor() {} };

/** Shared dependencies of the services. */
export interface ServiceContext {
  stores: WorkshopStores;
  cipher: TokenCipher;
  /** Days a participant's join link stays valid. */
  linkDays: number;
  /** Hours a session stays valid. */
  sessionHours: number;
  /** Base of join links, without trailing slash, e.g. `http://localhost:8080`. */
  baseUrl(): string;
  connections: ConnectionCloser;
  /** Current time in epoch ms. */
  now(): number;
}

/** Builds the context on an open database; reads (or creates) the server secret in `dataDir`. */
export function createServiceContext(options: {
  db: Db;
  dataDir: string;
  linkDays: number;
  sessionHours: number;
  baseUrl: () => string;
  connections?: ConnectionCloser;
}): ServiceContext {
  return {
    stores: openWorkshopStores(options.db),
    cipher: createTokenCipher(loadServerSecret(options.dataDir)),
    linkDays: options.linkDays,
    sessionHours: options.sessionHours,
    baseUrl: options.baseUrl,
    connections: options.connections ?? noSockets,
    now: Date.now,
  };
}
