// SPDX-License-Identifier: EUPL-1.2
/**
 * Test helpers: a real Stip server on port 0 in a temp data folder, sessions obtained by really
 * opening join links, an API caller, and a stock y-websocket `WebsocketProvider` in Node that
 * sends a session cookie.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { ParticipantView, WorkshopDetail } from '../../shared/api.js';
import type { Role } from '../../shared/roles.js';
import { startStip, type StipApp } from '../../server/app.js';
import { loadConfig, type ServerConfig } from '../../server/config.js';
import type { Log } from '../../server/log.js';
import { createPgTestDatabase } from './pgTestDatabase.js';
import { storeRows, type StoreRows } from './storeRows.js';

/** A participant made by seedWorkshop, with a live session cookie. */
export interface SeededParticipant { id: string; name: string; role: Role; group: number | null; cookie: string; link: string; authorKey: string }

/** What seedWorkshop made. */
export interface SeededWorkshop {
  workshopId: string;
  /** Cookie of the installation organiser (set-up session) that created the workshop. */
  setupCookie: string;
  facilitator: { cookie: string; link: string; authorKey: string };
  participants: SeededParticipant[];
}

/** What seedWorkshop gets: the workshop and its people (group optional: auto-placed when absent). */
export interface SeedInput {
  gemeente: string;
  showNames?: boolean;
  participants: { name: string; role: Role; group?: number }[];
}

/** A JSON API answer. */
export interface ApiResult<T = unknown> { status: number; body: T; headers: Headers }

/** A running test server. */
export interface TestServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly app: StipApp;
  readonly dataDir: string;
  /** The store's rows (SQLite or PostgreSQL), for setting a moment in the past or looking for what is left. */
  readonly rows: StoreRows;
  /** The PostgreSQL database the server keeps everything in, or null: SQLite in `dataDir`. */
  readonly databaseUrl: string | null;
  /** Calls the JSON API (writes get Content-Type: application/json unless headers say otherwise). */
  api<T = unknown>(pathname: string, options?: ApiOptions): Promise<ApiResult<T>>;
  /** Opens a join link (any origin: only its path is used) without following the redirect. */
  openLink(link: string): Promise<LinkOpening>;
  /** A new set-up session cookie (a fresh one-time set-up link, really opened). */
  setupSession(): Promise<string>;
  seedWorkshop(input: SeedInput): Promise<SeededWorkshop>;
  /** Stops the server (flushing everything) and starts it again on the same port and data. */
  restart(): Promise<void>;
  /** Stops the server and deletes the data folder (unless it was given). */
  close(): Promise<void>;
}

/** Options of TestServer.api. */
export interface ApiOptions { method?: string; cookie?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }

/** The answer to opening a join link. */
export interface LinkOpening { status: number; location: string | null; cookie: string | null }

/**
 * Starts startStip on port 0 in a fresh temp data folder (quiet, no client). With `overrides.dataDir`
 * it uses that folder instead and leaves it in place on close; with `options.log` the server logs there.
 */
