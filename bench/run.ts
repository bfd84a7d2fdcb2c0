// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench`: runs each scenario (bench/scenarios.ts) first against the reference y-websocket
 * server, then against Stip, with the same clients and documents, and prints the figures side by
 * side with their ratios. Not a test: nothing passes or fails, but it says whether every ratio is
 * at most 1.0 and whether all clients converged. Everything it starts is stopped at the end.
 * `npm run bench -- --join` (or `npm run bench:join`) measures a participant's join time in
 * Chromium instead (bench/joinBench.ts); `-- --open` how fast a long-lived document opens (bench/openBench.ts).
 * `npm run bench -- --consultation` runs the consultation bench (bench/consultationBench.ts);
 * `--quick` runs it too, scaled down, after the scenarios; `npm run bench -- --export` the dossier
 * export of a large workshop and its effect on another workshop's typists (bench/exportBench.ts).
 * After the scenarios, the reveal section (bench/revealBench.ts) prints another workshop's event-loop
 * delay while the worst-case reveal runs (BENCH_REVEAL=0 skips it; `npm run bench -- --reveal` runs only that section).
 */
import path from 'node:path';
import { serverNodeArgs } from '../scripts/serverProcess.mjs';
import { cleanupAll, makeTempDir, removeTempDir } from './cleanup.js';
import { runLoad, progress } from './loadRunner.js';
import { readOptions, type BenchOptions } from './options.js';
import { printScenario, type RunOutcome, type ScenarioVerdict } from './report.js';
import { computeMetrics } from './results.js';
import { scenarioFor, syntheticWorkshop, type CastMember, type Scenario } from './scenarios.js';
import { freePort, LOOPBACK, prepareStipBuild, REPO_ROOT, startReference, startStip, stipAvailable, type RunningServer, type ServerKind } from './servers.js';
import { seedWorkshop, sessionCookies, type SeededWorkshop } from './stipSeeder.js';
import { dumpLatencies } from './latencyDump.js';
import { runRevealBench } from './revealBench.js';
import type { ClientAuthor, ClientPlan } from './workerProtocol.js';
import { typerAuthors } from './meeting2Bench.js';

/** Where Stip's run of a scenario keeps its data, seeded before the reference run. */
interface StipSetup { dataDir: string; port: number }

const toPlans = (cast: CastMember[], cookies: string[] | null, authors: (ClientAuthor | null)[]): ClientPlan[] =>
  cast.map((c, index) => ({
    index, room: c.room, cookie: cookies?.[index] ?? null, keystrokesPerSecond: c.keystrokesPerSecond, ...(authors[index] ? { author: authors[index] } : {}),
  }));

/** The bench's own token for Stip's GET /metrics (a throw-away server). */
const METRICS_TOKEN = `bench-${process.pid}-${Date.now()}`;

