// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench -- --instances 3`: the workshop load (every participant typing in their group's
 * document, stock y-websocket clients) spread round-robin over N Stip instances on one PostgreSQL
 * and one Redis, and, in the same run, on one instance with SQLite. Prints the propagation time
 * from a writer to readers (cross-instance only, for the cluster) as p50/p99, and CPU share and
 * RSS per instance.
 * `npm run bench -- --idle`: 10,000 mostly idle sockets over 2,000 documents on one instance
 * (SQLite): CPU share and RSS while they sit there. `--quick` scales both down.
 * Needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379 (.ci/run starts them).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient } from 'redis';
import * as Y from 'yjs';
import { draftDocName, groupDocName } from '../shared/docNames.js';
import { horizonOf } from '../shared/groupDoc.js';
import { freePort, runStipCli, startStipProcess, type StipProcess } from '../scripts/soak/stipProcess.js';
import { encodeSyncStep1 } from '../server/collab/protocol.js';
import { createPgTestDatabase } from '../tests/helpers/pgTestDatabase.js';
import { collabClient, type CollabClient } from '../tests/helpers/stipServer.js';
import { writeProbe } from '../tests/helpers/probeWrite.js';
import { readCpuSeconds } from './processStats.js';

const quick = process.argv.includes('--quick');
const argAfter = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Workshop { workshopId: string; facilitatorLink: string; participants: { group: number; link: string }[] }

function createWorkshop(dataDir: string, people: number, env: Record<string, string> = {}): Workshop {
  const roles = ['raadslid', 'wethouder', 'ambtenaar'];
  const csv = path.join(dataDir, 'mensen.csv');
  fs.writeFileSync(csv, 'naam,rol\n' + Array.from({ length: people }, (_, i) => `Persoon ${i},${roles[i % 3]}`).join('\n') + '\n');
  const run = runStipCli(['workshop', 'create', '--gemeente', 'Benchdorp', '--participants', csv, '--json'], dataDir, env);
  if (run.code !== 0) throw new Error(`workshop create failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Workshop;
}

async function cookieOn(server: StipProcess, link: string): Promise<string> {
  const res = await fetch(server.url + new URL(link).pathname, { redirect: 'manual' });
  await res.arrayBuffer();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`join link refused (${res.status})`);
  return cookie;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);

interface LoadResult { p50: number; p99: number; samples: number; perInstance: { cpuShare: number; rssMiB: number }[] }

/** Runs the typing load over `servers`; latency counted only between different instances when there are several. */
async function typingLoad(servers: StipProcess[], workshop: Workshop, seconds: number, keysPerSecond: number): Promise<LoadResult> {
  const people = workshop.participants;
  const clients: { client: CollabClient; docName: string; server: number }[] = [];
  for (const [i, p] of people.entries()) {
    const server = i % servers.length;
    const docName = groupDocName(workshop.workshopId, p.group);
    clients.push({ client: collabClient(servers[server].url, docName, await cookieOn(servers[server], p.link)), docName, server });
  }
  await Promise.all(clients.map((c) => c.client.synced()));
  const sentAt = new Map<string, { at: number; server: number }>();
  const latencies: number[] = [];
  for (const c of clients) {
    const seen = new Set<string>();
    horizonOf(c.client.doc).observeDeep(() => {
      const now = performance.now();
      for (const p of horizonOf(c.client.doc).toArray()) {
        if (!(p instanceof Y.XmlElement)) continue;
        const mark = p.toArray().map((t) => t.toString()).join('');
        if (seen.has(mark)) continue;
        seen.add(mark);
        const sent = sentAt.get(mark);
        if (sent && (servers.length === 1 || sent.server !== c.server)) latencies.push(now - sent.at);
      }
    });
  }
  const cpuBefore = servers.map((s) => readCpuSeconds(s.pid) ?? 0);
  const started = performance.now();
  let k = 0;
  const interval = 1000 / keysPerSecond;
  while (performance.now() - started < seconds * 1000) {
    for (const [i, c] of clients.entries()) {
      const mark = `${i}:${k}`;
      sentAt.set(mark, { at: performance.now(), server: c.server });
      writeProbe(c.client.doc, c.docName, mark);
    }
    k++;
    await sleep(interval);
  }
  const elapsed = (performance.now() - started) / 1000;
  const perInstance = servers.map((s, i) => ({ cpuShare: ((readCpuSeconds(s.pid) ?? 0) - cpuBefore[i]) / elapsed, rssMiB: (s.rss() ?? 0) / 2 ** 20 }));
  await sleep(2_000); // the last edits arrive
  for (const c of clients) c.client.destroy();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), samples: latencies.length, perInstance };
}

async function clusterBench(instances: number): Promise<void> {
  const people = quick ? 12 : 30;
  const seconds = quick ? 8 : 30;
  const keysPerSecond = 2;
  console.log(`cluster bench: ${people} participants typing ${keysPerSecond}/s for ${seconds}s; ${instances} instances (PostgreSQL + Redis) and 1 instance (SQLite)`);
  const rows: string[] = [];
  // Single instance, SQLite (the default).
  {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-bench-sqlite-'));
    const workshop = createWorkshop(dataDir, people);
    const server = await startStipProcess({ port: await freePort(), dataDir });
    try {
      const r = await typingLoad([server], workshop, seconds, keysPerSecond);
      rows.push(`| 1 instance, SQLite | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.samples} | ${r.perInstance.map((x) => `${(x.cpuShare * 100).toFixed(0)} % / ${x.rssMiB.toFixed(0)} MiB`).join(', ')} |`);
    } finally {
      await server.stop('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  // N instances on one PostgreSQL and one Redis.
  {
    const database = await createPgTestDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-bench-cluster-'));
    const env = { DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:6379', STIP_REDIS_PREFIX: `stip-bench-${randomBytes(4).toString('hex')}:`, STIP_SECRET: randomBytes(32).toString('hex') };
    const workshop = createWorkshop(dataDir, people, env);
    const servers: StipProcess[] = [];
    try {
      for (let i = 0; i < instances; i++) servers.push(await startStipProcess({ port: await freePort(), dataDir, env }));
      const r = await typingLoad(servers, workshop, seconds, keysPerSecond);
      rows.push(`| ${instances} instances, PostgreSQL + Redis (cross-instance) | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.samples} | ${r.perInstance.map((x) => `${(x.cpuShare * 100).toFixed(0)} % / ${x.rssMiB.toFixed(0)} MiB`).join(', ')} |`);
    } finally {
      await Promise.all(servers.map((s) => s.stop('SIGTERM')));
      fs.rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
      const redis = createClient({ url: env.REDIS_URL });
      await redis.connect();
      for (const key of await redis.keys(`${env.STIP_REDIS_PREFIX}*`)) await redis.del(key);
      redis.destroy();
    }
  }
  console.log('\n| run | propagation p50 (ms) | p99 (ms) | samples | CPU share / RSS per instance |\n|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

/** Close codes the idle sockets got. */
const closeCodes = new Map<number, number>();

/** Opens a raw socket that syncs once (sync step 1) and then stays idle. */
function idleSocket(url: string, docName: string, cookie: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/collab/${docName}`, { headers: { cookie } });
    ws.once('open', () => {
      ws.send(encodeSyncStep1(new Y.Doc()));
      resolve(ws);
    });
    ws.once('error', reject);
    ws.on('error', () => undefined);
    ws.on('close', (code) => closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1));
  });
}

