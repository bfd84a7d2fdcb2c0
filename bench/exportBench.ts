// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench -- --export`: the dossier export of a large workshop (150 participants, 600
 * statements, a vision of 120 passages with provenance, two versions, 200 consultation comments
 * with a published reactienota, meeting 2's role groups and 50 agreements) on the built server, as
 * `npm start` runs it. Prints per format the export time (start to file ready, through the API, a
 * cold and a warm run) and the peak RSS of the server with its export worker process while exporting; then the collaboration latency
 * p99 of another workshop's typists (10 of 30 typing, 5 keystrokes/s) without and during a
 * non-stop series of exports (polling for progress like the browser does), and their ratio (the target is at most 1.2),
 * with the CPU time of the server's main thread in each window (the server thread's own cost per export).
 * BENCH_SECONDS sets the typing window (default 20; --quick 10).
 */
import { groupDocName } from '../shared/docNames.js';
import type { ExportJobView, ExportStarted } from '../shared/apiExport.js';
import { EXPORT_FORMATS, type ExportFormat } from '../shared/dossier/dossierParts.js';
import { cleanupAll, makeTempDir, removeTempDir } from './cleanup.js';
import { seedDossierContent } from './exportSeeder.js';
import { seedDossierParts } from './exportPartsSeeder.js';
import { progress, runLoad } from './loadRunner.js';
import { readCpuSeconds, RssSampler } from './processStats.js';
import { computeMetrics } from './results.js';
import { freePort, LOOPBACK, prepareStipBuild, startStip, type RunningServer } from './servers.js';
import { fmt, formatTable } from './stats.js';
import { seedWorkshop, sessionCookies } from './stipSeeder.js';
import type { ClientPlan } from './workerProtocol.js';

/** How often the dossier page asks for progress (client/stores/dossierCommands.ts): the exports during typing poll like it. */
const BROWSER_POLL_MS = 400;
const ALL_PARTS = ['vision', 'origin', 'consultation', 'diff', 'meeting2', 'agreements', 'participants'];

/** One export through the API, start to file ready; milliseconds and the server's highest RSS meanwhile. */
async function timedExport(server: RunningServer, workshopId: string, cookie: string, format: ExportFormat, pollMs = 10): Promise<{ ms: number; peakMb: number; bytes: number }> {
  const sampler = new RssSampler(server.pid, 20, true);
  const started = performance.now();
  const headers = { cookie, 'content-type': 'application/json', origin: server.httpBase };
  const res = await fetch(`${server.httpBase}/api/workshops/${workshopId}/exports`, { method: 'POST', headers, body: JSON.stringify({ format, parts: ALL_PARTS }) });
  if (res.status !== 202) throw new Error(`export refused: ${res.status} ${await res.text()}`);
  const { jobId } = (await res.json()) as ExportStarted;
  for (;;) {
    const job = (await (await fetch(`${server.httpBase}/api/workshops/${workshopId}/exports/${jobId}`, { headers: { cookie } })).json()) as ExportJobView;
    if (job.state === 'failed') throw new Error(`export failed: ${job.error}`);
    if (job.state === 'done') break;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  const ms = performance.now() - started;
  const file = await fetch(`${server.httpBase}/api/workshops/${workshopId}/exports/${jobId}/file`, { headers: { cookie } });
  const bytes = (await file.arrayBuffer()).byteLength;
  return { ms, peakMb: sampler.stop() / 1024, bytes };
}

/** The typists' keystroke p99, and the CPU milliseconds the server's main thread (its event loop) used meanwhile. */
async function typistsP99(server: RunningServer, plans: ClientPlan[], seconds: number): Promise<{ p99: number | null; loopCpuMs: number | null }> {
  const before = readCpuSeconds(server.pid, true);
  const metrics = computeMetrics(await runLoad(server, plans, { durationMs: seconds * 1000, drainMs: 5000, settleMs: 2000, workers: 2 }));
  const after = readCpuSeconds(server.pid, true);
  return { p99: metrics.latency?.p99 ?? null, loopCpuMs: before === null || after === null ? null : (after - before) * 1000 };
}

/** Runs the export bench and prints its figures. */
export async function runExportBench(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS) || (process.argv.includes('--quick') ? 10 : 20);
  const dataDir = makeTempDir('stip-bench-export-');
  let server: RunningServer | null = null;
  try {
    await prepareStipBuild();
    const port = await freePort();
    const base = `http://${LOOPBACK}:${port}`;
    progress('seeding a workshop of 150 participants, 600 statements, 200 comments and 50 agreements, and another of 30 typists');
    const large = await seedWorkshop(dataDir, base, 150);
    await seedDossierContent(dataDir, large.workshopId, 600);
    await seedDossierParts(dataDir, large.workshopId, 200, 50);
    const other = await seedWorkshop(dataDir, base, 30);
    server = await startStip(port, dataDir);
    const [facilitator] = await sessionCookies([large.facilitatorLink], server.httpBase);
    const cookies = await sessionCookies(other.participants.map((p) => p.link), server.httpBase);
    const plans: ClientPlan[] = other.participants.map((p, index) => ({
      index, room: groupDocName(other.workshopId, p.group ?? 1), cookie: cookies[index], keystrokesPerSecond: index < 10 ? 5 : 0,
    }));

    const rows: string[][] = [];
    for (const format of EXPORT_FORMATS) {
      progress(`exporting as ${format}`);
      const cold = await timedExport(server, large.workshopId, facilitator, format);
      const warm = await timedExport(server, large.workshopId, facilitator, format);
      rows.push([format, fmt(cold.ms, 0), fmt(warm.ms, 0), fmt(Math.max(cold.peakMb, warm.peakMb)), fmt(warm.bytes / 1024)]);
    }
    console.log('\nDossier export of a large workshop (150 participants, 600 statements, 120 vision passages, 200 comments, 50 agreements)');
    console.log(formatTable(['format', 'cold ms', 'warm ms', 'peak RSS MB (server + worker)', 'file KB'], rows));

    progress(`typing for ${seconds} s without exports`);
    const quiet = await typistsP99(server, plans, seconds);
    progress(`typing for ${seconds} s during non-stop exports`);
    let exporting = true;
    let exports = 0;
    const loop = (async () => {
      for (let i = 0; exporting; i++) {
        await timedExport(server!, large.workshopId, facilitator, EXPORT_FORMATS[i % EXPORT_FORMATS.length], BROWSER_POLL_MS);
        exports++;
      }
    })();
    const busy = await typistsP99(server, plans, seconds);
    const exportsDuringTyping = exports;
    exporting = false;
    await loop;
    console.log(`\nAnother workshop's typists (10 typing of 30), keystroke latency p99: ${fmt(quiet.p99)} ms without exports, ${fmt(busy.p99)} ms during ${exportsDuringTyping} exports` +
      (quiet.p99 && busy.p99 ? ` (ratio ${fmt(busy.p99 / quiet.p99, 2)}; target ≤ 1.2)` : ''));
    if (quiet.loopCpuMs !== null && busy.loopCpuMs !== null) {
      // CPU time, unlike latency, hardly depends on what else the machine runs: the server thread's own cost of the exports.
      console.log(`Server main thread CPU: ${fmt(quiet.loopCpuMs, 0)} ms without exports, ${fmt(busy.loopCpuMs, 0)} ms during them` +
        (exportsDuringTyping ? ` (about ${fmt((busy.loopCpuMs - quiet.loopCpuMs) / exportsDuringTyping, 1)} ms per export)` : ''));
    }
  } finally {
    await server?.stop();
    await cleanupAll();
    removeTempDir(dataDir);
  }
}
