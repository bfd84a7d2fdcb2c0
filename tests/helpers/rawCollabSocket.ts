// SPDX-License-Identifier: EUPL-1.2
/**
 * A raw `ws` socket on `/collab/<docName>` of a real Stip server, sending a session cookie (and an
 * Origin when asked): for tests that send hand-made frames and watch exactly what comes back.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { StipApp } from '../../server/app.js';

/** How the server closed an open socket. */
export interface RawClose { code: number; reason: string }

/** An open raw socket and everything it received. */
export interface RawCollabSocket {
  ws: WebSocket;
  received: Uint8Array[];
  /** Resolves when the socket closes (from either side). */
  closed: Promise<RawClose>;
  /** True once closed. */
  readonly isClosed: boolean;
  send(frame: Uint8Array): void;
  /** Resolves with the first received frame (past or future) that matches. */
  frame(match: (f: Uint8Array) => boolean): Promise<Uint8Array>;
  /** Resolves once at least `n` received frames match. */
  count(match: (f: Uint8Array) => boolean, n: number): Promise<void>;
  close(): void;
}

/** The result of an upgrade attempt: an open socket, or the HTTP refusal. */
export type RawOpening = { ok: true; socket: RawCollabSocket } | { ok: false; status: number; body: string; headers?: Record<string, string | string[] | undefined> };

/** Options of openRawCollab. */
export interface RawOptions { cookie?: string | null; origin?: string; headers?: Record<string, string> }

/** Tries to open `/collab/<docName>` on the server at `url` (http://host:port). */
export function openRawCollab(url: string, docName: string, options: RawOptions = {}): Promise<RawOpening> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/collab/${docName}`, { headers, perMessageDeflate: false });
  const received: Uint8Array[] = [];
  const waiters: { match: (f: Uint8Array) => boolean; resolve: (f: Uint8Array) => void }[] = [];
  const counters: { check: () => boolean; resolve: () => void }[] = [];
  let isClosed = false;
  ws.on('message', (data: Buffer) => {
    const f = new Uint8Array(data);
    received.push(f);
    for (const w of [...waiters]) if (w.match(f)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(f); }
    for (const c of [...counters]) if (c.check()) { counters.splice(counters.indexOf(c), 1); c.resolve(); }
  });
  const closed = new Promise<RawClose>((resolve) => ws.on('close', (code, reason) => { isClosed = true; resolve({ code, reason: reason.toString() }); }));
  const socket: RawCollabSocket = {
    ws, received, closed,
    get isClosed() { return isClosed; },
    send: (frame) => ws.send(frame),
    frame: (match) => {
      const seen = received.find(match);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    count: (match, n) => {
      const check = () => received.filter(match).length >= n;
      return check() ? Promise.resolve() : new Promise<void>((resolve) => counters.push({ check, resolve }));
    },
    close: () => ws.close(),
  };
  return new Promise<RawOpening>((resolve) => {
    ws.on('error', () => { /* a refused upgrade also reports here; 'unexpected-response' answers it */ });
    ws.once('open', () => resolve({ ok: true, socket }));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
      res.on('end', () => { ws.terminate(); resolve({ ok: false, status: res.statusCode ?? 0, body, headers: res.headers }); });
    });
  });
}

/** True for a sync step 2 frame (the answer to a step 1). */
export const isSyncStep2 = (f: Uint8Array) => f.length >= 2 && f[0] === 0 && f[1] === 1;
/** True for an awareness frame. */
export const isAwareness = (f: Uint8Array) => f.length >= 1 && f[0] === 1;

/** The server's current state vector of a document, as bytes that compare with Buffer.equals. */
export async function serverStateVector(app: StipApp, docName: string): Promise<Buffer> {
  return Buffer.from(await app.documents.read(docName, (doc) => Y.encodeStateVector(doc)));
}
