// SPDX-License-Identifier: EUPL-1.2
/**
 * Joins what the workers saw into the figures of one run: propagation latency per keystroke (from
 * its send time to the moment the last other client in its room had it), messages delivered,
 * server CPU and memory, and whether every room's copies ended up identical.
 */
import { summarize, type Percentiles } from './stats.js';
import type { RawRun } from './loadRunner.js';

/** One keystroke that reached everyone: when it was sent and how long until the last receiver had it. */
export interface LatencySample { key: string; room: string; sentAt: number; latencyMs: number }

/** The figures of one run against one server. */
export interface RunMetrics {
  /** Percentiles over keystrokes that reached every other client in their room; null if none did. */
  latency: Percentiles | null;
  keystrokes: number;
  /** Keystrokes that reached every other client in their room. */
  deliveredToAll: number;
  /** Document update messages received by all clients together in the load window. */
  updatesDelivered: number;
  awarenessDelivered: number;
  disconnects: number;
  serverCpuSeconds: number | null;
  windowSeconds: number;
  peakRssMb: number | null;
  rssAtStartMb: number | null;
  rssMaxInWindowMb: number;
  loadAverage: number;
  loadAverageEnd: number;
  /** CPU seconds of all load workers together in the window. */
  loadCpuSeconds: number;
  /** The load workers' event-loop delay in the window (the worst worker's p99 and max), ms. */
  loadLoopDelayP99Ms: number;
  loadLoopDelayMaxMs: number;
  /** Stip's own event-loop delay since it started (from GET /metrics), ms; null for the reference server. */
  serverLoopDelay: { p99Ms: number; maxMs: number } | null;
  converged: boolean;
  /** Why the run did not converge, in short lines. */
  problems: string[];
  /** Every fully delivered keystroke (for BENCH_DUMP_DIR). */
  samples: LatencySample[];
}

function latencies(raw: RawRun): { samples: LatencySample[]; keystrokes: number } {
  const roomSize = new Map<string, number>();
  for (const p of raw.plans) roomSize.set(p.room, (roomSize.get(p.room) ?? 0) + 1);
  const roomOfTyper = new Map(raw.finalClocks.map((f) => [String(f.clientId), f.room]));
  const received = new Map<string, { latest: number; receivers: number }>();
  for (const report of raw.reports) {
    for (const [key, latest, receivers] of report.received) {
      const entry = received.get(key);
      if (!entry) received.set(key, { latest, receivers });
      else { entry.receivers += receivers; entry.latest = Math.max(entry.latest, latest); }
    }
  }
  const samples: LatencySample[] = [];
  let keystrokes = 0;
  for (const report of raw.reports) {
    for (const [key, sentAt] of report.sent) {
      keystrokes++;
      const room = roomOfTyper.get(key.slice(0, key.indexOf(':')));
      const expected = room === undefined ? Infinity : (roomSize.get(room) ?? 0) - 1;
      const entry = received.get(key);
      if (room !== undefined && entry && entry.receivers >= expected) samples.push({ key, room, sentAt, latencyMs: entry.latest - sentAt });
    }
  }
  return { samples, keystrokes };
}

function convergence(raw: RawRun): string[] {
  const problems: string[] = [];
  const expectedLength = new Map<string, number>();
  for (const f of raw.finalClocks) expectedLength.set(f.room, (expectedLength.get(f.room) ?? 0) + f.clock);
  const rooms = new Map<string, { fingerprints: Set<string>; lengths: Set<number>; copies: number; planned: number }>();
  for (const p of raw.plans) {
    const room = rooms.get(p.room) ?? { fingerprints: new Set(), lengths: new Set(), copies: 0, planned: 0 };
    room.planned++;
    rooms.set(p.room, room);
  }
  for (const s of raw.reports.flatMap((r) => r.snapshots)) {
    const room = rooms.get(s.room)!;
    room.fingerprints.add(s.fingerprint);
    room.lengths.add(s.textLength);
    room.copies++;
  }
  for (const [name, room] of rooms) {
    const want = expectedLength.get(name) ?? 0;
    if (room.copies !== room.planned) problems.push(`${name}: ${room.copies} of ${room.planned} copies reported`);
    if (room.fingerprints.size !== 1) problems.push(`${name}: ${room.fingerprints.size} different copies`);
    if (room.lengths.size !== 1 || !room.lengths.has(want)) {
      problems.push(`${name}: text lengths ${Array.from(room.lengths).join('/')} instead of ${want}`);
    }
  }
  if (raw.pendingClients > 0) problems.push(`${raw.pendingClients} clients still missed keystrokes after the drain time`);
  return problems;
}

/** Computes the figures of a run from the raw observations. */
export function computeMetrics(raw: RawRun): RunMetrics {
  const { samples, keystrokes } = latencies(raw);
  const delivered = samples.length;
  const problems = convergence(raw);
  if (delivered < keystrokes) problems.push(`${keystrokes - delivered} of ${keystrokes} keystrokes did not reach everyone`);
  const sum = (f: (c: RawRun['reports'][number]['counters']) => number) => raw.reports.reduce((n, r) => n + f(r.counters), 0);
  return {
    latency: summarize(samples.map((x) => x.latencyMs)),
    keystrokes,
    deliveredToAll: delivered,
    updatesDelivered: sum((c) => c.updateMessages),
    awarenessDelivered: sum((c) => c.awarenessMessages),
    disconnects: sum((c) => c.disconnects),
    serverCpuSeconds: raw.serverCpuSeconds,
    windowSeconds: raw.windowSeconds,
    peakRssMb: raw.peakRssKb === null ? null : raw.peakRssKb / 1024,
    rssAtStartMb: raw.rssAtStartKb === null ? null : raw.rssAtStartKb / 1024,
    rssMaxInWindowMb: raw.rssMaxInWindowKb / 1024,
    loadAverage: raw.loadAverage,
    loadAverageEnd: raw.loadAverageEnd,
    loadCpuSeconds: sum((c) => c.cpuSeconds),
    loadLoopDelayP99Ms: Math.max(0, ...raw.reports.map((r) => r.counters.loopDelayP99Ms)),
    loadLoopDelayMaxMs: Math.max(0, ...raw.reports.map((r) => r.counters.loopDelayMaxMs)),
    serverLoopDelay: null,
    converged: problems.length === 0,
    problems,
    samples,
  };
}
