// SPDX-License-Identifier: EUPL-1.2
/**
 * A misbehaving network between WebSocket clients and the real collaboration server, for fuzz
 * tests. It listens on 127.0.0.1 port 0 and works at the WebSocket *message* level: it terminates
 * the client's WebSocket, opens its own WebSocket to the server with the same path and headers,
 * and forwards every message, each way, through a lane that a seeded random source drives.
 *
 * What it can do, and why it is modelled this way:
 * - delay: each message waits 0..maxDelayMs (a share `delayChance` of them; the rest pass at
 *   once). Within one connection the order is kept by default, as TCP keeps it; because every
 *   connection draws its own delays, messages of *different* connections overtake each other —
 *   that is the reordering real networks produce between peers. `reorderWithinConnection` lets
 *   messages of one connection overtake each other too; no real network does that to a WebSocket,
 *   it only exists to stress the CRDT beyond what production sees.
 * - drop: a message is never dropped inside a live connection. y-websocket assumes a reliable,
 *   ordered stream (it sends each update once and only re-syncs on reconnect), and a real network
 *   that loses packets either retransmits them or breaks the connection. So "drop" is `cut`: both
 *   sockets are terminated without a close handshake and whatever was still in flight in either
 *   lane is lost, exactly what a broken TCP connection does.
 * - refuse: new connections (of one client label, or all) are answered `503` for a while, so
 *   reconnects fail and the provider backs off, like a server behind a failing load balancer.
 *   When the server itself cannot be reached (restarting), the upgrade is answered `502`; an
 *   HTTP refusal of the server is passed on with its own status.
 * - close: a close from either side travels in its lane behind the messages sent before it and is
 *   passed on with the same code and reason (codes that may not be sent, 1005/1006, become a
 *   termination).
 * `heal()` stops refusing, sets the delay to zero and delivers everything still waiting.
 * `setTarget()` points new connections at another server (a restarted one on a new port).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import WebSocket, { WebSocketServer, type RawData } from 'ws';

/** Settings of a proxy. */
export interface NetProxyOptions {
  /** Where connections go, as `ws://host:port` (the request path is appended). */
  target: string;
  /** The random source of every decision (a seeded PRNG in fuzz tests). */
  random: () => number;
  /** Longest delay of one message, in ms (default 0: pass everything at once). */
  maxDelayMs?: number;
  /** Share of messages that are delayed at all (default 0.5). */
  delayChance?: number;
  /** Lets messages of one connection overtake each other (default false; see the header). */
  reorderWithinConnection?: boolean;
  /** The label of a connecting client, used by `cut` and `refuse` (default: the x-test-name header). */
  labelOf?: (req: http.IncomingMessage) => string;
}

/** Counters of what the proxy did. */
export interface NetProxyStats {
  connections: number;
  refused: number;
  upstreamFailed: number;
  cuts: number;
  messages: number;
  delayed: number;
  /** Messages that were in flight when their connection was cut. */
  lostInCuts: number;
}

type Payload = { kind: 'message'; data: Buffer; isBinary: boolean } | { kind: 'close'; code: number; reason: string };
type Queued = Payload & { at: number };

/** Close codes a WebSocket endpoint may send (ws refuses the others). */
function isSendableCloseCode(code: number): boolean {
  return (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) || (code >= 3000 && code <= 4999);
}

/** One direction of one connection: messages wait here until their delivery time. */
class Lane {
  private queue: Queued[] = [];
  private timer: NodeJS.Timeout | null = null;
  private lastAt = 0;

  constructor(private readonly deliver: (payload: Payload) => void) {}

  /** Queues a payload for delivery after `delayMs`; closes always go behind everything queued. */
  push(payload: Payload, delayMs: number, keepOrder: boolean): void {
    let at = performance.now() + delayMs;
    if (keepOrder || payload.kind === 'close') at = Math.max(at, this.lastAt);
    this.lastAt = Math.max(this.lastAt, at);
    let i = this.queue.length;
    while (i > 0 && this.queue[i - 1].at > at) i--;
    this.queue.splice(i, 0, { ...payload, at });
    this.schedule();
  }

  /** Delivers everything queued now, in delivery order. */
  flush(): void {
    for (const item of this.queue) item.at = 0;
    this.lastAt = 0;
    this.schedule();
  }

