// SPDX-License-Identifier: EUPL-1.2
/**
 * One soak run against the real server as a child process (loopback only): N steady sockets over
 * M documents that keep editing, plus a stream of short-lived sockets on other documents (so rooms
 * are created and unloaded again) and of upgrade attempts that must be refused (invalid names,
 * another workshop's documents, no session). Samples the server's memory (RSS) and rooms, fits a
 * line through the memory samples, and reports every error the server logged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MetricsAnswer } from '../../server/http/metricsAnswer.js';
import { newTally, refusedAttempt, soakClient, type ClientTally, type SoakClient } from './soakClients.js';
import { DOCS_PER_WORKSHOP, seedSoak, type SoakWorkshop } from './soakSeeder.js';
import { freePort, startStipProcess, type StipProcess } from './stipProcess.js';

/** What a soak run does. */
export interface SoakOptions {
  sockets: number;
  docs: number;
  durationMs: number;
  /** Milliseconds between memory samples. */
  sampleEveryMs: number;
  /** Short-lived sockets opened per second (each lives 0.2–2 s on a document no steady socket uses). */
  churnPerSecond: number;
  /** Refused upgrade attempts per second. */
  badAttemptsPerSecond: number;
  /** Each steady writing socket makes one edit this often. */
  editEveryMs: number;
  /** The server's STIP_ROOM_IDLE_MS. */
  roomIdleMs: number;
  /** Where progress lines go. */
  print(line: string): void;
}

/** One sample of the server. */
export interface SoakSample { atMs: number; rssBytes: number | null; rooms: number; connections: number; busyDocs: number }

/** The figures of a run. */
export interface SoakResult {
  samples: SoakSample[];
  /** Slope of a least-squares line through the RSS samples after warm-up (the first fifth), in MB per minute. */
  rssGrowthMbPerMinute: number;
  steadyConnected: number;
  churnOpened: number;
  distinctDocsOpened: number;
  roomsMax: number;
  /** Documents whose room was opened and later left memory while the run went on. */
  unloadedDuringRun: number;
  /** Rooms in memory once every socket closed and the idle time passed (0: all unloaded). */
  roomsAfterIdle: number;
  tally: ClientTally;
  /** Lines the server wrote to stderr (with STIP_QUIET=1 only errors). */
  serverErrors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / den;
}

/** The soak's token of GET /metrics (the server's internal figures). */
const METRICS_TOKEN = 'soak-metrics-token';

