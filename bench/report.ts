// SPDX-License-Identifier: EUPL-1.2
/** Prints one scenario's comparison: metric | Stip | reference | ratio (Stip/ref), and verdicts. */
import { fmt, formatTable, ratio } from './stats.js';
import type { RunMetrics } from './results.js';
import type { ServerKind } from './servers.js';

/** A run's figures, or why it has none. */
export type RunOutcome = RunMetrics | Error;

/** The verdicts of one scenario, for the summary at the end. */
export interface ScenarioVerdict { ratiosOk: boolean | null; converged: Partial<Record<ServerKind, boolean>> }

const figures = (o: RunOutcome | undefined): RunMetrics | null => (o && !(o instanceof Error) ? o : null);
const yesNo = (b: boolean | null) => (b === null ? 'n/a' : b ? 'yes' : 'no');

/** Rows compared as ratios; lower is better for each. */
function comparedRows(stip: RunMetrics | null, ref: RunMetrics | null): { label: string; s: number | null; r: number | null; decimals: number }[] {
  return [
    { label: 'latency p50 (ms)', s: stip?.latency?.p50 ?? null, r: ref?.latency?.p50 ?? null, decimals: 1 },
    { label: 'latency p95 (ms)', s: stip?.latency?.p95 ?? null, r: ref?.latency?.p95 ?? null, decimals: 1 },
    { label: 'latency p99 (ms)', s: stip?.latency?.p99 ?? null, r: ref?.latency?.p99 ?? null, decimals: 1 },
    { label: 'latency max (ms)', s: stip?.latency?.max ?? null, r: ref?.latency?.max ?? null, decimals: 1 },
    { label: 'updates delivered', s: stip?.updatesDelivered ?? null, r: ref?.updatesDelivered ?? null, decimals: 0 },
    { label: 'server CPU (s)', s: stip?.serverCpuSeconds ?? null, r: ref?.serverCpuSeconds ?? null, decimals: 2 },
    { label: 'peak RSS (MB)', s: stip?.peakRssMb ?? null, r: ref?.peakRssMb ?? null, decimals: 1 },
  ];
}

/** Rows shown for context, not compared. */
function contextRows(stip: RunMetrics | null, ref: RunMetrics | null): string[][] {
  const row = (label: string, f: (m: RunMetrics) => string) => [label, stip ? f(stip) : 'n/a', ref ? f(ref) : 'n/a', ''];
  return [
    row('RSS at start of load (MB)', (m) => fmt(m.rssAtStartMb, 1)),
    row('RSS max during load (MB)', (m) => fmt(m.rssMaxInWindowMb, 1)),
    row('keystrokes delivered/sent', (m) => `${m.deliveredToAll}/${m.keystrokes}`),
    row('awareness msgs delivered', (m) => String(m.awarenessDelivered)),
    row('disconnects in window', (m) => String(m.disconnects)),
    row('load window (s)', (m) => fmt(m.windowSeconds, 1)),
    row('load generator CPU (s)', (m) => fmt(m.loadCpuSeconds, 2)),
    row('load gen. loop delay p99/max (ms)', (m) => `${fmt(m.loadLoopDelayP99Ms, 0)}/${fmt(m.loadLoopDelayMaxMs, 0)}`),
    row('server loop delay p99/max (ms)', (m) => (m.serverLoopDelay ? `${fmt(m.serverLoopDelay.p99Ms, 0)}/${fmt(m.serverLoopDelay.maxMs, 0)}` : 'n/a')),
    row('machine load avg start/end', (m) => `${fmt(m.loadAverage, 2)}/${fmt(m.loadAverageEnd, 2)}`),
  ];
}

/** Prints the comparison of one scenario and returns its verdicts. */
export function printScenario(outcomes: Partial<Record<ServerKind, RunOutcome>>): ScenarioVerdict {
  const stip = figures(outcomes.stip);
  const ref = figures(outcomes.reference);
  const compared = comparedRows(stip, ref);
  const rows = compared.map(({ label, s, r, decimals }) => [label, fmt(s, decimals), fmt(r, decimals), fmt(ratio(s, r), 2)]);
  console.log(formatTable(['metric', 'Stip', 'reference', 'ratio (Stip/ref)'], [...rows, ...contextRows(stip, ref)]));
  const ratios = compared.map(({ s, r }) => ratio(s, r));
  const ratiosOk = stip && ref ? ratios.every((q) => q !== null && q <= 1.0) : null;
  console.log(`all ratios ≤ 1.0: ${yesNo(ratiosOk)}`);
  const converged: Partial<Record<ServerKind, boolean>> = {};
  const parts: string[] = [];
  for (const kind of ['stip', 'reference'] as const) {
    const outcome = outcomes[kind];
    if (outcome === undefined) continue;
    converged[kind] = !(outcome instanceof Error) && outcome.converged;
    parts.push(`${kind === 'stip' ? 'Stip' : 'reference'} ${yesNo(converged[kind]!)}`);
  }
  console.log(`converged: ${parts.join(', ')}`);
  for (const kind of ['stip', 'reference'] as const) {
    const outcome = outcomes[kind];
    if (outcome instanceof Error) console.log(`  ${kind} failed: ${outcome.message}`);
    else for (const problem of outcome?.problems ?? []) console.log(`  ${kind}: ${problem}`);
  }
  return { ratiosOk, converged };
}
