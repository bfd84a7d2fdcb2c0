// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs one load against one running server: deals the clients over forked workers, waits until all
 * are synced, lets them type for the set time, waits for the last keystrokes to arrive, measures
 * the server's CPU and memory over that window, and collects what every worker saw.
 */
import os from 'node:os';
import { readCpuSeconds, readMemoryKb, RssSampler } from './processStats.js';
import type { RunningServer } from './servers.js';
import { WorkerHandle } from './WorkerHandle.js';
import { sharedNow, type ClientPlan, type FinalClock, type FromWorker } from './workerProtocol.js';

/** What the workers and the server's process figures showed for one run. */
export interface RawRun {
  plans: ClientPlan[];
  reports: Extract<FromWorker, { type: 'report' }>[];
  finalClocks: FinalClock[];
  /** Clients that still missed keystrokes when the drain time ran out. */
  pendingClients: number;
  /** Server CPU seconds (utime + stime) from typing start until all keystrokes arrived. */
  serverCpuSeconds: number | null;
  /** Length of that window in seconds. */
  windowSeconds: number;
  /** Peak resident memory of the server process over its life (VmHWM, else the highest sampled VmRSS), kB. */
  peakRssKb: number | null;
  /** Server VmRSS when typing started, kB. */
  rssAtStartKb: number | null;
  /** Highest server VmRSS sampled while typing and draining, kB. */
  rssMaxInWindowKb: number;
  /** The machine's 1-minute load average when typing started (other work on the machine adds noise). */
  loadAverage: number;
  /** The machine's 1-minute load average when the drain ended. */
  loadAverageEnd: number;
}

/** How long the run types and waits. */
export interface LoadTiming {
  durationMs: number;
  drainMs: number;
  /** Quiet time between "all clients synced" and the first keystroke (joins settle, not measured). */
  settleMs: number;
  workers: number;
}

/** Logs a progress line (to stderr, so stdout keeps the figures). */
export const progress = (line: string) => process.stderr.write(`  ${line}\n`);

/** Runs the clients in plans against the server and returns the raw observations. */
export async function runLoad(server: RunningServer, plans: ClientPlan[], timing: LoadTiming): Promise<RawRun> {
  const workerCount = Math.max(1, Math.min(timing.workers, plans.length));
  const workers = Array.from({ length: workerCount }, (_, id) => new WorkerHandle(id));
  const all = <T>(f: (w: WorkerHandle) => Promise<T>) => Promise.all(workers.map(f));
  let sampler: RssSampler | null = null;
  try {
    progress(`connecting ${plans.length} clients over ${workerCount} workers`);
    workers.forEach((w, id) => w.send({
      type: 'connect', serverUrl: server.wsUrl, origin: server.httpBase, syncTimeoutMs: 60_000,
      clients: plans.filter((_, i) => i % workerCount === id),
    }));
    await all((w) => w.next('ready', 90_000));

    progress(`settling ${timing.settleMs / 1000} s, then typing for ${timing.durationMs / 1000} s`);
    const startAt = sharedNow() + timing.settleMs;
    workers.forEach((w) => w.send({ type: 'start', startAt, durationMs: timing.durationMs }));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - sharedNow())));
    const loadAverage = os.loadavg()[0];
    const rssAtStartKb = readMemoryKb(server.pid, 'VmRSS');
    sampler = new RssSampler(server.pid);
    const cpuBefore = readCpuSeconds(server.pid);
    const windowStart = sharedNow();
    const typed = await all((w) => w.next('typed', timing.settleMs + timing.durationMs + 30_000));
    const finalClocks = typed.flatMap((t) => t.finalClocks);

    const deadline = Date.now() + timing.drainMs;
    workers.forEach((w) => w.send({ type: 'expect', targets: finalClocks, deadline }));
    const drained = await all((w) => w.next('drained', timing.drainMs + 15_000));
    const cpuAfter = readCpuSeconds(server.pid);
    const loadAverageEnd = os.loadavg()[0];
    const windowSeconds = (sharedNow() - windowStart) / 1000;
    const rssMaxInWindowKb = sampler.stop();

    workers.forEach((w) => w.send({ type: 'report' }));
    const reports = await all((w) => w.next('report', 30_000));
    // the kernel's RSS counters are approximate, so a sample can exceed VmHWM slightly
    const peakRssKb = Math.max(readMemoryKb(server.pid, 'VmHWM') ?? 0, rssMaxInWindowKb) || null;
    return {
      plans, reports, finalClocks,
      pendingClients: drained.reduce((n, d) => n + d.pendingClients, 0),
      serverCpuSeconds: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
      windowSeconds, peakRssKb, rssAtStartKb, rssMaxInWindowKb, loadAverage, loadAverageEnd,
    };
  } finally {
    sampler?.stop();
    await Promise.all(workers.map((w) => w.close()));
  }
}
