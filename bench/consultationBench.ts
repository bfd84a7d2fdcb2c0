// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench -- --consultation` (and part of `npm run bench -- --quick`, scaled down): the
 * consultation between the meetings under load. N commenters (500; quick: 100) open their personal
 * link and the consultation within a window (60 s; quick: 10 s); P of them (200; quick: 40) post a
 * comment on a passage. Reports API latency p50/p99 of opening and posting, the time until the
 * facilitator's connected y-websocket client sees each new comment, and the server's CPU and peak RSS.
 *
 *   BENCH_CONSULTATION_PEOPLE / BENCH_CONSULTATION_POSTERS / BENCH_CONSULTATION_SECONDS override the sizes.
 */
import * as Y from 'yjs';
import { consultationCommentsOf } from '../shared/consultationDoc.js';
import { consultationDocName } from '../shared/docNames.js';
import { cleanupAll, makeTempDir, removeTempDir } from './cleanup.js';
import { api, BENCH_PASSAGES, cookieProvider, setUpConsultation } from './consultationSetup.js';
import { progress } from './loadRunner.js';
import { readCpuSeconds, RssSampler } from './processStats.js';
import { freePort, LOOPBACK, prepareStipBuild, startStip, type RunningServer } from './servers.js';
import { fmt, formatTable, summarize } from './stats.js';
import { seedWorkshop, sessionCookies } from './stipSeeder.js';

interface Sizes { people: number; posters: number; seconds: number }

function sizesFor(quick: boolean, env: NodeJS.ProcessEnv = process.env): Sizes {
  const n = (key: string, fallback: number) => (env[key] && Number(env[key]) > 0 ? Number(env[key]) : fallback);
  const people = n('BENCH_CONSULTATION_PEOPLE', quick ? 100 : 500);
  return { people, posters: Math.min(people, n('BENCH_CONSULTATION_POSTERS', quick ? 40 : 200)), seconds: n('BENCH_CONSULTATION_SECONDS', quick ? 10 : 60) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Runs `task(i)` for i < count, each started at its slot of an even spread over `windowMs`; returns each duration in ms. */
async function spread(count: number, windowMs: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const start = performance.now();
  return Promise.all(Array.from({ length: count }, async (_, i) => {
    await sleep(start + (windowMs * i) / count - performance.now());
    const t0 = performance.now();
    await task(i);
    return performance.now() - t0;
  }));
}

/** Watches the consultation document as the facilitator and records when each comment id arrives. */
function watchComments(server: RunningServer, workshopId: string, cookie: string) {
  const doc = new Y.Doc();
  const seenAt = new Map<string, number>();
  consultationCommentsOf(doc).observe((event) => {
    for (const key of event.keysChanged) if (!seenAt.has(key)) seenAt.set(key, performance.now());
  });
  const provider = cookieProvider(server, consultationDocName(workshopId), cookie, doc);
  return { seenAt, stop: () => provider.destroy() };
}

async function measure(server: RunningServer, sizes: Sizes, setup: Awaited<ReturnType<typeof setUpConsultation>>) {
  const watcher = watchComments(server, setup.workshopId, setup.facilitatorCookie);
  const base = `/api/workshops/${setup.workshopId}/consultation`;
  const cookies: string[] = new Array(sizes.people);
  const cpuBefore = readCpuSeconds(server.pid);
  const rss = new RssSampler(server.pid);
  progress(`${sizes.people} commenters open their link and the consultation within ${sizes.seconds} s`);
  const opening = await spread(sizes.people, sizes.seconds * 1000, async (i) => {
    [cookies[i]] = await sessionCookies([setup.links[i]], server.httpBase, 1);
    const me = await api(server, `${base}/me`, cookies[i]);
    if (me.status !== 200) throw new Error(`GET /consultation/me answered ${me.status}`);
  });
  progress(`${sizes.posters} of them post a comment`);
  const sentAt = new Map<string, number>();
  const posting = await spread(sizes.posters, (sizes.seconds * 1000) / 3, async (i) => {
    const t0 = performance.now();
    const text = BENCH_PASSAGES.p1;
    const res = await api<{ id: string }>(server, `${base}/comments`, cookies[i], {
      stance: 'aanvulling', text: `Reactie ${i + 1}: betrek ook jongeren.`, anchor: { passageId: 'p1', start: 4, end: 13, quote: text.slice(4, 13) },
    });
    if (res.status !== 201) throw new Error(`POST /consultation/comments answered ${res.status}`);
    sentAt.set(res.body.id, t0);
  });
  const deadline = performance.now() + 15_000;
  while ([...sentAt.keys()].some((id) => !watcher.seenAt.has(id)) && performance.now() < deadline) await sleep(20);
  watcher.stop();
  const seen = [...sentAt].filter(([id]) => watcher.seenAt.has(id)).map(([id, t0]) => watcher.seenAt.get(id)! - t0);
  const cpuAfter = readCpuSeconds(server.pid);
  return { opening, posting, seen, missing: sentAt.size - seen.length, cpu: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null, rssKb: rss.stop() };
}

function report(sizes: Sizes, r: Awaited<ReturnType<typeof measure>>): void {
  const row = (name: string, values: number[]) => {
    const s = summarize(values);
    return [name, String(values.length), fmt(s?.p50), fmt(s?.p99), fmt(s?.max)];
  };
  console.log(`\n== consultation: ${sizes.people} commenters open within ${sizes.seconds} s, ${sizes.posters} post`);
  console.log(formatTable(['ms', 'n', 'p50', 'p99', 'max'], [
    row('open link + GET /consultation/me', r.opening),
    row('POST /consultation/comments', r.posting),
    row('post → facilitator sees it (y-websocket)', r.seen),
  ]));
  console.log(`comments the facilitator never saw: ${r.missing}`);
  console.log(`server CPU during the run: ${fmt(r.cpu, 2)} s; peak RSS: ${fmt(r.rssKb / 1024)} MB`);
}

/** Runs the consultation bench against a fresh Stip server. */
export async function runConsultationBench(quick = process.argv.includes('--quick')): Promise<void> {
  const sizes = sizesFor(quick);
  progress('building dist/server if stale (scripts/buildServer.mjs)');
  await prepareStipBuild();
  const dataDir = makeTempDir('stip-bench-consultation-');
  let server: RunningServer | null = null;
  try {
    const port = await freePort();
    const workshop = await seedWorkshop(dataDir, `http://${LOOPBACK}:${port}`, 6);
    server = await startStip(port, dataDir);
    const setup = await setUpConsultation(server, workshop, sizes.people);
    report(sizes, await measure(server, sizes, setup));
  } finally {
    await server?.stop();
    removeTempDir(dataDir);
    await cleanupAll();
  }
}