export async function startTestServer(overrides: Partial<ServerConfig> = {}, options: { log?: Log } = {}): Promise<TestServer> {
  const ownDataDir = overrides.dataDir === undefined;
  const dataDir = overrides.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stip-test-'));
  // STIP_TEST_STORE=postgres: every server gets a throwaway PostgreSQL database of its own (dropped on
  // close); STIP_TEST_DATABASE_URL: that database. Tests that read the SQLite file by design do not run
  // then (tests/integration/sqliteOnly.ts).
  const pgDatabase = overrides.databaseUrl === undefined && process.env.STIP_TEST_STORE === 'postgres' ? await createPgTestDatabase() : null;
  const databaseUrl = pgDatabase?.url ?? (process.env.STIP_TEST_DATABASE_URL || null);
  const config = loadConfig({}, { port: 0, host: '127.0.0.1', clientDir: null, publicUrl: null, quiet: true, databaseUrl, ...overrides, dataDir });
  let app = await startStip(config, options).catch(async (err: unknown) => {
    await pgDatabase?.drop();
    throw err;
  });
  const baseUrl = () => `http://127.0.0.1:${app.port}`;
  const rows = storeRows(() => app.db, config.databaseUrl);

  const api = async <T,>(pathname: string, options: ApiOptions = {}): Promise<ApiResult<T>> => {
    const headers: Record<string, string> = {};
    const hasBody = options.body !== undefined || options.rawBody !== undefined;
    const method = options.method ?? (hasBody ? 'POST' : 'GET');
    if (method !== 'GET' && method !== 'HEAD') headers['content-type'] = 'application/json';
    if (options.cookie) headers.cookie = options.cookie;
    Object.assign(headers, options.headers);
    const res = await fetch(baseUrl() + pathname, {
      method, headers, body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  };

  const openLink = async (link: string): Promise<LinkOpening> => {
    const res = await fetch(baseUrl() + new URL(link).pathname, { redirect: 'manual' });
    await res.arrayBuffer();
    const setCookie = res.headers.get('set-cookie');
    return { status: res.status, location: res.headers.get('location'), cookie: setCookie ? setCookie.split(';')[0] : null };
  };

  /** The author key of a participant's session (what the server stamps on their statements). */
  const authorKeyOf = async (cookie: string): Promise<string> => {
    const me = await api<{ participant?: { authorKey: string } }>('/api/me', { cookie });
    if (!me.body.participant) throw new Error(`No participant behind the session (${me.status})`);
    return me.body.participant.authorKey;
  };

  const sessionFrom = async (link: string): Promise<string> => {
    const opened = await openLink(link);
    if (!opened.cookie) throw new Error(`Opening a join link gave no session (${opened.status} → ${opened.location})`);
    return opened.cookie;
  };

  const server: TestServer = {
    get url() { return baseUrl(); },
    get app() { return app; },
    dataDir,
    rows,
    databaseUrl: config.databaseUrl,
    api,
    openLink,
    setupSession: async () => sessionFrom(await app.issueSetupLink()),
    async seedWorkshop(input) {
      const setupCookie = await sessionFrom(await app.issueSetupLink());
      const created = await api<WorkshopDetail>('/api/workshops', { cookie: setupCookie, body: { gemeente: input.gemeente, showNames: input.showNames ?? false } });
      if (created.status !== 201) throw new Error(`Creating a workshop failed: ${created.status} ${JSON.stringify(created.body)}`);
      const workshopId = created.body.id;
      const participants: SeededParticipant[] = [];
      for (const person of input.participants) {
        const added = await api<ParticipantView>(`/api/workshops/${workshopId}/participants`, { cookie: setupCookie, body: person });
        if (added.status !== 201) throw new Error(`Adding a participant failed: ${added.status} ${JSON.stringify(added.body)}`);
        const v = added.body;
        const cookie = await sessionFrom(v.link);
        participants.push({ id: v.id, name: v.name, role: v.role, group: v.group, link: v.link, cookie, authorKey: await authorKeyOf(cookie) });
      }
      const facilitatorLink = created.body.facilitatorLink;
      const facilitatorCookie = await sessionFrom(facilitatorLink);
      return { workshopId, setupCookie, facilitator: { link: facilitatorLink, cookie: facilitatorCookie, authorKey: await authorKeyOf(facilitatorCookie) }, participants };
    },
    async restart() {
      const port = app.port;
      await app.close();
      app = await startStip({ ...config, port }, options);
    },
    async close() {
      await app.close();
      await rows.close();
      await pgDatabase?.drop();
      if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** How a collab connection ended from the server's side. */
export interface CloseInfo { code: number; reason: string }

/** A WebsocketProvider class: the stock one, or the client's thin subclass (client/collab/RoomProvider.ts). */
type ProviderClass = new (serverUrl: string, roomName: string, doc: Y.Doc, options: { WebSocketPolyfill: typeof globalThis.WebSocket; disableBc: boolean; connect: boolean; maxBackoffTime: number }) => WebsocketProvider;

/** A stock y-websocket client in Node. */
export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves when the first sync with the server is done. */
  synced(): Promise<void>;
  /** Resolves with the first close the server made on an open socket. */
  closed(): Promise<CloseInfo>;
  /** Resolves with the HTTP status of the first refused upgrade (401, 403, 404…). */
  refused(): Promise<number>;
  /** Stops reconnecting and closes the socket. */
  destroy(): void;
}

/**
 * Connects a stock `WebsocketProvider` (y-websocket) to `/collab/<docName>` with the session cookie.
 * BroadcastChannel is off so that clients in one test process only meet through the server.
 */
export function collabClient(url: string, docName: string, cookie: string | null, options: { doc?: Y.Doc; connect?: boolean; Provider?: ProviderClass } = {}): CollabClient {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const doc = options.doc ?? new Y.Doc();
  const Provider = options.Provider ?? WebsocketProvider;
  const provider = new Provider(url.replace(/^http/, 'ws') + '/collab', docName, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 200,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on('sync', (state: boolean) => { if (state) resolve(); });
  });
  const closed = new Promise<CloseInfo>((resolve) => {
    provider.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (event) resolve({ code: event.code, reason: String(event.reason) });
    });
  });
  const refused = new Promise<number>((resolve) => {
    provider.on('connection-error', (event: Event) => {
      const message = (event as unknown as { message?: string }).message ?? '';
      const status = /Unexpected server response: (\d+)/.exec(message)?.[1];
      if (status) resolve(Number(status));
    });
  });
  return {
    doc,
    provider,
    synced: () => synced,
    closed: () => closed,
    refused: () => refused,
    destroy: () => provider.destroy(),
  };
}

/** Resolves once `check()` holds, checking after every change of the documents (no timing assumptions). */
export function until(docs: Y.Doc[], check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) { resolve(); return; }
    const onUpdate = () => {
      if (!check()) return;
      for (const d of docs) d.off('update', onUpdate);
      resolve();
    };
    for (const d of docs) d.on('update', onUpdate);
  });
}
