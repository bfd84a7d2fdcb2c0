// SPDX-License-Identifier: EUPL-1.2
/**
 * The collaboration endpoint `/collab/<docName>`: plain y-websocket protocol over `ws`, so the
 * stock `WebsocketProvider` connects unchanged. This class is the transport: it checks the
 * document name, origin and authorization before upgrading, accepts sockets (wrapped as
 * CollabSockets, so nothing past this file sees `ws`), hands their frames to rooms through a
 * FrameIntake, pings, and shuts down. Rooms hold the documents; services reach them through the
 * document port (RoomDocuments), never through this class.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CLOSE, UPGRADE_REFUSAL } from '../../shared/closeCodes.js';
import { parseDocName, type DocRef } from '../../shared/docNames.js';
import type { Limits } from '../../shared/limits.js';
import type { CollabSocket } from './CollabSocket.js';
import { Connection } from './Connection.js';
import { LoopWatch } from './LoopWatch.js';
import { FrameIntake, type RefusalPolicy } from './FrameIntake.js';
import { RefusalPenalties, type RefusalPenaltyLimits } from './RefusalPenalties.js';
import { RefusalLog } from './refusalLog.js';
import type { CloseSpec } from './protocol.js';
import type { RoomRegistry } from './RoomRegistry.js';
import { SocketCaps, type SocketCapLimits } from './SocketCaps.js';
import type { RoomDocuments } from './RoomDocuments.js';
import { toCollabLog } from './collabLog.js';
import type { Log } from '../log.js';
import type { CollabAuthorizer, CollabLog, ConnectionIdentity, Permission } from './types.js';
import { claimedEpochOfUrl, docNameOfUrl, refuseUpgrade, sameHostOrigin } from './upgradeRequest.js';
import { wsSocket } from './wsSocket.js';

/** Settings of the collaboration server. */
export interface CollabServerOptions {
  /** The rooms and the socket set this transport feeds (made first, so services can use them). */
  documents: RoomDocuments;
  authorizer: CollabAuthorizer;
  limits: Limits;
  /**
   * Decides whether a request's Origin may connect: a predicate, or a list of allowed origins
   * (e.g. ['https://stip.gemeente.nl']). Default: same host as the Host header.
   */
  allowedOrigins?: ((origin: string, req: IncomingMessage) => boolean) | readonly string[];
  /** A CollabLog function or the server's Log object. */
  log?: CollabLog | Log;
  /** Caps on open sockets per session and per address (default: none). */
  socketCaps?: SocketCapLimits;
  /** The address a request's sockets count against, or null when it is not capped (default: none is). */
  capAddress?: (req: IncomingMessage) => string | null;
  /** Refusals that lock a person out of a document for a while (default: none do). */
  refusalPenalties?: RefusalPenaltyLimits;
  /** Milliseconds between the aggregated log lines of refused frames (default 60 000). */
  refusalLogWindowMs?: number;
  /** Milliseconds between pings; a socket that did not answer the previous one is dropped (default 30 000). */
  pingIntervalMs?: number;
}

/** A liveness round this much later than its interval judges no one (see pingAll). */
const PING_LATE_FACTOR = 1.5;

/** Close of a socket whose room could not be opened. */
const INTERNAL_ERROR: CloseSpec = { code: 1011, reason: 'server-error' };

