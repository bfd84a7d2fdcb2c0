// SPDX-License-Identifier: EUPL-1.2
/**
 * One seeded convergence run (in the spirit of yjs `applyRandomTests` and tldraw `syncFuzz`):
 * writers and readers, stock y-websocket providers, reach the real CollabServer (test harness,
 * real SQLite) through the seeded net proxy; the seed decides every operation, cut, refusal and
 * delay. Optionally the server is restarted twice on the same SQLite file: once "quietly" (every
 * peer is kept off the network while a participant who then leaves for good writes, so only the
 * server holds those edits) and once "live" (while peers keep typing). At the end the network is
 * healed and the run waits until every peer and the server hold the same document.
 *
 * Operations come from the seed; when they happen relative to network events depends on real
 * sockets and timers, so a seed fixes the script of the run, not every interleaving.
 */
import { groupDocName } from '../../shared/docNames.js';
import type { Role } from '../../shared/roles.js';
import { CollabHarness, waitFor, type HarnessOptions } from '../helpers/collabHarness.js';
import { NetProxy, type NetProxyStats } from '../helpers/netProxy.js';
import { connectPeer, isSynced, type FuzzPeer } from './fuzzPeers.js';
import { clockOf, fingerprintOf, runGroupOp, type DocFingerprint } from './groupDocOps.js';
import { Prng } from './prng.js';

/** What one seed runs. */
export interface Scenario {
  seed: number;
  /** Operations on the document, in total over all writers. */
  ops: number;
  writers?: number;
  readers?: number;
  /** Restart the server twice on the same SQLite file (quietly at 1/3, live at 2/3). */
  restart?: boolean;
  /** Let messages of one connection overtake each other (beyond what TCP does; see netProxy.ts). */
  reorderWithinConnection?: boolean;
  /** Longest delay the proxy puts on a message (default 40 ms). */
  maxDelayMs?: number;
}

/** What a run ended with. */
export interface ScenarioResult {
  server: DocFingerprint;
  /** The document as stored in SQLite after a flush. */
  stored: DocFingerprint;
  peers: { name: string; permission: string; fingerprint: DocFingerprint; closes: { code: number; reason: string }[]; ops: number }[];
  /** Server log lines of level error, over every server of the run. */
  serverErrors: string[];
  /** The participant who wrote while only the server listened, then left (restart runs). */
  leaver: { clientId: number; clock: number; onServerAfterRestart: number; onServerAtEnd: number } | null;
  proxy: NetProxyStats;
  /** Operations made while their peer was connected and synced (the rest were made offline). */
  opsOnline: number;
  /** The last steps of the run, for a failure report. */
  trace: string[];
}