async function health(server: StipProcess): Promise<MetricsAnswer> {
  const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}`, accept: 'application/json' } });
  return (await res.json()) as MetricsAnswer;
}

async function cookieOf(server: StipProcess, link: string): Promise<string> {
  const res = await fetch(server.url + new URL(link).pathname, { redirect: 'manual' });
  await res.arrayBuffer();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`a soak join link did not open (${res.status})`);
  return cookie;
}

interface Sessions { facilitator: string; members: Map<number, string> }

async function openSessions(server: StipProcess, workshops: SoakWorkshop[]): Promise<Map<string, Sessions>> {
  const out = new Map<string, Sessions>();
  for (const w of workshops) {
    const members = new Map<number, string>();
    for (const m of w.members) members.set(m.group, await cookieOf(server, m.link));
    out.set(w.id, { facilitator: await cookieOf(server, w.facilitatorLink), members });
  }
  return out;
}

/** Runs the soak; always stops the server and removes its data folder. */
export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-soak-'));
  const steadyWorkshops = Math.ceil(o.docs / DOCS_PER_WORKSHOP);
  const workshops = await seedSoak(dataDir, o.docs, Math.max(1, Math.ceil(steadyWorkshops / 2)));
  const server = await startStipProcess({ port: await freePort(), dataDir, env: { STIP_ROOM_IDLE_MS: String(o.roomIdleMs), STIP_METRICS_TOKEN: METRICS_TOKEN, STIP_SOCKETS_PER_SESSION: '0' } });
  const tally = newTally();
  const steady: SoakClient[] = [];
  const churn = new Set<SoakClient>();
  const timers: NodeJS.Timeout[] = [];
  const samples: SoakSample[] = [];
  const opened = new Set<string>();
  const busy = new Map<string, number>();
  const use = (doc: string, delta: number) => busy.set(doc, (busy.get(doc) ?? 0) + delta);
  let churnOpened = 0;
  // Every stock provider adds an exit listener to the process.
  const maxListeners = process.getMaxListeners();
  process.setMaxListeners(Math.max(maxListeners, o.sockets + 200));
  try {
    const sessions = await openSessions(server, workshops);
    const allDocs = workshops.flatMap((w) => w.docs.map((d) => ({ ...d, workshop: w.id })));
    const steadyDocs = allDocs.slice(0, o.docs);
    const cookieFor = (workshop: string, opener: 'facilitator' | number) => {
      const s = sessions.get(workshop)!;
      return opener === 'facilitator' ? s.facilitator : s.members.get(opener)!;
    };

    o.print(`soak: ${o.sockets} sockets over ${steadyDocs.length} documents in ${workshops.length} workshops, ${Math.round(o.durationMs / 1000)} s, server pid ${server.pid}`);
    for (let i = 0; i < o.sockets; i += 50) {
      const batch: SoakClient[] = [];
      for (let j = i; j < Math.min(i + 50, o.sockets); j++) {
        const d = steadyDocs[j % steadyDocs.length];
        const client = soakClient(server.url, d.name, cookieFor(d.workshop, d.opener), tally);
        opened.add(d.name);
        use(d.name, 1);
        batch.push(client);
        steady.push(client);
      }
      await Promise.all(batch.map((c) => c.synced));
    }
    o.print(`soak: ${steady.length} steady sockets synced`);

    // Steady writers edit; the live, consultation and agreements documents are server-written (read-only for everyone).
    const writers = steady.filter((_, i) => !/\/(live|consultation|agreements)$/.test(steadyDocs[i % steadyDocs.length].name));
    const editTick = Math.max(10, o.editEveryMs / Math.max(1, writers.length));
    let nextWriter = 0;
    timers.push(setInterval(() => { writers[nextWriter++ % writers.length]?.edit(); }, editTick));

    // Short-lived sockets on documents no steady socket uses (the members' private drafts and the
    // extra workshops): rooms that load, go idle and unload.
    const churnDocs = workshops.flatMap((w) => w.members.map((m) => ({ doc: m.draft, cookie: sessions.get(w.id)!.members.get(m.group)! })))
      .concat(allDocs.slice(o.docs).map((d) => ({ doc: d.name, cookie: cookieFor(d.workshop, d.opener) })));
    timers.push(setInterval(() => {
      if (churn.size >= 100) return;
      const d = churnDocs[Math.floor(Math.random() * churnDocs.length)];
      const client = soakClient(server.url, d.doc, d.cookie, tally);
      churn.add(client);
      opened.add(d.doc);
      use(d.doc, 1);
      churnOpened++;
      void client.synced.then(() => { if (!/\/(live|consultation|agreements)$/.test(d.doc)) client.edit(); });
      setTimeout(() => { churn.delete(client); use(d.doc, -1); client.destroy(); }, 200 + Math.random() * 1800);
    }, 1000 / o.churnPerSecond));

    // Upgrade attempts that must all be refused, none of them creating a room.
    const [first, second] = workshops;
    const foreignCookie = sessions.get(first.id)!.members.get(1)!;
    const attempts: (() => [string, string | null])[] = [
      () => [`/collab/w/${first.id}/m1/g/9`, foreignCookie],
      () => [`/collab/w/${first.id}/../../etc/passwd`, foreignCookie],
      () => [`/collab/${'x'.repeat(200)}`, null],
      () => [`/collab/w/${(second ?? first).id}/m1/g/2`, second ? foreignCookie : null],
      () => [`/collab/w/${first.id}/vision`, null],
      () => [`/collab/w/OnbekendeWorkshop1/vision`, foreignCookie],
    ];
    let attempt = 0;
    timers.push(setInterval(() => { const [p, c] = attempts[attempt++ % attempts.length](); void refusedAttempt(server.url, p, c, tally); }, 1000 / o.badAttemptsPerSecond));

    const started = performance.now();
    const sample = async () => {
      const h = await health(server);
      const busyDocs = [...busy.values()].filter((n) => n > 0).length;
      const s: SoakSample = { atMs: Math.round(performance.now() - started), rssBytes: server.rss(), rooms: h.rooms, connections: h.connections, busyDocs };
      samples.push(s);
      const mb = s.rssBytes === null ? '?' : (s.rssBytes / 1024 / 1024).toFixed(1);
      o.print(`soak: t=${(s.atMs / 1000).toFixed(0)}s rss=${mb} MB rooms=${s.rooms} (with sockets ${busyDocs}, idle awaiting unload ${Math.max(0, s.rooms - busyDocs)}) `
        + `connections=${s.connections} edits=${tally.edits} churn=${churnOpened} refused=${[...tally.refusals.values()].reduce((a, b) => a + b, 0)} errors=${server.stderr().split('\n').filter(Boolean).length}`);
    };
    await sample();
    while (performance.now() - started < o.durationMs) {
      await sleep(Math.min(o.sampleEveryMs, Math.max(0, o.durationMs - (performance.now() - started))));
      await sample();
    }
    for (const t of timers.splice(0)) clearInterval(t);
    const roomsAtEnd = (await health(server)).rooms;
    for (const c of [...steady, ...churn]) c.destroy();
    churn.clear();

    // Every room must leave memory once it has been idle long enough.
    let roomsAfterIdle = (await health(server)).rooms;
    const deadline = performance.now() + o.roomIdleMs + 30_000;
    while (roomsAfterIdle > 0 && performance.now() < deadline) {
      await sleep(Math.min(500, o.roomIdleMs));
      roomsAfterIdle = (await health(server)).rooms;
    }
    // The first fifth of the run is warm-up (caches, JIT, allocator): the line is fitted after it.
    const all = samples.filter((s) => s.rssBytes !== null).map((s) => ({ at: s.atMs, x: s.atMs / 60_000, y: s.rssBytes! / 1024 / 1024 }));
    const settled = all.filter((p) => p.at >= o.durationMs / 5);
    const points = settled.length >= 2 ? settled : all;
    const result: SoakResult = {
      samples,
      rssGrowthMbPerMinute: slope(points),
      steadyConnected: steady.length,
      churnOpened,
      distinctDocsOpened: opened.size,
      roomsMax: Math.max(...samples.map((s) => s.rooms)),
      unloadedDuringRun: Math.max(0, opened.size - roomsAtEnd),
      roomsAfterIdle,
      tally,
      serverErrors: server.stderr().split('\n').filter(Boolean),
    };
    o.print(`soak: done. RSS growth ${result.rssGrowthMbPerMinute.toFixed(2)} MB/min (linear fit over ${points.length} samples after warm-up); rooms max ${result.roomsMax}, unloaded while running ${result.unloadedDuringRun}, `
      + `after idle ${roomsAfterIdle}; documents opened ${opened.size}; churn sockets ${churnOpened}; edits ${tally.edits}; `
      + `refused attempts ${JSON.stringify(Object.fromEntries(tally.refusals))}; unexpected closes ${tally.unexpectedCloses}; server errors ${result.serverErrors.length}`);
    return result;
  } finally {
    for (const t of timers) clearInterval(t);
    for (const c of [...steady, ...churn]) c.destroy();
    await server.stop('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.setMaxListeners(maxListeners);
  }
}
