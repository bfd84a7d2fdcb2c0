/**
 * The collaboration endpoint `/collab/<docName>`: plain y-websocket protocol over `ws`, so the
 * stock `WebsocketProvider` connects unchanged. This class is the transport: it checks the
 * document name, origin and authorization before upgrading, accepts sockets, routes their frames
 * to rooms (queueing them while a room loads), pings, and shuts down. Rooms hold the documents;
 * services reach them through the document port (RoomDocuments), never through this class.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CLOSE, UPGRADE_REFUSAL } from '../../shared/closeCodes.js';
import { parseDocName, type DocRef } from '../../shared/docNames.js';
import type { Limits } from '../../shared/limits.js';
import { Connection } from './Connection.js';
import { receiveMessage } from './messageReceiver.js';
import { FrameRefused, type CloseSpec } from './protocol.js';
import type { Room } from './Room.js';
import type { RoomRegistry } from './RoomRegistry.js';
import type { RoomDocuments } from './RoomDocuments.js';
import { toCollabLog } from './collabLog.js';
import type { Log } from '../log.js';
import type { CollabAuthorizer, CollabLog, ConnectionIdentity, Permission } from './types.js';
import { claimedEpochOfUrl, docNameOfUrl, refuseUpgrade, sameHostOrigin } from './upgradeRequest.js';

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
  /** Milliseconds between pings; a socket that did not answer the previous one is dropped (default 30 000). */
  pingIntervalMs?: number;
}

/** Close of a socket whose room could not be opened. */
const INTERNAL_ERROR: CloseSpec = { code: 1011, reason: 'server-error' };

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
  private readonly log: CollabLog;
  private readonly originAllowed: (origin: string, req: IncomingMessage) => boolean;
  private stopping: Promise<void> | null = null;

  constructor(private readonly opts: CollabServerOptions) {
    this.log = toCollabLog(opts.log);
    this.originAllowed = toOriginRule(opts.allowedOrigins);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.limits.maxFrameBytes, perMessageDeflate: false, clientTracking: false });
    this.rooms = opts.documents.rooms;
    this.connections = opts.documents.sockets;
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

  /** Closes all sockets with CLOSE.serverShutdown, flushes the store, compacts loaded documents. */
  shutdown(): Promise<void> {
    this.stopping ??= this.stop();
    return this.stopping;
  }

  private async stop(): Promise<void> {
    clearInterval(this.pingTimer);
    for (const conn of [...this.connections]) conn.close(CLOSE.serverShutdown);
    await this.opts.documents.closeAll();
    this.wss.close();
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
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, docName, ref, auth.identity, auth.permission, claimedEpoch));
  }

  /**
   * Takes an upgraded socket into its room. Frames wait until the room is loaded; a socket whose
   * client named another epoch than the document's is closed with CLOSE.historyReset first, so
   * none of its frames is ever read (shared/docEpoch.ts).
   */
  private accept(ws: WebSocket, docName: string, ref: DocRef, identity: ConnectionIdentity, permission: Permission, claimedEpoch: string | null): void {
    const conn = new Connection(ws, docName, ref, identity, permission, this.opts.limits);
    this.connections.add(conn);
    conn.whenClosed((c) => this.connections.delete(c));
    ws.on('error', () => { /* ws closes the socket itself (e.g. 1009 for an oversize frame) */ });
    ws.on('close', () => conn.markClosed());
    ws.on('pong', () => { conn.alive = true; });
    let room: Room | null = null;
    const queued: Uint8Array[] = [];
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (conn.closed) return;
      const frame = data as Buffer; // binaryType 'nodebuffer': always one Buffer
      if (!conn.admit(frame.length)) return conn.close(CLOSE.rateLimited);
      if (!isBinary) return conn.close(CLOSE.malformedFrame);
      if (room) this.receive(room, conn, frame);
      else queued.push(frame);
    });
    this.rooms.acquire(docName).then((opened) => {
      if (conn.closed) return this.rooms.release(opened);
      if (claimedEpoch !== null && claimedEpoch !== opened.epoch) {
        this.log('info', 'collab.history-reset', { docName });
        conn.close(CLOSE.historyReset);
        return this.rooms.release(opened);
      }
      room = opened;
      opened.attach(conn);
      for (const frame of queued.splice(0)) {
        if (conn.closed) break;
        this.receive(opened, conn, frame);
      }
    }, (err) => {
      this.log('error', 'collab.room-load-failed', { docName, error: String(err) });
      conn.close(INTERNAL_ERROR);
    });
  }

  private receive(room: Room, conn: Connection, frame: Uint8Array): void {
    try {
      receiveMessage(room, conn, frame, this.opts.limits);
    } catch (err) {
      const close = err instanceof FrameRefused ? err.close : CLOSE.malformedFrame;
      this.log('info', 'collab.frame-refused', { docName: conn.docName, code: close.code, why: err instanceof Error ? err.message : String(err) });
      conn.close(close);
    }
  }

  private pingAll(): void {
    for (const conn of [...this.connections]) {
      if (!conn.alive) {
        conn.terminate();
        continue;
      }
      conn.alive = false;
      try {
        conn.ws.ping();
      } catch {
        conn.terminate();
      }
    }
  }
}

function refuse(socket: Duplex, refusal: keyof typeof UPGRADE_REFUSAL): void {
  const { status, error } = UPGRADE_REFUSAL[refusal];
  refuseUpgrade(socket, status, error);
}
