// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run fuzz`: the long frame fuzzer. Starts the real CollabServer (test harness, real SQLite in
 * a temp folder) in this process, sends it hostile y-websocket frames from write and read
 * connections over real sockets (tests/fuzz/frameFuzzer.ts), keeps a well-behaved stock client in
 * the same room, and prints: frames sent, sockets the server closed by close code, server crashes
 * (uncaught exceptions or rejections in this process, and server error logs: must be 0), whether the
 * well-behaved client kept syncing, and the worst synchronous handling time of one received chunk
 * (wall and CPU; printed, never asserted). Exits 1 when anything the fuzzer forbids happened.
 *
 *   npm run fuzz -- [--frames 1000000] [--seed 1] [--sockets 4] [--room-frames 10000] [--check-every 10000]
 *
 * A new room every `room-frames` frames keeps the document below its size ceiling, and keeps the
 * updates that wait for missing predecessors (Yjs "pending"), which make every later frame of the
 * room costlier, from dominating the run.
 */
import { CLOSE } from '../shared/closeCodes.js';
import { CollabHarness } from '../tests/helpers/collabHarness.js';
import { WARM_UP_FRAMES, fuzzFrames, type CostlyFrame, type FrameFuzzReport } from '../tests/fuzz/frameFuzzer.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const frames = option('frames', 1_000_000);
const seed = option('seed', 1);
const sockets = option('sockets', 4);
const roomFrames = option('room-frames', 10_000);
const checkEvery = option('check-every', 10_000);

/** Uncaught failures in this process, where the server runs: each one is a crash of a real server. */
const crashes: string[] = [];
function crashed(what: string): void {
  crashes.push(what);
  console.log(`  CRASH: ${what}`);
}
process.on('uncaughtException', (err) => crashed(`uncaught exception: ${err.stack ?? String(err)}`));
process.on('unhandledRejection', (err) => crashed(`unhandled rejection: ${err instanceof Error ? err.stack : String(err)}`));

const n = (x: number) => x.toLocaleString('en-US');
const ms = (x: number) => `${x.toFixed(1)} ms`;
const codeName = (code: number) => Object.entries(CLOSE).find(([, c]) => c.code === code)?.[1].reason ?? 'NOT A SHARED CLOSE CODE';
const costly = (c: CostlyFrame) => `wall ${ms(c.ms).padStart(9)}  cpu ${ms(c.cpuMs).padStart(9)}  of which gc ${ms(c.gcMs).padStart(8)}  ${c.category} (${c.permission}, ${n(c.length)} bytes) ${c.head}`;

let violationsShown = 0;

function progress(r: FrameFuzzReport): void {
  for (const v of r.violations.slice(violationsShown)) console.log(`  violation: ${v}`);
  violationsShown = r.violations.length;
  const rate = r.frames / (r.elapsedMs / 1000);
  const worst = r.timing?.worstCpuBesideGc[0];
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(`${n(r.frames).padStart(9)} frames  ${(r.elapsedMs / 1000).toFixed(0).padStart(5)} s  ${rate.toFixed(0)} frames/s  closes ${JSON.stringify(r.closesByCode)}  violations ${r.violationCount}  resets ${r.roomResets}  crashes ${crashes.length}  worst cpu beside gc ${worst ? `${ms(worst.cpuMs - worst.gcMs)} (${worst.category})` : '-'}  rss ${rss} MB`);
}

function print(r: FrameFuzzReport): void {
  const t = r.timing!;
  const lines = [
    '',
    `frames sent              ${n(r.frames)} (text frames ${n(r.textFrames)}; each followed by a ping as probe)`,
    `sockets opened           ${n(r.connections)}`,
    `frames the socket survived ${n(r.survived)} (ignored, answered or applied)`,
    'sockets closed by the server, by code:',
    ...Object.entries(r.closesByCode).sort(([a], [b]) => Number(a) - Number(b)).map(([code, count]) => `  ${code} ${codeName(Number(code)).padEnd(24)} ${n(count)}`),
    `server crashes           ${crashes.length} (uncaught exceptions/rejections); server error logs ${r.serverErrors.length}`,
    `well-behaved client      ${r.goodClient.closes.length === 0 && r.goodClient.checkpoints > 0 ? 'kept syncing' : 'DID NOT keep syncing'}: converged at ${r.goodClient.checkpoints} checkpoints in ${r.goodClient.rooms} rooms, ${n(r.goodClient.edits)} edits, reconnects after a room reset ${r.goodClient.reconnects}, other closes ${JSON.stringify(r.goodClient.closes)}`,
    `room resets              ${r.roomResets} (a change refused after Yjs placed it: the room reloaded from the store)`,
    `document changes         by fuzz writers ${n(r.documentChanges.byWriters)}, by the well-behaved client ${n(r.documentChanges.byWellBehaved)}, by readers ${r.documentChanges.byReaders}, by refused frames ${r.documentChanges.byRefusedFrames}, other ${r.documentChanges.byOthers}`,
    `violations               ${r.violationCount}`,
    ...r.violations.slice(0, 20).map((v) => `  ${v}`),
    `worst per-frame server handling (one received chunk: the frame and its ping), of ${n(t.chunks)} chunks, after the first ${n(WARM_UP_FRAMES)} frames (warm-up):`,
    '  by CPU time:', ...t.worstCpu.map((c) => `    ${costly(c)}`),
    '  by CPU time beside garbage collection (the fuzzer, its clients and the server share one heap):', ...t.worstCpuBesideGc.map((c) => `    ${costly(c)}`),
    '  by wall time (includes time the machine gave to other processes):', ...t.worst.map((c) => `    ${costly(c)}`),
    `  wall p50 ${ms(t.p50)}, p99 ${ms(t.p99)}, p99.9 ${ms(t.p999)}`,
    'by category (sent / survived / closes):',
    ...Object.entries(r.byCategory).sort(([a], [b]) => a.localeCompare(b)).map(([cat, c]) => `  ${cat.padEnd(20)} ${n(c.sent).padStart(9)} ${n(c.survived).padStart(9)}  ${JSON.stringify(c.closes)}`),
    'most frequent refusal reasons:',
    ...Object.entries(r.refusalReasons).sort(([, a], [, b]) => b - a).slice(0, 15).map(([why, count]) => `  ${n(count).padStart(9)}  ${why}`),
    `elapsed                  ${(r.elapsedMs / 1000).toFixed(0)} s`,
  ];
  console.log(lines.join('\n'));
  for (const crash of crashes.slice(0, 5)) console.log(`\n${crash}`);
}

console.log(`Stip frame fuzzer: seed ${seed}, ${n(frames)} frames, ${sockets} fuzz sockets at once, a new room every ${n(roomFrames)} frames, checkpoint every ${n(checkEvery)}`);
const harness = await CollabHarness.start();
let report: FrameFuzzReport;
try {
  report = await fuzzFrames({ harness, seed, frames, workers: sockets, roundFrames: roomFrames, checkEvery, measure: true, onProgress: progress });
} finally {
  await harness.dispose();
}
print(report);
const failed = crashes.length > 0 || report.violationCount > 0 || report.serverErrors.length > 0 || report.goodClient.closes.length > 0;
console.log(failed ? '\nFAILED' : '\nOK');
process.exit(failed ? 1 : 0);