  /** Forgets everything queued; returns how many messages were lost. */
  drop(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const lost = this.queue.filter((q) => q.kind === 'message').length;
    this.queue = [];
    return lost;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const now = performance.now();
    while (this.queue.length > 0 && this.queue[0].at <= now) this.deliver(this.queue.shift()!);
    if (this.queue.length > 0) this.timer = setTimeout(() => this.schedule(), Math.max(0, this.queue[0].at - now));
  }
}

/** One proxied connection: the client's socket, the server's socket and a lane each way. */
class Link {
  cut = false;
  /** Sides (client, server) whose socket has closed; the link is forgotten at two. */
  closedSides = 0;
  readonly toServer: Lane;
  readonly toClient: Lane;

  constructor(readonly label: string, readonly client: WebSocket, readonly server: WebSocket) {
    this.toServer = new Lane((p) => pass(p, server));
    this.toClient = new Lane((p) => pass(p, client));
  }

  /** Breaks the connection: both sockets terminated, in-flight messages lost. */
  sever(): number {
    this.cut = true;
    const lost = this.toServer.drop() + this.toClient.drop();
    this.client.terminate();
    this.server.terminate();
    return lost;
  }
}

function pass(payload: Payload, to: WebSocket): void {
  if (to.readyState !== WebSocket.OPEN) return;
  if (payload.kind === 'message') to.send(payload.data, { binary: payload.isBinary });
  else if (isSendableCloseCode(payload.code)) to.close(payload.code, payload.reason);
  else to.terminate();
}

/** Request headers that belong to the hop, not to the client. */
const HOP_HEADERS = new Set(['host', 'connection', 'upgrade', 'sec-websocket-key', 'sec-websocket-version', 'sec-websocket-extensions', 'sec-websocket-protocol']);

function forwardedHeaders(req: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (HOP_HEADERS.has(name) || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function answer(socket: Duplex, status: number, body = ''): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? 'Error'}\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  socket.once('finish', () => socket.destroy());
}

const defaultLabel = (req: http.IncomingMessage): string => {
  const name = req.headers['x-test-name'];
  if (typeof name === 'string') return decodeURIComponent(name);
  return `${req.socket.remoteAddress}:${req.socket.remotePort}`;
};

/** A seeded, misbehaving WebSocket proxy in front of a server (see the header). */
export class NetProxy {
  /** What the proxy did so far. */
  readonly stats: NetProxyStats = { connections: 0, refused: 0, upstreamFailed: 0, cuts: 0, messages: 0, delayed: 0, lostInCuts: 0 };
  private readonly links = new Set<Link>();
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly refusedUntil = new Map<string, number>();
  private refuseAllUntil = 0;
  private target: string;
  private maxDelayMs: number;
  private delayChance: number;
  private readonly keepOrder: boolean;
  private readonly labelOf: (req: http.IncomingMessage) => string;

  private constructor(private readonly http: http.Server, readonly port: number, private readonly options: NetProxyOptions) {
    this.target = options.target;
    this.maxDelayMs = options.maxDelayMs ?? 0;
    this.delayChance = options.delayChance ?? 0.5;
    this.keepOrder = !options.reorderWithinConnection;
    this.labelOf = options.labelOf ?? defaultLabel;
    http.on('upgrade', (req, socket, head) => this.admit(req, socket, head));
  }

