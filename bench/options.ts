// SPDX-License-Identifier: EUPL-1.2
/**
 * The bench's knobs, from the environment and the command line:
 *
 *   BENCH_SECONDS (60; `--quick` makes it 10)  BENCH_CLIENTS (150)  BENCH_TYPERS (30)
 *   BENCH_RATE (5 keystrokes/s)  BENCH_WORKERS (3)  BENCH_ONLY=stip|reference
 *   BENCH_SCENARIO=groups|plenary|all (all)  BENCH_VIEWERS (300)  BENCH_PLENARY_RATE (10)
 *   BENCH_DRAIN_SECONDS (15: how long to wait for the last keystrokes after typing stops)
 *   BENCH_SETTLE_SECONDS (2: quiet time after every client synced, before typing starts)
 *   BENCH_DUMP_DIR (unset: a folder to write per-keystroke latencies to, as CSV)
 *   BENCH_STIP_NODE_ARGS (unset: Node flags for the Stip server only, e.g. --cpu-prof --cpu-prof-dir=/tmp/prof)
 *   --meeting2: only the meeting-2 scenario (role groups and the matrix on the beamers, bench/meeting2Bench.ts)
 */
import { SCENARIO_NAMES, type ScenarioName } from './scenarioNames.js';
import type { ServerKind } from './servers.js';

/** Everything that shapes one bench run. */
export interface BenchOptions {
  seconds: number;
  clients: number;
  typers: number;
  rate: number;
  workers: number;
  viewers: number;
  plenaryRate: number;
  drainSeconds: number;
  settleSeconds: number;
  /** The servers to run, in order (reference first). */
  servers: ServerKind[];
  scenarios: ScenarioName[];
  /** Folder for per-keystroke latency CSVs, or null. */
  dumpDir: string | null;
}

function positive(env: NodeJS.ProcessEnv, key: string, fallback: number, { integer = true, zero = false } = {}): number {
  const raw = env[key];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < 0 || (!zero && value === 0)) {
    throw new Error(`${key} must be a ${integer ? 'whole ' : ''}number above ${zero ? '-1' : '0'}, got "${raw}"`);
  }
  return value;
}

/** Reads the options; throws a specific error on a bad value. */
export function readOptions(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): BenchOptions {
  const quick = argv.includes('--quick');
  const meeting2 = argv.includes('--meeting2');
  const unknown = argv.filter((a) => a !== '--quick' && a !== '--meeting2');
  if (unknown.length > 0) throw new Error(`unknown argument(s): ${unknown.join(' ')} (only --quick, --meeting2)`);
  const only = env.BENCH_ONLY?.trim() || '';
  if (only !== '' && only !== 'stip' && only !== 'reference') throw new Error(`BENCH_ONLY must be stip or reference, got "${only}"`);
  const scenario = env.BENCH_SCENARIO?.trim() || 'all';
  if (scenario !== 'all' && !(SCENARIO_NAMES as readonly string[]).includes(scenario)) {
    throw new Error(`BENCH_SCENARIO must be ${SCENARIO_NAMES.join('|')}|all, got "${scenario}"`);
  }
  const options: BenchOptions = {
    seconds: positive(env, 'BENCH_SECONDS', quick ? 10 : 60, { integer: false }),
    clients: positive(env, 'BENCH_CLIENTS', 150),
    typers: positive(env, 'BENCH_TYPERS', 30, { zero: true }),
    rate: positive(env, 'BENCH_RATE', 5, { integer: false }),
    workers: positive(env, 'BENCH_WORKERS', 3),
    viewers: positive(env, 'BENCH_VIEWERS', 300),
    plenaryRate: positive(env, 'BENCH_PLENARY_RATE', 10, { integer: false }),
    drainSeconds: positive(env, 'BENCH_DRAIN_SECONDS', 15, { integer: false }),
    settleSeconds: positive(env, 'BENCH_SETTLE_SECONDS', 2, { integer: false, zero: true }),
    servers: only === '' ? ['reference', 'stip'] : [only],
    scenarios: meeting2 ? ['meeting2'] : scenario === 'all' ? ['groups', 'plenary'] : [scenario as ScenarioName],
    dumpDir: env.BENCH_DUMP_DIR?.trim() || null,
  };
  if (options.typers > options.clients) throw new Error(`BENCH_TYPERS (${options.typers}) exceeds BENCH_CLIENTS (${options.clients})`);
  return options;
}
