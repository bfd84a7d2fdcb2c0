// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench:join` (or `npm run bench -- --join`): how fast a participant's phone is in the
 * room. Drives Debian's Chromium (playwright-core, the flags of tests/e2e/browser.ts) from a join
 * link to "horizon editor editable and connected", on two networks:
 *
 *   slow-4g    CDP Network.emulateNetworkConditions: 150 ms round trip, 1.6 Mbit/s down,
 *              750 kbit/s up (Lighthouse's slow 4G; applies to HTTP, not to WebSocket frames)
 *   loopback   no emulation
 *
 * Each run is a cold visit (a fresh browser profile: no cache, no offline copy) followed by a warm
 * visit (the same profile, a new tab, the join link again). It prints the median and all times of
 * BENCH_JOIN_RUNS runs (default 5) and the bytes transferred per type on a cold visit (JavaScript,
 * CSS, other HTTP; encoded sizes as on the wire, WebSocket frames not included). The server runs
 * in this process and serves BENCH_CLIENT_DIR (default dist/client, built first when stale);
 * BENCH_JOIN_NETWORKS=loopback (or slow-4g) measures one network only. For the
 * last run of each network it prints the request chain to the documents' sockets (bench/requestChain.ts).
 * Not a test: nothing passes or fails.
 */
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { buildClientIfStale } from '../scripts/clientBuild.mjs';
import { launchBrowser } from '../tests/e2e/browser.js';
import { recordRequestChain, type RequestChain } from './requestChain.js';
import { startTestServer, type TestServer } from '../tests/helpers/stipServer.js';

/** A network profile for CDP Network.emulateNetworkConditions (null: no emulation). */
interface NetworkProfile { name: string; conditions: { latency: number; downloadThroughput: number; uploadThroughput: number } | null }

const ALL_NETWORKS: NetworkProfile[] = [
  { name: 'slow-4g', conditions: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
  { name: 'loopback', conditions: null },
];
/** BENCH_JOIN_NETWORKS (comma-separated names, e.g. `loopback`) measures only those; default both. */
const NETWORKS = process.env.BENCH_JOIN_NETWORKS
  ? ALL_NETWORKS.filter((n) => process.env.BENCH_JOIN_NETWORKS!.split(',').includes(n.name))
  : ALL_NETWORKS;
const EDITOR_LABEL = 'Tekst van de stip op de horizon';
const CONNECTED = 'Verbonden';

/** Bytes per resource type of one visit. */
interface Transfer { js: number; css: number; other: number }

/** Counts the encoded bytes of every HTTP response of a page, by type. */
async function countTransfer(cdp: CDPSession): Promise<() => Transfer> {
  const types = new Map<string, string>();
  const totals: Transfer = { js: 0, css: 0, other: 0 };
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId);
    const key = type === 'Script' ? 'js' : type === 'Stylesheet' ? 'css' : 'other';
    totals[key] += e.encodedDataLength;
  });
  return () => ({ ...totals });
}

/** Opens the join link in a new tab and resolves with the ms until the room is editable and connected. */
async function visit(context: BrowserContext, link: string, network: NetworkProfile): Promise<{ ms: number; transfer: Transfer; chain: RequestChain; page: Page }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network.conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions });
  const transfer = await countTransfer(cdp);
  const chain = recordRequestChain(cdp);
  const started = performance.now();
  await page.goto(link, { waitUntil: 'commit' });
  await page.waitForFunction(([label, connected]) => {
    const editor = document.querySelector(`[aria-label="${label}"]`);
    const status = document.getElementById('connection-status');
    return editor?.getAttribute('contenteditable') === 'true' && status?.textContent?.trim() === connected;
  }, [EDITOR_LABEL, CONNECTED] as const, { polling: 10, timeout: 120_000 });
  const ms = performance.now() - started;
  const chainNow = chain();
  await cdp.detach();
  return { ms, transfer: transfer(), chain: chainNow, page };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Runs cold+warm visits on one network; one participant (own join link) per run. */
async function measure(browser: Browser, links: string[], network: NetworkProfile): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  const transfers: Transfer[] = [];
  const chains: RequestChain[] = [];
  for (const link of links) {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
    try {
      const first = await visit(context, link, network);
      cold.push(first.ms);
      transfers.push(first.transfer);
      chains.push(first.chain);
      await first.page.close();
      const second = await visit(context, link, network);
      warm.push(second.ms);
      chains.push(second.chain);
    } finally {
      await context.close();
    }
  }
  const t = transfers[transfers.length - 1];
  const row = (name: string, values: number[]) => `  ${name.padEnd(5)} median ${Math.round(median(values))} ms   (${values.map((v) => Math.round(v)).join(', ')})`;
  console.log(`${network.name}:`);
  console.log(row('cold', cold));
  console.log(row('warm', warm));
  console.log(`  cold visit transferred ${kb(t.js + t.css + t.other)}: JavaScript ${kb(t.js)}, CSS ${kb(t.css)}, other ${kb(t.other)}`);
  const [coldChain, warmChain] = chains.slice(-2);
  const chainRow = (name: string, c: RequestChain) => `  ${name} chain: ${c.depth} round trips to a document's socket (${c.sockets} sockets): ${c.path}; API answers before the first socket: ${c.apiBefore.join(', ') || 'none'}`;
  console.log(chainRow('cold', coldChain));
  console.log(chainRow('warm', warmChain));
}

/** Seeds one workshop with a participant in group 1 per run and measures both networks. */
export async function runJoinBench(): Promise<void> {
  const runs = Math.max(1, Number(process.env.BENCH_JOIN_RUNS) || 5);
  const clientDir = path.resolve(process.env.BENCH_CLIENT_DIR || 'dist/client');
  if (!process.env.BENCH_CLIENT_DIR) buildClientIfStale({ quiet: true });
  let server: TestServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startTestServer({ clientDir });
    const people = NETWORKS.flatMap((n) => Array.from({ length: runs }, (_, i) => ({ name: `Deelnemer ${n.name} ${i + 1}`, role: 'raadslid' as const, group: 1 })));
    const seeded = await server.seedWorkshop({ gemeente: 'Middelstad', participants: people });
    browser = await launchBrowser();
    console.log(`join bench: ${clientDir}, ${runs} runs per network, join link → horizon editor editable and connected`);
    for (const [index, network] of NETWORKS.entries()) {
      await measure(browser, seeded.participants.slice(index * runs, (index + 1) * runs).map((p) => p.link), network);
    }
  } finally {
    await browser?.close();
    await server?.close();
  }
}

if (process.argv[1]?.endsWith('joinBench.ts')) {
  runJoinBench().then(() => process.exit(0), (error: unknown) => {
    console.error(`join bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