/** Stip's event-loop delay since it started (GET /metrics), or null when it cannot be read. */
async function serverLoopDelay(httpBase: string): Promise<{ p99Ms: number; maxMs: number } | null> {
  try {
    const res = await fetch(new URL('/metrics', httpBase), { headers: { authorization: `Bearer ${METRICS_TOKEN}` }, signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    const seconds = (name: string) => Number(new RegExp(`^stip_${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    const p99 = seconds('event_loop_delay_p99_seconds');
    const max = seconds('event_loop_delay_max_seconds');
    return Number.isFinite(p99) && Number.isFinite(max) ? { p99Ms: p99 * 1000, maxMs: max * 1000 } : null;
  } catch {
    return null;
  }
}

/**
 * Follows Stip's longest event-loop delay every 2 s while the load runs, so a long stall can be
 * placed in time; `stop` prints each rise of more than a second (seconds after the server started).
 */
function watchLoopDelay(httpBase: string): { mark: (what: string) => void; stop: () => void } {
  const started = performance.now();
  const at = () => ((performance.now() - started) / 1000).toFixed(0);
  const events: string[] = [];
  let last = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void serverLoopDelay(httpBase).then((d) => {
      if (d && d.maxMs - last > 1000) events.push(`+${at()} s: longest delay now ${Math.round(d.maxMs)} ms`);
      if (d) last = d.maxMs;
    }).finally(() => { busy = false; });
  }, 2000);
  return {
    mark: (what) => events.push(`+${at()} s: ${what}`),
    stop: () => {
      clearInterval(timer);
      if (events.length) console.log(`  Stip event loop (seconds after start): ${events.join('; ')}`);
    },
  };
}

async function runOn(kind: ServerKind, cast: CastMember[], stip: StipSetup | null, options: BenchOptions): Promise<RunOutcome> {
  let server: RunningServer | null = null;
  try {
    if (kind === 'stip' && !stip) throw new Error('Stip is not available (server/index.ts or server/cli/main.ts missing, or seeding failed)');
    progress(`starting ${kind} server`);
    server = kind === 'reference' ? await startReference() : await startStip(
      stip!.port, stip!.dataDir, { STIP_METRICS_TOKEN: METRICS_TOKEN },
      // BENCH_STIP_NODE_ARGS: extra Node flags for Stip's process only (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
      process.env.BENCH_STIP_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [],
    );
    let cookies: string[] | null = null;
    if (kind === 'stip') {
      progress(`opening ${cast.length} join links`);
      cookies = await sessionCookies(cast.map((c) => c.link), server.httpBase);
    }
    const authors = await typerAuthors(cast, cookies, kind === 'stip' ? server.httpBase : null);
    const watch = kind === 'stip' ? watchLoopDelay(server.httpBase) : null;
    watch?.mark('clients connect');
    const raw = await runLoad(server, toPlans(cast, cookies, authors), {
      durationMs: options.seconds * 1000, drainMs: options.drainSeconds * 1000, settleMs: options.settleSeconds * 1000, workers: options.workers,
    });
    watch?.mark(`drain over (load window ${raw.windowSeconds.toFixed(0)} s)`);
    watch?.stop();
    const metrics = computeMetrics(raw);
    if (kind === 'stip') metrics.serverLoopDelay = await serverLoopDelay(server.httpBase);
    return metrics;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const tail = server?.output().split('\n').slice(-8).join('\n    ');
    return new Error(message + (tail ? `\n    server output:\n    ${tail}` : ''));
  } finally {
    await server?.stop();
  }
}

async function prepareStip(scenario: Scenario, options: BenchOptions, buildProblem: string | null): Promise<{ stip: StipSetup | null; workshop: SeededWorkshop; note?: string }> {
  const fallback = syntheticWorkshop(scenario.participantCount);
  if (!options.servers.includes('stip')) return { stip: null, workshop: fallback };
  if (!stipAvailable()) return { stip: null, workshop: fallback, note: 'server/index.ts or server/cli/main.ts missing' };
  if (buildProblem) return { stip: null, workshop: fallback, note: `building dist/server failed: ${buildProblem}` };
  const dataDir = makeTempDir('stip-bench-');
  try {
    const port = await freePort();
    progress(`seeding a Stip workshop with ${scenario.participantCount} participants`);
    const workshop = await seedWorkshop(dataDir, `http://${LOOPBACK}:${port}`, scenario.participantCount);
    return { stip: { dataDir, port }, workshop };
  } catch (error) {
    removeTempDir(dataDir);
    return { stip: null, workshop: fallback, note: (error as Error).message };
  }
}

async function runScenario(scenario: Scenario, options: BenchOptions, buildProblem: string | null): Promise<ScenarioVerdict> {
  console.log(`\n== scenario ${scenario.name}: ${scenario.description}`);
  const { stip, workshop, note } = await prepareStip(scenario, options, buildProblem);
  if (note) console.log(`  Stip not run: ${note}`);
  const cast = scenario.cast(workshop);
  const outcomes: Partial<Record<ServerKind, RunOutcome>> = {};
  for (const kind of options.servers) {
    progress(`[${scenario.name}] ${kind}`);
    const outcome = await runOn(kind, cast, stip, options);
    outcomes[kind] = outcome;
    if (options.dumpDir && !(outcome instanceof Error)) {
      progress(`latencies written to ${dumpLatencies(options.dumpDir, scenario.name, kind, outcome.samples)}`);
    }
  }
  if (stip) removeTempDir(stip.dataDir);
  return printScenario(outcomes);
}

function printSummary(verdicts: ScenarioVerdict[]): void {
  const ratios = verdicts.map((v) => v.ratiosOk);
  const converged = verdicts.flatMap((v) => Object.values(v.converged));
  console.log('\n== summary');
  console.log(`all ratios ≤ 1.0: ${ratios.includes(null) ? 'n/a' : ratios.every(Boolean) ? 'yes' : 'no'}`);
  console.log(`converged: ${converged.length > 0 && converged.every(Boolean) ? 'yes' : 'no'}`);
}

async function main(): Promise<void> {
  const options = readOptions();
  const budgetMs = options.scenarios.length * options.servers.length * (options.seconds + options.drainSeconds + 300) * 1000;
  const watchdog = setTimeout(() => {
    console.error(`bench: gave up after ${Math.round(budgetMs / 1000)} s`);
    void cleanupAll().finally(() => process.exit(2));
  }, budgetMs);
  console.log(`bench on ${LOOPBACK}, servers: ${options.servers.join(' then ')}, clock: performance.timeOrigin + now()`);
  let buildProblem: string | null = null;
  if (options.servers.includes('stip') && stipAvailable()) {
    progress('building dist/server if stale (scripts/buildServer.mjs)');
    buildProblem = await prepareStipBuild().then(() => null, (error: unknown) => (error instanceof Error ? error.message : String(error)));
    console.log(`note: both run as plain \`node\`: Stip as \`node ${serverNodeArgs().map((a) => (a.startsWith('-') ? a : path.relative(REPO_ROOT, a))).join(' ')}\` (as \`npm start\` runs it), the reference as bin/server.cjs`);
  }
  const verdicts: ScenarioVerdict[] = [];
  for (const name of options.scenarios) verdicts.push(await runScenario(scenarioFor(name, options), options, buildProblem));
  printSummary(verdicts);
  if (options.servers.includes('stip') && process.env.BENCH_REVEAL !== '0') await runRevealBench();
  clearTimeout(watchdog);
  // `--meeting2` asks for the meeting-2 scenario alone.
  if (process.argv.includes('--quick') && options.servers.includes('stip') && !process.argv.includes('--meeting2')) {
    await import('./consultationBench.js').then((m) => m.runConsultationBench(true)).catch((error: unknown) => {
      console.log(`consultation bench failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => { void cleanupAll().finally(() => process.exit(130)); });
}

// `npm run bench -- --join`: the participant's join time in Chromium instead (bench/joinBench.ts);
// `npm run bench -- --open`: how fast a long-lived document opens after its room unloaded (bench/openBench.ts);
// `npm run bench -- --consultation`: the consultation bench alone (bench/consultationBench.ts);
// `npm run bench -- --export`: the dossier export of a large workshop instead (bench/exportBench.ts);
// `npm run bench -- --reveal`: only the reveal section (bench/revealBench.ts).
const run = process.argv.includes('--join') ? () => import('./joinBench.js').then((m) => m.runJoinBench())
  : process.argv.includes('--open') ? () => import('./openBench.js').then((m) => m.runOpenBench())
  : process.argv.includes('--consultation') ? () => import('./consultationBench.js').then((m) => m.runConsultationBench())
  : process.argv.includes('--export') ? () => import('./exportBench.js').then((m) => m.runExportBench())
  : process.argv.includes('--reveal') ? runRevealBench
  // `npm run bench -- --instances 3` / `--idle`: several instances on PostgreSQL + Redis, idle sockets (bench/clusterBench.ts).
  : process.argv.includes('--instances') || process.argv.includes('--idle') ? () => import('./clusterBench.js').then((m) => m.runClusterBench())
  : main;

run()
  .catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanupAll();
    process.exit();
  });
