// SPDX-License-Identifier: EUPL-1.2
/**
 * Messages between the bench coordinator (bench/run.ts) and its load workers (bench/loadWorker.ts),
 * sent over the child_process IPC channel as JSON. One run goes:
 *
 *   coordinator                          worker
 *   connect {serverUrl, clients}   ->
 *                                  <-    ready {clients: [{index, clientId}]}   (every client synced)
 *   start {startAt, durationMs}    ->    at startAt: counters reset, clients type for durationMs
 *                                  <-    typed {finalClocks}                    (typing finished)
 *   expect {targets, deadline}     ->    waits until each client holds every other typer's keystrokes
 *                                        (or until deadline, epoch ms by Date.now())
 *                                  <-    drained {pendingClients}
 *   report                         ->
 *                                  <-    report {sent, received, snapshots, counters}
 *   close                          ->    destroys the providers and exits
 *                                  <-    error {message}                        (at any time)
 *
 * Times are milliseconds on a clock comparable across processes: `performance.timeOrigin +
 * performance.now()`. A keystroke is identified by the Yjs item id of the character it inserted:
 * `<clientId>:<clock>` (every keystroke inserts one character, so it advances its client's clock by 1).
 */
import * as Y from 'yjs';
import { addAmbition } from '../shared/roleGroupDoc.js';
import type { Role } from '../shared/roles.js';

/** One simulated person: a y-websocket provider on one document. */
export interface ClientPlan {
  /** Position in the run's client list (stable across workers). */
  index: number;
  /** Document name (the provider's room). */
  room: string;
  /** Cookie header for the upgrade request, or null (the reference server needs none). */
  cookie: string | null;
  /** Keystrokes per second this client types; 0 for a client that only reads. */
  keystrokesPerSecond: number;
  /** Who a typer in a role group writes its ambition as (bench/meeting2Bench.ts); absent elsewhere. */
  author?: ClientAuthor;
}

/** A statement's author: the session's author key and role. */
export interface ClientAuthor { authorKey: string; authorRole: Role }

/** Coordinator to worker. */
export type ToWorker =
  | { type: 'connect'; serverUrl: string; origin: string; clients: ClientPlan[]; syncTimeoutMs: number }
  | { type: 'start'; startAt: number; durationMs: number }
  | { type: 'expect'; targets: FinalClock[]; deadline: number }
  | { type: 'report' }
  | { type: 'close' };

/** A typer's Yjs clock after its last keystroke (= the number of keystrokes it typed). */
export interface FinalClock { room: string; clientId: number; clock: number }

/** Receive times of one keystroke over the clients of one worker. */
export type ReceivedEntry = [key: string, latestReceiveAt: number, receivers: number];

/** A keystroke as sent: its key and its send time. */
export type SentEntry = [key: string, sentAt: number];

/** What one client's copy of its document looks like at the end. */
export interface DocSnapshot { index: number; room: string; fingerprint: string; textLength: number }

/** Message and process counters of one worker over the load window (start to drained). */
export interface WorkerCounters {
  /** Document update messages received (sync step 2 and update), summed over clients. */
  updateMessages: number;
  /** Awareness messages received, summed over clients. */
  awarenessMessages: number;
  /** Connections that closed during the load window (a provider then reconnects). */
  disconnects: number;
  /** CPU seconds this worker process used in the load window. */
  cpuSeconds: number;
  /** This worker's event-loop delay in the load window, 99th percentile and longest, in ms: how far behind its clients were in reading what arrived. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

/** Worker to coordinator. */
export type FromWorker =
  | { type: 'ready'; clients: { index: number; clientId: number }[] }
  | { type: 'typed'; finalClocks: FinalClock[] }
  | { type: 'drained'; pendingClients: number }
  | { type: 'report'; sent: SentEntry[]; received: ReceivedEntry[]; snapshots: DocSnapshot[]; counters: WorkerCounters }
  | { type: 'error'; message: string };

/** The key of a keystroke: the id of the character it inserted. */
export const keystrokeKey = (clientId: number, clock: number) => `${clientId}:${clock}`;

/** A clock comparable across processes on one machine, in milliseconds. */
export const sharedNow = () => performance.timeOrigin + performance.now();

/**
 * The rich-text field a simulated person types into, each in a paragraph of their own: the horizon
 * of a group document, the content of the vision (the document rules refuse a free text field).
 */
export const benchField = (room: string) => (room.endsWith('/vision') ? 'content' : 'horizon');

/** Clocks a typer spends on its own paragraph (the element and its text) besides its keystrokes. */
export const PARAGRAPH_CLOCKS = 2;
/**
 * Clocks a typer spends on its own ambition in a role group (the entry and each of its fields),
 * counted on a scratch document, so a field added to the statement shape keeps the bench's
 * expected text length right (a fixed 8 went stale when `editors` was added).
 */
export const STATEMENT_CLOCKS = (() => {
  const doc = new Y.Doc();
  addAmbition(doc, { authorKey: 'k_clocks', authorRole: 'ambtenaar', text: '' });
  const clocks = Y.getState(doc.store, doc.clientID);
  doc.destroy();
  return clocks;
})();
