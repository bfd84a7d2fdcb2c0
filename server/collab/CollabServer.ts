/**
 * The collaboration endpoint `/collab/<docName>`: plain y-websocket protocol over `ws`, so the
 * stock `WebsocketProvider` connects unchanged. This class is the transport: it checks the
 * document name, origin and authorization before upgrading, accepts sockets (wrapped as
 * CollabSockets, so nothing past this file sees `ws`), hands their frames to rooms through a
 * FrameIntake, pings, and shuts down. Rooms hold the documents.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { CLOSE, UPGRADE_REFUSAL } from '../../shared/closeCodes.js';
import { parseDocName, type DocRef } from '../../shared/docNames.js';
import type { Limits } from '../../shared/limits.js';
import type { DocStore } from '../store/docStore.js';
import type { CollabSocket } from './CollabSocket.js';
import { Connection } from './Connection.js';
import { FrameIntake } from './FrameIntake.js';
import type { CloseSpec } from './protocol.js';
import { SERVER_ORIGIN } from './Room.js';
import { RoomRegistry } from './RoomRegistry.js';
import type { Log } from '../log.js';
import type { CollabAuthorizer, CollabLog, ConnectionIdentity, Permission } from './types.js';
import { claimedEpochOfUrl, docNameOfUrl, refuseUpgrade, sameHostOrigin } from './upgradeRequest.js';
import { wsSocket } from './wsSocket.js';

/** Settings of the collaboration server. */
export interface CollabServerOptions {
  store: DocStore;
  authorizer: CollabAuthorizer;
  limits: Limits;
  /** Milliseconds a room stays in memory after its last socket left. */
  roomIdleMs: number;
  /** Compact a document's log after this many stored updates. */
  compactAfterUpdates: number;
  /**
   * Decides whether a request's Origin may connect: a predicate, or a list of allowed origins
   * (e.g. ['https://stip.gemeente.nl']). Default: same host as the Host header.
   */
  allowedOrigins?: ((origin: string, req: IncomingMessage) => boolean) | readonly string[];
  /** A CollabLog function or the server's Log object. */
  log?: CollabLog | Log;
  /** Milliseconds between pings; a socket that did not answer the previous one is dropped (default 30 000). */
  pingIntervalMs?: number;
  /** Real presence changes within this window go out in one frame (default 50). */
  awarenessChangeBatchMs?: number;
  /** Presence renewals are sent room-wide at this interval (default 8 000; must stay well under 12 000). */
  awarenessRenewalMs?: number;
}

/** Close of a socket whose room could not be opened. */
const INTERNAL_ERROR: CloseSpec = { code: 1011, reason: 'server-error' };

const defaultLog: CollabLog = (level, msg, fields) => {
  if (level === 'error') process.stderr.write(`collab ${level} ${msg} ${fields ? JSON.stringify(fields) : ''}\n`);
};

function toCollabLog(log: CollabLog | Log | undefined): CollabLog {
  if (!log) return defaultLog;
  if (typeof log === 'function') return log;
  return (level, msg, fields) => log[level](msg, fields as Parameters<Log['info']>[1]);
}

function toOriginRule(allowed: CollabServerOptions['allowedOrigins']): (origin: string, req: IncomingMessage) => boolean {
  if (!allowed) return sameHostOrigin;
  if (typeof allowed === 'function') return allowed;
  const list = new Set(allowed);
  return (origin) => list.has(origin);
}

/** The WebSocket side of Stip: upgrades, sockets, rooms. */
export class CollabServer {
  private readonly wss: WebSocketServer;
  private readonly rooms: RoomRegistry;
  private readonly connections = new Set<Connection>();
  private readonly pingTimer: NodeJS.Timeout;
  private readonly log: CollabLog;
  private readonly originAllowed: (origin: string, req: IncomingMessage) => boolean;
  private stopping: Promise<void> | null = null;

