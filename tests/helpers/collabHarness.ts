// SPDX-License-Identifier: EUPL-1.2
/**
 * Test harness for the collaboration server: a plain node http server on port 0 whose upgrades go
 * to a real CollabServer on a real SQLite file in a temp folder, a TEST authorizer that reads who
 * is connecting from `x-test-*` request headers, and clients: stock y-websocket providers and raw
 * `ws` sockets. Test-only code; it never ships in server/.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { colorFor } from '../../shared/awareness.js';
import type { UPGRADE_REFUSAL } from '../../shared/closeCodes.js';
import { DEFAULT_LIMITS, type Limits } from '../../shared/limits.js';
import type { Role } from '../../shared/roles.js';
import { CollabServer } from '../../server/collab/CollabServer.js';
import { RoomDocuments } from '../../server/collab/RoomDocuments.js';
import type { CollabAuthorizer, Permission } from '../../server/collab/types.js';
import { openDatabase, type Db } from '../../server/store/database.js';
import type { DocStore } from '../../server/store/docStore.js';
import { createSqliteDocStore } from '../../server/store/sqlite/SqliteDocStore.js';

/** Who a test client claims to be; the test authorizer believes it. */
export interface TestUser {
  name: string;
  role?: Role;
  permission?: Permission;
  /** Session id (default: derived from the name). */
  session?: string;
  /** Makes the authorizer refuse the upgrade. */
  refuse?: keyof typeof UPGRADE_REFUSAL;
}

/** Request headers that carry a test user. */
export function testHeaders(user: TestUser): Record<string, string> {
  const headers: Record<string, string> = {
    'x-test-name': encodeURIComponent(user.name),
    'x-test-role': user.role ?? 'ambtenaar',
    'x-test-permission': user.permission ?? 'write',
    'x-test-session': user.session ?? `session-${user.name}`,
  };
  if (user.refuse) headers['x-test-refuse'] = user.refuse;
  return headers;
}

/** An authorizer for tests only: identity and permission come from the `x-test-*` headers. */
export function testAuthorizer(): CollabAuthorizer {
  return {
    authorize(req, doc) {
      const header = (name: string) => {
        const v = req.headers[name];
        return Array.isArray(v) ? v[0] : v;
      };
      const refuse = header('x-test-refuse');
      if (refuse) return { ok: false, refusal: refuse as keyof typeof UPGRADE_REFUSAL };
      const nameHeader = header('x-test-name');
      if (!nameHeader) return { ok: false, refusal: 'noSession' };
      const name = decodeURIComponent(nameHeader);
      const permission: Permission = header('x-test-permission') === 'read' ? 'read' : 'write';
      return {
        ok: true,
        permission,
        identity: {
          sessionId: header('x-test-session') ?? `session-${name}`,
          participantId: `p-${name}`,
          workshopId: doc.workshopId,
          user: { name, role: (header('x-test-role') ?? 'ambtenaar') as Role, color: colorFor(name) },
        },
      };
    },
  };
}

/** A `ws` WebSocket class that sends the given headers, to pass as the provider's WebSocketPolyfill. */
export function webSocketWithHeaders(headers: Record<string, string>): new (url: string | URL, protocols?: string | string[]) => WebSocket {
  return class HeaderWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
}

/** A close as a client saw it. */
export interface SeenClose { code: number; reason: string }

/** A stock y-websocket provider client. */
export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every close the provider saw, in order. */
  closes: SeenClose[];
  destroy(): void;
}

/** A raw `ws` client that records what it receives. */
export interface RawClient {
  ws: WebSocket;
  received: Uint8Array[];
  /** Resolves with the close code and reason once the socket closed. */
  closed: Promise<SeenClose>;
  send(frame: Uint8Array): void;
}

/** Result of a bare upgrade request. */
export interface UpgradeAnswer { status: number; body: string; upgraded: boolean }

/** Settings for one harness. */
export interface HarnessOptions {
  /** Reuse a data folder (restart tests); default a new temp folder. */
  dataDir?: string;
  limits?: Partial<Limits>;
  roomIdleMs?: number;
  compactAfterUpdates?: number;
  awarenessRenewalMs?: number;
  pingIntervalMs?: number;
}