const WRITERS: [string, Role][] = [['Anna', 'raadslid'], ['Bram', 'collegelid'], ['Chantal', 'ambtenaar'], ['Daan', 'directie'], ['Eva', 'griffier'], ['Fatima', 'ambtenaar'], ['Gijs', 'raadslid']];
const READERS = ['Lezer', 'Scherm'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const targetOf = (h: CollabHarness) => `ws://127.0.0.1:${h.port}`;

/** Mutable state of one run. */
class Run {
  harness!: CollabHarness;
  proxy!: NetProxy;
  readonly peers: FuzzPeer[] = [];
  readonly trace: string[] = [];
  readonly serverErrors: string[] = [];
  readonly docName: string;
  readonly rng: Prng;
  readonly harnessOptions: HarnessOptions;
  opsDone = 0;
  /** Operations made while their peer had a synced connection (the rest were made offline). */
  opsOnline = 0;
  leaver: ScenarioResult['leaver'] = null;

  constructor(readonly scenario: Scenario) {
    this.rng = new Prng(scenario.seed);
    this.docName = groupDocName(`fuzz-seed-${scenario.seed}`.padEnd(10, '0'), 1);
    this.harnessOptions = { compactAfterUpdates: this.rng.pick([15, 60, 500]), roomIdleMs: this.rng.pick([0, 60_000]) };
  }

  get writers(): FuzzPeer[] {
    return this.peers.filter((p) => p.permission === 'write');
  }

  note(line: string): void {
    this.trace.push(`[${this.opsDone}] ${line}`);
    if (this.trace.length > 200) this.trace.shift();
  }

  collectErrors(h: CollabHarness): void {
    for (const l of h.logs) if (l.level === 'error') this.serverErrors.push(`${l.msg} ${JSON.stringify(l.fields ?? {})}`);
  }

  operate(peer: FuzzPeer): void {
    const did = runGroupOp(peer.doc, peer.rng, peer.author, `${this.scenario.seed}_${peer.name}_${peer.ops}`);
    peer.ops++;
    this.opsDone++;
    if (isSynced(peer)) this.opsOnline++;
    this.note(`${peer.name}${isSynced(peer) ? '' : ' (offline)'}: ${did}`);
  }

  /** The server restarts on the same SQLite file while every peer is off the network. */
  async quietRestart(): Promise<void> {
    this.note('quiet restart: peers cut and refused');
    this.proxy.refuse(null, 1e9);
    this.proxy.cut();
    await waitFor(() => this.peers.every((p) => !p.provider.wsconnected), 'every peer to be off the network');
    const leaver = await this.harness.connect(this.docName, { name: 'Vertrekker', role: 'ambtenaar' });
    const leaverRng = this.rng.fork('leaver');
    for (let i = 0; i < 8; i++) this.note(`Vertrekker: ${runGroupOp(leaver.doc, leaverRng, { key: 'p-Vertrekker', role: 'ambtenaar' }, `${this.scenario.seed}_Vertrekker_${i}`)}`);
    const clientId = leaver.doc.clientID;
    const clock = clockOf(leaver.doc, clientId);
    await waitFor(async () => (await this.harness.documents.read(this.docName, (d) => clockOf(d, clientId))) >= clock, 'the leaver\'s edits on the server');
    for (const peer of this.writers.slice(0, 2)) this.operate(peer); // offline edits meanwhile
    await this.replaceServer(this.harness.stop()); // stop() also closes the leaver for good
    const onServerAfterRestart = await this.harness.documents.read(this.docName, (d) => clockOf(d, clientId));
    this.leaver = { clientId, clock, onServerAfterRestart, onServerAtEnd: 0 };
    this.proxy.stopRefusing();
    this.note('quiet restart done');
  }

  /** The server restarts on the same SQLite file while peers are connected and keep typing. */
  async liveRestart(): Promise<void> {
    this.note('live restart');
    const stopping = this.harness.stop();
    for (let i = 0; i < 5; i++) this.operate(this.rng.pick(this.writers));
    await stopping;
    const downMs = this.rng.int(50, 250);
    this.note(`server down for ${downMs} ms`);
    await sleep(downMs); // reconnects meanwhile find no server (the proxy answers 502)
    await this.replaceServer(stopping);
    this.note('live restart done');
  }

  private async replaceServer(stopping: Promise<void>): Promise<void> {
    await stopping;
    this.collectErrors(this.harness);
    this.harness = await CollabHarness.start({ ...this.harnessOptions, dataDir: this.harness.dataDir });
    this.proxy.setTarget(targetOf(this.harness));
  }

  /** One network event or pause, chosen by the seed. */
  async networkEvent(): Promise<void> {
    const event = this.rng.weighted({ cut: 8, cutAndRefuse: 4, delay: 4, cutAll: 1, awareness: 6, pause: 4 });
    const peer = this.rng.pick(this.peers);
    switch (event) {
      case 'cut':
        this.note(`cut ${peer.name} (${this.proxy.cut(peer.name)} links)`);
        return;
      case 'cutAndRefuse': {
        const ms = this.rng.int(20, 400);
        this.proxy.refuse(peer.name, ms);
        this.note(`cut ${peer.name} (${this.proxy.cut(peer.name)} links) and refuse for ${ms} ms`);
        return;
      }
      case 'delay': {
        const max = this.rng.chance(0.25) ? 0 : this.rng.int(1, this.scenario.maxDelayMs ?? 40);
        this.proxy.setDelay(max, this.rng.pick([0.2, 0.5, 1]));
        this.note(`delays up to ${max} ms`);
        return;
      }
      case 'cutAll':
        this.note(`cut everyone (${this.proxy.cut()} links)`);
        return;
      case 'awareness':
        peer.provider.awareness.setLocalStateField('cursor', { anchor: this.rng.int(0, 200), head: this.rng.int(0, 200) });
        return;
      case 'pause': {
        const ms = this.rng.int(5, 60);
        this.note(`pause ${ms} ms`);
        await sleep(ms);
        return;
      }
    }
  }

  async serverFingerprint(): Promise<DocFingerprint> {
    return this.harness.documents.read(this.docName, fingerprintOf);
  }

  /** Heals the network and waits until every peer is synced and holds the server's document. */
  async converge(): Promise<void> {
    this.proxy.heal();
    this.note('heal');
    await waitFor(async () => {
      if (!this.peers.every(isSynced)) return false;
      const server = await this.serverFingerprint();
      return this.peers.every((p) => {
        const f = fingerprintOf(p.doc);
        return f.snapshot === server.snapshot && f.content === server.content && !f.pending && !server.pending;
      });
    }, `seed ${this.scenario.seed} to converge`, 20_000).catch(() => undefined); // the caller compares and reports
  }
}

/** Runs one scenario and reports the final copies (the caller asserts). */
export async function runScenario(scenario: Scenario): Promise<ScenarioResult> {
  const run = new Run(scenario);
  run.harness = await CollabHarness.start(run.harnessOptions);
  run.proxy = await NetProxy.start({ target: targetOf(run.harness), random: run.rng.fork('network').next, reorderWithinConnection: scenario.reorderWithinConnection });
  try {
    const writers = WRITERS.slice(0, scenario.writers ?? 5);
    for (const [name, role] of writers) run.peers.push(connectPeer(run.proxy.url, run.docName, { name, role, permission: 'write', rng: run.rng.fork(name) }));
    for (const name of READERS.slice(0, scenario.readers ?? 1)) run.peers.push(connectPeer(run.proxy.url, run.docName, { name, role: 'griffier', permission: 'read', rng: run.rng.fork(name) }));
    for (const peer of run.peers) {
      peer.provider.on('status', ({ status }) => run.note(`${peer.name} ${status}`));
      peer.provider.on('connection-close', (event) => run.note(`${peer.name} closed ${event?.code ?? 'locally'}`));
    }
    await waitFor(() => run.peers.every(isSynced), 'every peer to sync');
    run.proxy.setDelay(scenario.maxDelayMs ?? 40);
    const quietAt = scenario.restart ? Math.floor(scenario.ops / 3) : -1;
    const liveAt = scenario.restart ? Math.floor((2 * scenario.ops) / 3) : -1;
    let quietDone = false;
    let liveDone = false;
    while (run.opsDone < scenario.ops) {
      if (!quietDone && quietAt >= 0 && run.opsDone >= quietAt) { quietDone = true; await run.quietRestart(); }
      if (!liveDone && liveAt >= 0 && run.opsDone >= liveAt) { liveDone = true; await run.liveRestart(); }
      if (run.rng.chance(0.8)) run.operate(run.rng.pick(run.writers));
      else await run.networkEvent();
      if (run.rng.chance(0.7)) await sleep(run.rng.int(1, 14));
      else await new Promise((r) => setImmediate(r));
    }
    await run.converge();
    const server = await run.serverFingerprint();
    if (run.leaver) run.leaver.onServerAtEnd = await run.harness.documents.read(run.docName, (d) => clockOf(d, run.leaver!.clientId));
    const stored = await run.harness.storedDoc(run.docName, fingerprintOf);
    run.collectErrors(run.harness);
    return {
      server,
      stored,
      peers: run.peers.map((p) => ({ name: p.name, permission: p.permission, fingerprint: fingerprintOf(p.doc), closes: p.closes, ops: p.ops })),
      serverErrors: run.serverErrors,
      leaver: run.leaver,
      proxy: { ...run.proxy.stats },
      opsOnline: run.opsOnline,
      trace: run.trace,
    };
  } finally {
    for (const peer of run.peers) peer.destroy();
    await run.proxy.close();
    await run.harness.dispose();
  }
}

/** A short report of a run that did not converge: who differs from the server, and the last steps. */
export function describeDivergence(scenario: Scenario, result: ScenarioResult): string {
  const lines = [`seed ${scenario.seed} (${JSON.stringify(scenario)}) did not converge`];
  lines.push(`server: sv=${result.server.stateVector} pending=${result.server.pending}`);
  for (const p of result.peers) {
    const same = p.fingerprint.snapshot === result.server.snapshot && p.fingerprint.content === result.server.content;
    lines.push(`${p.name} (${p.permission}, ${p.ops} ops): ${same ? 'equal' : `DIFFERENT sv=${p.fingerprint.stateVector} pending=${p.fingerprint.pending}`} closes=${JSON.stringify(p.closes.map((c) => c.code))}`);
  }
  lines.push('last steps:', ...result.trace.slice(-25));
  return lines.join('\n');
}

/** The document each fingerprint describes is the same document. */
export const sameDocument = (a: DocFingerprint, b: DocFingerprint) => a.snapshot === b.snapshot && a.content === b.content && a.stateVector === b.stateVector;