async function idleBench(): Promise<void> {
  const documents = quick ? 200 : 2_000;
  const socketsPerDocument = 5;
  const watchSeconds = quick ? 10 : 60;
  console.log(`idle bench: ${documents * socketsPerDocument} sockets over ${documents} documents (participants' draft documents), one instance, SQLite; watched ${watchSeconds}s`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-bench-idle-'));
  // A workshop holds at most 500 participants (shared/limits.ts): as many workshops as needed.
  const workshops: Workshop[] = [];
  for (let left = documents; left > 0; left -= 400) workshops.push(createWorkshop(dataDir, Math.min(400, left)));
  const server = await startStipProcess({ port: await freePort(), dataDir, env: { STIP_SOCKETS_PER_SESSION: '0', STIP_SOCKETS_PER_IP: '0' } });
  const sockets: WebSocket[] = [];
  try {
    for (const workshop of workshops) for (const p of workshop.participants) {
      const cookie = await cookieOn(server, p.link);
      const me = await (await fetch(`${server.url}/api/me`, { headers: { cookie } })).json() as { participant: { id: string } };
      const docName = draftDocName(workshop.workshopId, p.group, me.participant.id);
      for (let s = 0; s < socketsPerDocument; s++) sockets.push(await idleSocket(server.url, docName, cookie));
    }
    const documentsOpened = new Set(sockets.map((s) => s.url)).size;
    const open = sockets.filter((s) => s.readyState === WebSocket.OPEN).length;
    await sleep(2_000);
    const cpuBefore = readCpuSeconds(server.pid) ?? 0;
    const started = performance.now();
    await sleep(watchSeconds * 1000);
    const share = ((readCpuSeconds(server.pid) ?? 0) - cpuBefore) / ((performance.now() - started) / 1000);
    const stillOpen = sockets.filter((s) => s.readyState === WebSocket.OPEN).length;
    if (closeCodes.size > 0) console.log(`closed by the server: ${[...closeCodes].map(([code, n]) => `${n}× ${code}`).join(', ')}`);
    console.log(`\n| sockets open (start → end) | documents | CPU share of one core | RSS |\n|---|---|---|---|\n| ${open} → ${stillOpen} | ${documentsOpened} | ${(share * 100).toFixed(1)} % | ${((server.rss() ?? 0) / 2 ** 20).toFixed(0)} MiB |`);
  } finally {
    for (const s of sockets) s.terminate();
    await server.stop('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Entry of `npm run bench -- --instances N` and `npm run bench -- --idle`. */
export async function runClusterBench(): Promise<void> {
  if (process.argv.includes('--idle')) return idleBench();
  const instances = argAfter('--instances');
  return clusterBench(Number.isInteger(instances) && instances > 0 ? instances : 3);
}