  constructor(private readonly opts: CollabServerOptions) {
    this.log = toCollabLog(opts.log);
    this.originAllowed = toOriginRule(opts.allowedOrigins);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.limits.maxFrameBytes, perMessageDeflate: false, clientTracking: false });
    this.rooms = new RoomRegistry({
      store: opts.store,
      limits: opts.limits,
      compactAfterUpdates: opts.compactAfterUpdates,
      awarenessChangeBatchMs: opts.awarenessChangeBatchMs ?? 50,
      awarenessRenewalMs: opts.awarenessRenewalMs ?? 8_000,
      roomIdleMs: opts.roomIdleMs,
      log: this.log,
    });
    this.pingTimer = setInterval(() => this.pingAll(), opts.pingIntervalMs ?? 30_000);
    this.pingTimer.unref();
  }

  /** Handles an HTTP upgrade whose path starts with /collab/; the caller routes only those here. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    this.admit(req, socket, head).catch((err) => {
      this.log('error', 'collab.upgrade-failed', { error: String(err) });
      refuseUpgrade(socket, 500, 'server-error');
    });
  }

  /** Open rooms and sockets, for /api/health. */
  stats(): { rooms: number; connections: number } {
    return { rooms: this.rooms.size, connections: this.connections.size };
  }

  /** Closes every open connection for which predicate is true (revocation, group move, lock). Returns how many. */
  closeConnections(predicate: (identity: ConnectionIdentity, doc: DocRef, permission: Permission) => boolean, close: { code: number; reason: string }): number {
    let closed = 0;
    for (const conn of [...this.connections]) {
      if (!conn.closed && predicate(conn.identity, conn.doc, conn.permission)) {
        conn.close(close);
        closed++;
      }
    }
    return closed;
  }

  /** Reads a document's current state (loading it if not in memory) without keeping it open; for exports/tests. */
  readDoc<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> {
    if (!parseDocName(docName)) return Promise.reject(new Error(`unknown document: ${docName}`));
    return this.rooms.read(docName, read);
  }

  /**
   * Changes a document on the server's own authority (posted comments, answers): runs `change` in
   * one transaction; the result is stored and sent to every open socket like any update.
   */
  async updateDoc<T>(docName: string, change: (doc: Y.Doc) => T): Promise<T> {
    if (!parseDocName(docName)) throw new Error(`unknown document: ${docName}`);
    const room = await this.rooms.acquire(docName);
    try {
      let result!: T;
      room.doc.transact(() => { result = change(room.doc); }, SERVER_ORIGIN);
      const refusal = room.refusedChange; // never from the server's own changes; never left standing either
      if (refusal) {
        room.reset();
        throw new Error(`server change refused: ${refusal}`);
      }
      return result;
    } finally {
      this.rooms.release(room);
    }
  }

  /**
   * Forgets every document whose name matches (a deleted workshop): closes its sockets with
   * `close`, drops its rooms without saving them, and flushes the store, so that the caller can
   * then delete the stored rows for good. Returns how many sockets were closed.
   */
  async forgetDocuments(match: (docName: string) => boolean, close: CloseSpec): Promise<number> {
    let closed = 0;
    for (const conn of [...this.connections]) {
      if (!conn.closed && match(conn.docName)) {
        conn.close(close);
        closed++;
      }
    }
    await this.rooms.discard(match);
    await this.opts.store.flush();
    return closed;
  }

  /**
   * Closes all sockets with CLOSE.serverShutdown, compacts loaded documents and flushes the store;
   * rejects when the store could not write everything (DocStoreWriteError), so shutdown can say so.
   */
  shutdown(): Promise<void> {
    this.stopping ??= this.stop();
    return this.stopping;
  }

  private async stop(): Promise<void> {
    clearInterval(this.pingTimer);
    for (const conn of [...this.connections]) conn.close(CLOSE.serverShutdown);
    try {
      await this.rooms.closeAll();
      await this.opts.store.flush();
    } finally {
      this.wss.close();
    }
  }

  private async admit(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    if (this.stopping) return refuseUpgrade(socket, 503, CLOSE.serverShutdown.reason);
    const docName = docNameOfUrl(req.url);
    const ref = docName === null ? null : parseDocName(docName);
    if (docName === null || !ref) return refuse(socket, 'unknownDocument');
    const origin = req.headers.origin;
    if (origin !== undefined && !this.originAllowed(origin, req)) return refuse(socket, 'badOrigin');
    const auth = await this.opts.authorizer.authorize(req, ref);
    if (!auth.ok) return refuse(socket, auth.refusal);
    if (socket.destroyed) return;
    if (this.stopping) return refuseUpgrade(socket, 503, CLOSE.serverShutdown.reason);
    const claimedEpoch = claimedEpochOfUrl(req.url);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(wsSocket(ws), docName, ref, auth.identity, auth.permission, claimedEpoch));
  }

  /**
   * Takes an upgraded socket into its room. Frames wait until the room is loaded; a socket whose
   * client named another epoch than the document's is closed with CLOSE.historyReset first, so
   * none of its frames is ever read (shared/docEpoch.ts).
   */
  private accept(socket: CollabSocket, docName: string, ref: DocRef, identity: ConnectionIdentity, permission: Permission, claimedEpoch: string | null): void {
    const conn = new Connection(socket, docName, ref, identity, permission, this.opts.limits);
    this.connections.add(conn);
    conn.whenClosed((c) => this.connections.delete(c));
    const intake = new FrameIntake(conn, this.opts.limits, this.log);
    this.rooms.acquire(docName).then((opened) => {
      if (conn.closed) return this.rooms.release(opened);
      if (claimedEpoch !== null && claimedEpoch !== opened.epoch) {
        this.log('info', 'collab.history-reset', { docName });
        conn.close(CLOSE.historyReset);
        return this.rooms.release(opened);
      }
      intake.open(opened);
    }, (err) => {
      this.log('error', 'collab.room-load-failed', { docName, error: String(err) });
      conn.close(INTERNAL_ERROR);
    });
  }

  private pingAll(): void {
    for (const conn of [...this.connections]) conn.ping();
  }
}

function refuse(socket: Duplex, refusal: keyof typeof UPGRADE_REFUSAL): void {
  const { status, error } = UPGRADE_REFUSAL[refusal];
  refuseUpgrade(socket, status, error);
}