/** Refusals that count towards a lock-out: a forged or broken change, or a flood (not a stale copy or a full document). */
const PENALIZED = new Set<number>([CLOSE.updateRefused.code, CLOSE.readOnlyWrite.code, CLOSE.malformedFrame.code, CLOSE.rateLimited.code]);

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
  private readonly connections: Set<Connection>;
  private readonly pingTimer: NodeJS.Timeout;
  private readonly pingIntervalMs: number;
  private readonly loopWatch = new LoopWatch();
  private lastPingAt: number;
  private readonly log: CollabLog;
  private readonly originAllowed: (origin: string, req: IncomingMessage) => boolean;
  private readonly caps: SocketCaps;
  private readonly penalties: RefusalPenalties | null;
  private readonly refusalLog: RefusalLog;
  private stopping: Promise<void> | null = null;

  constructor(private readonly opts: CollabServerOptions) {
    this.log = toCollabLog(opts.log);
    this.originAllowed = toOriginRule(opts.allowedOrigins);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.limits.maxFrameBytes, perMessageDeflate: false, clientTracking: false });
    this.penalties = opts.refusalPenalties ? new RefusalPenalties(opts.refusalPenalties) : null;
    this.refusalLog = new RefusalLog(this.log, opts.refusalLogWindowMs);
    this.caps = new SocketCaps(opts.socketCaps ?? { perSession: 0, perAddress: 0 });
    this.rooms = opts.documents.rooms;
    this.connections = opts.documents.sockets;
    this.pingIntervalMs = opts.pingIntervalMs ?? 30_000;
    this.lastPingAt = performance.now();
    this.pingTimer = setInterval(() => this.pingAll(), this.pingIntervalMs);
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
    this.loopWatch.stop();
    this.refusalLog.stop();
    for (const conn of [...this.connections]) conn.close(CLOSE.serverShutdown);
    try {
      await this.opts.documents.closeAll();
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
    const lockedMs = this.penalties?.retryAfterMs(RefusalPenalties.keyOf(auth.identity, docName)) ?? 0;
    if (lockedMs > 0) {
      const { status, error } = UPGRADE_REFUSAL.lockedOut;
      return refuseUpgrade(socket, status, error, { 'Retry-After': String(Math.ceil(lockedMs / 1000)) });
    }
    const slot = this.caps.reserve(auth.identity.sessionId, this.opts.capAddress?.(req) ?? null);
    if (!slot.ok) {
      this.log('info', 'collab.socket-cap', { cap: slot.refusal });
      return refuse(socket, slot.refusal);
    }
    let accepted = false;
    socket.once('close', () => { if (!accepted) slot.release(); });
    const claimedEpoch = claimedEpochOfUrl(req.url);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      accepted = true;
      const conn = this.accept(wsSocket(ws), docName, ref, auth.identity, auth.permission, claimedEpoch);
      conn.whenClosed(slot.release);
    });
  }

  /**
   * Takes an upgraded socket into its room. Frames wait until the room is loaded; a socket whose
   * client named another epoch than the document's is closed with CLOSE.historyReset first, so
   * none of its frames is ever read (shared/docEpoch.ts).
   */
  private accept(socket: CollabSocket, docName: string, ref: DocRef, identity: ConnectionIdentity, permission: Permission, claimedEpoch: string | null): Connection {
    const conn = new Connection(socket, docName, ref, identity, permission, this.opts.limits, () => this.loopWatch.blockedMs());
    this.connections.add(conn);
    conn.whenClosed((c) => this.connections.delete(c));
    const intake = new FrameIntake(conn, this.opts.limits, this.onRefused);
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
    return conn;
  }

  /**
   * Counts a refused frame (aggregated log, penalties; a forged change that reset the room locks out
   * at once: loading a large document again blocks the server for a second) and picks its close: the refusal's own, or
   * CLOSE.lockedOut when it locks the person out of the document; their other sockets on that
   * document are then closed as well.
   */
  private readonly onRefused: RefusalPolicy = (conn, close, why, forged) => {
    this.refusalLog.record(close.code, why, conn.docName);
    if (!this.penalties || !PENALIZED.has(close.code)) return close;
    const key = RefusalPenalties.keyOf(conn.identity, conn.docName);
    if (!this.penalties.record(key, forged)) return close;
    this.log('warn', 'collab.locked-out', { docName: conn.docName, code: close.code });
    for (const other of [...this.connections]) {
      if (other !== conn && !other.closed && other.docName === conn.docName && RefusalPenalties.keyOf(other.identity, other.docName) === key) other.close(CLOSE.lockedOut);
    }
    return CLOSE.lockedOut;
  };

  /**
   * One liveness round. A round that comes late (the server's own event loop was blocked, e.g. on a
   * starved machine) drops no one: the pongs that arrived meanwhile are still unread, and dropping
   * every socket at once would make all clients reconnect into the same busy server.
   */
  private pingAll(): void {
    const now = performance.now();
    const gap = now - this.lastPingAt;
    const late = gap > this.pingIntervalMs * PING_LATE_FACTOR;
    this.lastPingAt = now;
    if (late) this.log('warn', 'collab.ping-late', { lateMs: Math.round(gap - this.pingIntervalMs) });
    for (const conn of [...this.connections]) conn.ping(!late);
  }
}

function refuse(socket: Duplex, refusal: keyof typeof UPGRADE_REFUSAL): void {
  const { status, error } = UPGRADE_REFUSAL[refusal];
  refuseUpgrade(socket, status, error);
}