  /** Starts a proxy on 127.0.0.1, port 0. */
  static async start(options: NetProxyOptions): Promise<NetProxy> {
    const server = http.createServer((_req, res) => { res.statusCode = 404; res.end(); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new NetProxy(server, (server.address() as AddressInfo).port, options);
  }

  /** Base URL clients use instead of the server's, e.g. `ws://127.0.0.1:<port>`. */
  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Points new connections at another server (`ws://host:port`); open ones stay where they are. */
  setTarget(target: string): void {
    this.target = target;
  }

  /** Changes how long messages may wait from now on (0: pass at once). */
  setDelay(maxDelayMs: number, delayChance = this.delayChance): void {
    this.maxDelayMs = maxDelayMs;
    this.delayChance = delayChance;
  }

  /** Cuts the open connections of one client label (or all of them); returns how many were cut. */
  cut(label?: string): number {
    let cut = 0;
    for (const link of [...this.links]) {
      if (label !== undefined && link.label !== label) continue;
      this.stats.lostInCuts += link.sever();
      this.links.delete(link);
      cut++;
    }
    this.stats.cuts += cut;
    return cut;
  }

  /** Refuses new connections of one label (or, with null, of everyone) for `ms` milliseconds. */
  refuse(label: string | null, ms: number): void {
    const until = performance.now() + ms;
    if (label === null) this.refuseAllUntil = Math.max(this.refuseAllUntil, until);
    else this.refusedUntil.set(label, Math.max(this.refusedUntil.get(label) ?? 0, until));
  }

  /** Accepts connections again (all labels). */
  stopRefusing(): void {
    this.refusedUntil.clear();
    this.refuseAllUntil = 0;
  }

  /** Stops refusing, stops delaying and delivers every message still waiting. */
  heal(): void {
    this.stopRefusing();
    this.maxDelayMs = 0;
    for (const link of this.links) {
      link.toServer.flush();
      link.toClient.flush();
    }
  }

  /** Number of open proxied connections (of one label, or all). */
  openConnections(label?: string): number {
    let n = 0;
    for (const link of this.links) if (link.closedSides === 0 && (label === undefined || link.label === label)) n++;
    return n;
  }

  /** Terminates every connection and stops listening. */
  async close(): Promise<void> {
    this.cut();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private isRefused(label: string): boolean {
    const now = performance.now();
    return now < this.refuseAllUntil || now < (this.refusedUntil.get(label) ?? 0);
  }

  private admit(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const label = this.labelOf(req);
    if (this.isRefused(label)) {
      this.stats.refused++;
      return answer(socket, 503);
    }
    const upstream = new WebSocket(this.target + (req.url ?? '/'), { headers: forwardedHeaders(req), perMessageDeflate: false });
    const early: Payload[] = [];
    let link: Link | null = null;
    let failed = false;
    const fail = (status: number, counter: 'upstreamFailed' | 'refused' = 'upstreamFailed') => {
      if (link || failed) return;
      failed = true;
      this.stats[counter]++;
      answer(socket, status);
    };
    upstream.on('message', (data: RawData, isBinary: boolean) => this.forward(link, early, 'toClient', { kind: 'message', data: data as Buffer, isBinary }));
    upstream.on('close', (code: number, reason: Buffer) => this.forward(link, early, 'toClient', { kind: 'close', code, reason: reason.toString() }));
    upstream.on('error', () => fail(502));
    upstream.on('unexpected-response', (_r, res) => {
      fail(res.statusCode ?? 502);
      upstream.terminate();
    });
    socket.once('close', () => { if (!link) upstream.terminate(); });
    upstream.on('open', () => {
      if (socket.destroyed) return upstream.terminate();
      if (this.isRefused(label)) { // refused while the server answered: still refused
        fail(503, 'refused');
        return upstream.terminate();
      }
      this.wss.handleUpgrade(req, socket, head, (client) => {
        link = new Link(label, client, upstream);
        this.links.add(link);
        this.stats.connections++;
        const opened = link;
        client.on('error', () => {});
        client.on('message', (data: RawData, isBinary: boolean) => this.forward(opened, [], 'toServer', { kind: 'message', data: data as Buffer, isBinary }));
        client.on('close', (code: number, reason: Buffer) => this.forward(opened, [], 'toServer', { kind: 'close', code, reason: reason.toString() }));
        for (const payload of early.splice(0)) this.forward(opened, [], 'toClient', payload);
      });
    });
  }

  private forward(link: Link | null, early: Payload[], lane: 'toServer' | 'toClient', payload: Payload): void {
    if (!link) {
      early.push(payload);
      return;
    }
    if (link.cut) return;
    if (payload.kind === 'message') this.stats.messages++;
    else if (++link.closedSides === 2) this.links.delete(link);
    let delay = 0;
    if (this.maxDelayMs > 0 && this.options.random() < this.delayChance) {
      delay = this.options.random() * this.maxDelayMs;
      this.stats.delayed++;
    }
    link[lane].push(payload, delay, this.keepOrder);
  }
}
