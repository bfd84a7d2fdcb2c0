// SPDX-License-Identifier: EUPL-1.2
/**
 * The reveal section of `npm run bench` (issue 9): what the worst-case reveal costs another
 * workshop. One Stip server runs in this process (so its event loop can be measured directly with
 * `perf_hooks.monitorEventLoopDelay`); typists of workshop "Buurdorp" type into their group's
 * horizon from forked load workers (bench/loadRunner.ts). Three times the same load (without,
 * with, without again, so that noise from other work on the machine shows):
 *   without reveal  the typists alone;
 *   with reveal     the facilitators of fresh workshops ask for the reveal (POST /api/workshops/<id>/reveal)
 *                   one after another, each of 40 members × 40 private statements of 600 characters
 *                   (the draft limit; the group document takes 400 of them, its own limit).
 * Printed per run, over the same window (from the first keystroke, as long as the reveals took):
 * the server's event-loop delay p50/p99/max and the typists' keystroke latency p50/p99 (sent →
 * every other typist has it). Figures, no thresholds.
 *
 *   BENCH_REVEAL_ROUNDS (5: reveals in the run)  BENCH_REVEAL_TYPERS (10)  BENCH_RATE (5 keystrokes/s)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { ParticipantView, WorkshopDetail } from '../shared/api.js';
import { draftDocName, groupDocName } from '../shared/docNames.js';
import { addStatement } from '../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../shared/limits.js';
import { startStip, type StipApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { runLoad, progress } from './loadRunner.js';
import { computeMetrics } from './results.js';
import { LOOPBACK, type RunningServer } from './servers.js';
import { sessionCookies } from './stipSeeder.js';
import { fmt, formatTable, summarize } from './stats.js';
import { sharedNow, type ClientPlan } from './workerProtocol.js';

const DRAFTS = 40;
const STATEMENTS_PER_DRAFT = DEFAULT_LIMITS.maxDraftStatements;

interface Knobs { rounds: number; typers: number; rate: number }

function knob(key: string, fallback: number): number {
  const value = Number(process.env[key] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${key} must be a number above 0, got "${process.env[key]}"`);
  return value;
}

/** The API of the in-process server, with a session cookie. */
function apiOf(base: string) {
  return async <T>(pathname: string, cookie: string | null, body?: unknown): Promise<T> => {
    const res = await fetch(base + pathname, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${pathname}: ${res.status} ${text.slice(0, 200)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

interface Workshop { id: string; facilitatorCookie: string; members: ParticipantView[] }

/** A workshop with `count` members in group 1, made through the API as the set-up session. */
async function seedWorkshop(app: StipApp, base: string, gemeente: string, count: number): Promise<Workshop> {
  const api = apiOf(base);
  const [setupCookie] = await sessionCookies([await app.issueSetupLink()], base);
  const created = await api<WorkshopDetail>('/api/workshops', setupCookie, { gemeente });
  const members: ParticipantView[] = [];
  for (let i = 0; i < count; i++) {
    members.push(await api<ParticipantView>(`/api/workshops/${created.id}/participants`, setupCookie, {
      name: `${gemeente} ${i + 1}`, role: i % 2 ? 'ambtenaar' : 'raadslid', group: 1,
    }));
  }
  const [facilitatorCookie] = await sessionCookies([created.facilitatorLink], base);
  return { id: created.id, facilitatorCookie, members };
}

/** Fills every member's private draft to the draft limit with statements of the longest allowed text. */
async function fillDrafts(app: StipApp, workshop: Workshop): Promise<void> {
  const records = (await app.services.stores.workshops.listParticipants(workshop.id)).filter((p) => p.role !== 'facilitator');
  const text = 'x'.repeat(DEFAULT_LIMITS.maxStatementChars);
  for (const p of records) {
    await app.documents.change(draftDocName(workshop.id, 1, p.id), (doc) => {
      for (let i = 0; i < STATEMENTS_PER_DRAFT; i++) addStatement(doc, { kind: 'openStaan', text, authorKey: p.authorKey, authorRole: p.role });
    });
  }
}

/** Resolves at the first keystroke any typist sends into `room` (seen by a watching client in this process). */
function firstKeystroke(base: string, room: string, cookie: string): { started: Promise<number>; stop: () => void } {
  class CookieSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) { super(url, protocols, { headers: { cookie }, origin: base }); }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${base.replace(/^http/, 'ws')}/collab`, room, doc, {
    WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket, disableBc: true,
  });
  provider.awareness.setLocalState(null);
  const started = new Promise<number>((resolve) => {
    doc.on('update', (_update: Uint8Array, origin: unknown) => { if (provider.synced && origin === provider) resolve(sharedNow()); });
  });
  return { started, stop: () => { provider.destroy(); doc.destroy(); } };
}

/** One run: the typists type; with `reveal`, the workshops' reveals run one after another from the first keystroke. */
async function measure(app: StipApp, typists: Workshop, knobs: Knobs, reveals: Workshop[] | null, windowMs: number | null) {
  const base = `http://${LOOPBACK}:${app.port}`;
  const room = groupDocName(typists.id, 1);
  const cookies = await sessionCookies(typists.members.map((m) => m.link), base);
  const plans: ClientPlan[] = cookies.map((cookie, index) => ({ index, room, cookie, keystrokesPerSecond: knobs.rate }));
  const server: RunningServer = { kind: 'stip', pid: process.pid, wsUrl: `${base.replace(/^http/, 'ws')}/collab`, httpBase: base, output: () => '', stop: async () => {} };
  const watch = firstKeystroke(base, room, typists.facilitatorCookie);
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const noKeystroke = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no keystroke reached the watching client')), 120_000).unref());
  const windowed = Promise.race([watch.started, noKeystroke]).then(async (start) => {
    delay.enable();
    if (reveals) {
      const api = apiOf(base);
      for (const w of reveals) await api(`/api/workshops/${w.id}/reveal`, w.facilitatorCookie, {});
    } else {
      await new Promise((resolve) => setTimeout(resolve, windowMs ?? 5_000));
    }
    delay.disable();
    return { start, end: sharedNow() };
  });
  const seconds = Math.ceil(Math.max(20, ((windowMs ?? 0) / 1000) * 2 + 10));
  const raw = await runLoad(server, plans, { durationMs: seconds * 1000, drainMs: 10_000, settleMs: 2_000, workers: 2 });
  watch.stop();
  const window = await windowed;
  const metrics = computeMetrics(raw);
  const inWindow = metrics.samples.filter((s) => s.sentAt >= window.start && s.sentAt <= window.end).map((s) => s.latencyMs);
  const ms = (ns: number) => ns / 1e6;
  return {
    windowMs: window.end - window.start,
    loopP50: ms(delay.percentile(50)), loopP99: ms(delay.percentile(99)), loopMax: ms(delay.max),
    keys: summarize(inWindow), keystrokes: inWindow.length, typedToEnd: window.end <= window.start + seconds * 1000,
    loadAverage: raw.loadAverage,
  };
}

/** Runs the section and prints its table. */
export async function runRevealBench(): Promise<void> {
  const knobs: Knobs = { rounds: knob('BENCH_REVEAL_ROUNDS', 5), typers: knob('BENCH_REVEAL_TYPERS', 10), rate: knob('BENCH_RATE', 5) };
  console.log(`\n== reveal: event-loop delay for another workshop while the worst-case reveal runs (${knobs.rounds} × ${DRAFTS} drafts × ${STATEMENTS_PER_DRAFT} statements of ${DEFAULT_LIMITS.maxStatementChars} characters; ${knobs.typers} typists at ${knobs.rate}/s in another workshop)`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-bench-reveal-'));
  const app = await startStip(loadConfig({}, { port: 0, host: LOOPBACK, clientDir: null, publicUrl: null, quiet: true, dataDir }));
  try {
    const base = `http://${LOOPBACK}:${app.port}`;
    progress('seeding the typists\' workshop and the workshops to reveal');
    const typists = await seedWorkshop(app, base, 'Buurdorp', knobs.typers);
    const reveals: Workshop[] = [];
    for (let r = 0; r < knobs.rounds; r++) {
      const w = await seedWorkshop(app, base, `Onthuldorp${r + 1}`, DRAFTS);
      await fillDrafts(app, w);
      reveals.push(w);
    }
    // Without, with, without again: the two runs without bracket the one with, so noise from other
    // work on the machine shows as a difference between them (and in the load average).
    progress('without reveal (before)');
    const before = await measure(app, typists, knobs, null, 5_000);
    progress('with reveal');
    const withReveal = await measure(app, typists, knobs, reveals, null);
    progress('without reveal (after, same window)');
    const after = await measure(app, typists, knobs, null, withReveal.windowMs);
    const row = (name: string, m: typeof withReveal) => [
      name, fmt(m.windowMs / 1000, 1), fmt(m.loopP50, 1), fmt(m.loopP99, 1), fmt(m.loopMax, 1),
      fmt(m.keys?.p50, 1), fmt(m.keys?.p99, 1), String(m.keystrokes), fmt(m.loadAverage, 2),
    ];
    console.log(formatTable(
      ['run', 'window s', 'loop delay p50 ms', 'p99 ms', 'max ms', 'keystroke p50 ms', 'p99 ms', 'keystrokes', 'load avg'],
      [row('without reveal (before)', before), row('with reveal', withReveal), row('without reveal (after)', after)],
    ));
    if (!withReveal.typedToEnd) console.log('note: the reveals outlasted the typing; keystroke figures cover only part of the window');
    console.log('note: server in the bench process (tsx), typists in forked workers; a 2-core machine shared with other work, so figures are noisy');
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