/** Polls until `check` is true (fails after `timeoutMs`). For conditions, never for timings. */
export async function waitFor(check: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A running collaboration server for tests. */
export class CollabHarness {
  private readonly clients = new Set<{ destroy(): void }>();
  private stopped: Promise<void> | null = null;

  private constructor(
    readonly server: CollabServer,
    /** The rooms behind the server, as services see them (read, change, forget, close sockets). */
    readonly documents: RoomDocuments,
    readonly store: DocStore,
    readonly db: Db,
    readonly http: http.Server,
    readonly port: number,
    readonly dataDir: string,
    /** What the server logged. */
    readonly logs: { level: string; msg: string; fields?: Record<string, unknown> }[],
  ) {}

  /** Starts a server on port 0 with a real SQLite store. */
  static async start(options: HarnessOptions = {}): Promise<CollabHarness> {
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stip-collab-'));
    const db = openDatabase(dataDir);
    const logs: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
    const log = (level: string, msg: string, fields?: Record<string, unknown>) => { logs.push({ level, msg, fields }); };
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const store = createSqliteDocStore(db, {
      flushWindowMs: 20,
      log: {
        info: (msg, fields) => { logs.push({ level: 'info', msg, fields }); },
        warn: (msg, fields) => { logs.push({ level: 'warn', msg, fields }); },
        error: (msg, fields) => { logs.push({ level: 'error', msg, fields }); },
      },
    });
    const documents = new RoomDocuments({
      store,
      limits,
      roomIdleMs: options.roomIdleMs ?? 60_000,
      compactAfterUpdates: options.compactAfterUpdates ?? 500,
      awarenessRenewalMs: options.awarenessRenewalMs,
      log,
    });
    const server = new CollabServer({
      documents,
      authorizer: testAuthorizer(),
      limits,
      pingIntervalMs: options.pingIntervalMs,
      log,
    });
    const httpServer = http.createServer((_req, res) => { res.statusCode = 404; res.end(); });
    httpServer.on('upgrade', (req, socket, head) => {
      if (req.url?.startsWith('/collab/')) server.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const port = (httpServer.address() as AddressInfo).port;
    return new CollabHarness(server, documents, store, db, httpServer, port, dataDir, logs);
  }

  /** Base URL for providers: `ws://127.0.0.1:<port>/collab`. */
  get url(): string {
    return `ws://127.0.0.1:${this.port}/collab`;
  }

  /** Connects a stock WebsocketProvider and waits until it synced. */
  async connect(docName: string, user: TestUser, options: { doc?: Y.Doc; reconnect?: boolean } = {}): Promise<ProviderClient> {
    const doc = options.doc ?? new Y.Doc();
    const closes: SeenClose[] = [];
    const provider = new WebsocketProvider(this.url, docName, doc, {
      connect: true,
      disableBc: true,
      WebSocketPolyfill: webSocketWithHeaders(testHeaders(user)) as unknown as typeof globalThis.WebSocket,
      shouldReconnect: () => options.reconnect ?? false,
    });
    provider.on('connection-close', (event) => { if (event) closes.push({ code: event.code, reason: event.reason }); });
    const client = { doc, provider, closes, destroy: () => { provider.destroy(); doc.destroy(); } };
    this.clients.add(client);
    await waitFor(() => provider.synced || closes.length > 0, `${user.name} to sync`);
    if (!provider.synced) throw new Error(`${user.name} was closed: ${JSON.stringify(closes)}`);
    return client;
  }

  /** Opens a raw `ws` socket (no Yjs at all) and waits until it is open. */
  async raw(docName: string, user: TestUser): Promise<RawClient> {
    const ws = new WebSocket(`${this.url}/${docName}`, { headers: testHeaders(user) });
    const received: Uint8Array[] = [];
    ws.on('message', (data) => received.push(new Uint8Array(data as Buffer)));
    ws.on('error', () => {});
    const closed = new Promise<SeenClose>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('unexpected-response', () => reject(new Error('upgrade refused'))); });
    const client = { ws, received, closed, send: (frame: Uint8Array) => ws.send(frame), destroy: () => ws.terminate() };
    this.clients.add(client);
    return client;
  }

  /** Sends a bare upgrade request and reports the HTTP answer (101 when it was upgraded). */
  upgrade(pathAndQuery: string, headers: Record<string, string> = {}): Promise<UpgradeAnswer> {
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: this.port,
        path: pathAndQuery,
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64'),
          ...headers,
        },
      });
      req.on('upgrade', (res, socket) => { socket.destroy(); resolve({ status: res.statusCode ?? 0, body: '', upgraded: true }); });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => { body += chunk; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, upgraded: false }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  /** The document as stored (every stored update applied to a fresh doc), after a flush. */
  async storedDoc<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> {
    await this.store.flush();
    const stored = await this.store.load(docName);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    try {
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Destroys every client, shuts the server down and closes the database (the data folder stays). */
  stop(): Promise<void> {
    this.stopped ??= this.shutDown();
    return this.stopped;
  }

  private async shutDown(): Promise<void> {
    for (const client of this.clients) client.destroy();
    this.clients.clear();
    await this.server.shutdown();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    await this.store.close();
    this.db.close();
  }

  /** Stops and removes the data folder. */
  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A valid document name of a meeting-1 group in a workshop with a fresh id. */
export function groupDoc(group = 1): string {
  return `w/${crypto.randomBytes(9).toString('base64url')}/m1/g/${group}`;
}
