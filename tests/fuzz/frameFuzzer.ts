// SPDX-License-Identifier: EUPL-1.2
/**
 * Drives hostile frames (frameMutator.ts) at a real CollabServer over real sockets and checks, for
 * every single frame, what the server did with it. Shared by tests/fuzz/frameFuzz.test.ts (short)
 * and scripts/fuzzFrames.ts (long, with timings).
 *
 * How one frame is judged: a fuzz socket (once the server has attached it to the room: its first
 * message arrived) sends the frame F and then a WebSocket ping with a unique payload. The server's
 * `ws` reads a socket's frames in order and handles every message synchronously, and it answers a
 * ping only while the socket is open, so: the matching pong means F was handled and the socket
 * survived; a close means F closed it, with that code. The probe costs the server nothing beyond
 * `ws` itself. Each socket carries one frame at a time and at most `cyclesPerConnection` frames, so
 * the rate limits never decide an outcome.
 *
 * How document changes are judged: the fuzzer listens to the room's own Y.Doc (the server
 * process is this process) and attributes each change to the connection that caused it: changes
 * must come from write connections only, never during a frame that the server then refused.
 *
 * A well-behaved stock provider sits in the same room, edits now and then, and at every
 * checkpoint (fuzzing paused) must hold exactly the server's document, never having been closed.
 * Rooms are rotated every `roundFrames` frames so the document stays below its size ceiling and
 * the updates waiting for missing predecessors (Yjs "pending", which make every later update and
 * sync answer of the room costlier) stay bounded. Each socket sends a fixed share of every batch,
 * so a seed always sends the same frames (their interleaving between sockets still varies).
 */
import type { Duplex } from 'node:stream';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/closeCodes.js';
import { groupDocName } from '../../shared/docNames.js';
import { DEFAULT_LIMITS } from '../../shared/limits.js';
import { Connection, SYNC_REQUEST_BURST } from '../../server/collab/Connection.js';
import { decodeClientMessage } from '../../server/collab/protocol.js';
import type { Permission } from '../../server/collab/types.js';
import { testHeaders, waitFor, type CollabHarness, type SeenClose } from '../helpers/collabHarness.js';
import { FrameMutator, type FuzzFrame } from './frameMutator.js';
import { connectPeer, isSynced, type FuzzPeer } from './fuzzPeers.js';
import { fingerprintOf, runGroupOp } from './groupDocOps.js';
import { Prng } from './prng.js';

/** Settings of a fuzz run. */
export interface FrameFuzzOptions {
  harness: CollabHarness;
  seed: number;
  /** Hostile frames to send in total. */
  frames: number;
  /** Fuzz sockets working at once (default 4). */
  workers?: number;
  /** Share of fuzz sockets that may only read (default 0.25). */
  readerShare?: number;
  /** Frames one fuzz socket sends before it is replaced (default 60). */
  cyclesPerConnection?: number;
  /** Frames per room before a new room is taken (default 20 000). */
  roundFrames?: number;
  /** Frames between checkpoints of the well-behaved client (default 2 500). */
  checkEvery?: number;
  /** Time the server's synchronous handling of every chunk it reads from a fuzz socket. */
  measure?: boolean;
  /** How long one frame may go unanswered and unclosed (default 10 000 ms). */
  cycleTimeoutMs?: number;
  /** The server's frame ceiling, to build frames just over it (default DEFAULT_LIMITS.maxFrameBytes). */
  maxFrameBytes?: number;
  /** Called after every checkpoint. */
  onProgress?: (report: FrameFuzzReport) => void;
}

/**
 * One costly chunk the server handled: wall time, and CPU time of the process meanwhile (unlike wall
 * time, not inflated when other processes take the CPU). `gcMs`: garbage collection pauses of this
 * process within the chunk; the fuzzer, its clients and the server share one heap, so a pause there
 * is the whole process's garbage, not the frame's work.
 */
export interface CostlyFrame { ms: number; cpuMs: number; gcMs: number; category: string; permission: Permission | 'well-behaved'; length: number; head: string; startedAt: number }

/** What a fuzz run found. */
export interface FrameFuzzReport {
  frames: number;
  textFrames: number;
  probes: number;
  connections: number;
  /** Frames after which their socket stayed open (harmlessly ignored, answered or applied). */
  survived: number;
  /** Sockets the server closed, by close code. */
  closesByCode: Record<number, number>;
  byCategory: Record<string, { sent: number; survived: number; closes: Record<number, number> }>;
  /** Changes of the server's document, by who caused them. */
  documentChanges: { byWriters: number; byWellBehaved: number; byReaders: number; byRefusedFrames: number; byOthers: number };
  /** Anything the fuzzer forbids (first 50), and how many there were. */
  violations: string[];
  violationCount: number;
  /** Server log lines of level error. */
  serverErrors: string[];
  /** Why the server refused frames, from its log (numbers replaced by #). */
  refusalReasons: Record<string, number>;
  /**
   * The well-behaved client: its closes other than the reconnects a room reset asks for (CLOSE.serverShutdown),
   * which are counted in `reconnects`.
   */
  goodClient: { rooms: number; checkpoints: number; edits: number; closes: SeenClose[]; reconnects: number };
  /** Rooms dropped and reloaded from the store because a frame's change was refused after Yjs integrated it (server/collab/itemPlacement.ts). */
  roomResets: number;
  /** Timings (only with `measure`): chunks handled, the worst five by wall and by CPU time, and wall-time percentiles in ms. */
  timing: { chunks: number; worst: CostlyFrame[]; worstCpu: CostlyFrame[]; worstCpuBesideGc: CostlyFrame[]; p50: number; p99: number; p999: number } | null;
  elapsedMs: number;
}

/** Close codes a refused frame may get: those in shared/closeCodes.ts (1009 is the one `ws` sends itself). */
export const ALLOWED_CLOSE_CODES: ReadonlySet<number> = new Set(Object.values(CLOSE).map((c) => c.code));

/** Frames that are valid as sent; a write socket must survive them (a read socket may get 4003). */
const VALID_CATEGORIES = new Set(['valid-update', 'valid-step2', 'valid-chain-update', 'valid-step1', 'valid-awareness', 'query-awareness', 'auth', 'overlong-varint']);

/** True when the server reads `frame` as a sync step 1 (which it answers within a per-connection budget). */
function isSyncRequest(frame: Uint8Array): boolean {
  try {
    return decodeClientMessage(frame).type === 'syncStep1';
  } catch {
    return false;
  }
}

/** Closes of the well-behaved client other than a room reset's request to reconnect. */
function unexpectedCloses(closes: SeenClose[]): SeenClose[] {
  return closes.filter((c) => c.code !== CLOSE.serverShutdown.code);
}

const hexHead = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 16)).toString('hex') + (bytes.length > 16 ? '…' : '');
/** The whole frame in hex when it is small enough to paste into a reproducer. */
const hexAll = (bytes: Uint8Array) => (bytes.length <= 512 ? Buffer.from(bytes).toString('hex') : hexHead(bytes));

/** A raw fuzz socket: remembers the last pong and its close. */
class FuzzSocket {
  messages = 0;
  /** Frames sent that the server reads as a request for the document (sync step 1). */
  syncRequests = 0;
  lastPong = '';
  closed: SeenClose | null = null;
  private wake: (() => void) | null = null;

  private constructor(readonly ws: WebSocket, readonly session: string, readonly permission: Permission) {
    ws.on('message', () => {
      this.messages++;
      this.wake?.();
    });
    ws.on('pong', (data: Buffer) => {
      this.lastPong = data.toString();
      this.wake?.();
    });
    ws.on('close', (code: number, reason: Buffer) => {
      this.closed = { code, reason: reason.toString() };
      this.wake?.();
    });
  }

  static open(url: string, session: string, permission: Permission): Promise<FuzzSocket> {
    const ws = new WebSocket(url, { headers: testHeaders({ name: session, session, permission }), perMessageDeflate: false });
    ws.on('error', () => {});
    const socket = new FuzzSocket(ws, session, permission);
    return new Promise<FuzzSocket>((resolve, reject) => {
      ws.once('open', () => resolve(socket));
      ws.once('close', () => reject(new Error(`fuzz socket ${session} closed before it opened`)));
    }).then(async (s) => {
      // The room sends every socket something on attach (sync step 1 to writers, presence to all).
      if (!(await s.until(() => s.messages > 0 || s.closed !== null, 10_000))) throw new Error(`fuzz socket ${session} was never attached`);
      return s;
    });
  }

  /** Resolves true once `done()` holds, false after `timeoutMs`. */
  until(done: () => boolean, timeoutMs: number): Promise<boolean> {
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.wake = null; resolve(false); }, timeoutMs);
      this.wake = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.wake = null;
        resolve(true);
      };
    });
  }
}

/** One concurrent fuzz stream with its own random sequence and current socket. */
interface Worker { id: number; rng: Prng; mutator: FrameMutator; socket: FuzzSocket | null; cycles: number; opened: number }

/** Runs a fuzz session against the harness's server and reports (the caller asserts or prints). */
export async function fuzzFrames(options: FrameFuzzOptions): Promise<FrameFuzzReport> {
  const run = new FrameFuzzRun(options);
  return run.run();
}

class FrameFuzzRun {
  private readonly o: Required<Omit<FrameFuzzOptions, 'onProgress'>> & Pick<FrameFuzzOptions, 'onProgress'>;
  private readonly rng: Prng;
  private readonly report: FrameFuzzReport;
  private readonly workers: Worker[] = [];
  /** The frame each fuzz session has in flight (for attributing timings). */
  private readonly inFlight = new Map<string, { frame: FuzzFrame; permission: Permission }>();
  /** Document changes each session caused. */
  private readonly changesBy = new Map<string, number>();
  private readonly samples: number[] = [];
  private docName = '';
  private good: FuzzPeer | null = null;
  private roomDoc: Y.Doc | null = null;
  private goodSession = '';
  private goodEditsPaused = false;
  /** The re-attachment to the room's new copy after a reset, while it is under way. */
  private reattaching: Promise<void> | null = null;
  /** Set once the well-behaved client's copy differed from the server's in this room (reported once). */
  private roomDiverged = false;
  private started = 0;

  constructor(options: FrameFuzzOptions) {
    this.o = {
      workers: 4, readerShare: 0.25, cyclesPerConnection: 60, roundFrames: 20_000, checkEvery: 2_500,
      measure: false, cycleTimeoutMs: 10_000, maxFrameBytes: DEFAULT_LIMITS.maxFrameBytes, ...options,
    };
    this.rng = new Prng(options.seed);
    this.report = {
      frames: 0, textFrames: 0, probes: 0, connections: 0, survived: 0, closesByCode: {}, byCategory: {},
      documentChanges: { byWriters: 0, byWellBehaved: 0, byReaders: 0, byRefusedFrames: 0, byOthers: 0 },
      violations: [], violationCount: 0, serverErrors: [], refusalReasons: {},
      goodClient: { rooms: 0, checkpoints: 0, edits: 0, closes: [], reconnects: 0 }, roomResets: 0, timing: null, elapsedMs: 0,
    };
  }

  async run(): Promise<FrameFuzzReport> {
    const t0 = performance.now();
    if (this.o.measure) this.instrument();
    try {
      return await this.runRooms(t0);
    } finally {
      this.gcObserver?.disconnect();
    }
  }

  private async runRooms(t0: number): Promise<FrameFuzzReport> {
    for (let w = 0; w < this.o.workers; w++) {
      const rng = this.rng.fork(`worker-${w}`);
      this.workers.push({ id: w, rng, mutator: new FrameMutator(rng.fork('frames'), this.o.maxFrameBytes), socket: null, cycles: 0, opened: 0 });
    }
    let round = 0;
    while (this.started < this.o.frames) {
      await this.openRoom(round++);
      const roundEnd = Math.min(this.o.frames, this.started + this.o.roundFrames);
      while (this.started < roundEnd) {
        // Each socket gets a fixed share of the batch, so a seed always sends the same frames.
        const batch = Math.min(roundEnd, this.started + this.o.checkEvery) - this.started;
        const share = (i: number) => Math.floor(batch / this.workers.length) + (i < batch % this.workers.length ? 1 : 0);
        await Promise.all(this.workers.map((w, i) => this.work(w, share(i))));
        await this.checkpoint();
        this.readServerLog();
        this.o.onProgress?.(this.snapshot(t0));
      }
      await this.closeRoom();
    }
    this.readServerLog();
    return this.snapshot(t0);
  }

  /** Takes the server's log lines so far into the report (and empties the log, which would grow with every frame). */
  private readServerLog(): void {
    const logs = this.o.harness.logs;
    for (const l of logs) {
      if (l.level === 'error') this.report.serverErrors.push(`${l.msg} ${JSON.stringify(l.fields ?? {})}`);
      if (l.msg === 'collab.frame-refused') {
        const why = String(l.fields?.why ?? '?').replace(/\d+/g, '#');
        this.report.refusalReasons[why] = (this.report.refusalReasons[why] ?? 0) + (Number(l.fields?.count) || 1);
      }
    }
    logs.length = 0;
  }

  private snapshot(t0: number): FrameFuzzReport {
    this.report.elapsedMs = Math.round(performance.now() - t0);
    if (this.o.measure) this.report.timing = this.timing();
    return structuredClone(this.report);
  }

  private violation(what: string): void {
    this.report.violationCount++;
    if (this.report.violations.length < 50) this.report.violations.push(what);
  }

  private async openRoom(round: number): Promise<void> {
    this.docName = groupDocName(`frame-fuzz-${this.o.seed}-${round}`.slice(0, 32), 1);
    this.goodSession = `goed-${round}`;
    this.roomDiverged = false;
    // Not through harness.connect, which keeps every client (and its document) until the harness stops.
    const good = connectPeer(`ws://127.0.0.1:${this.o.harness.port}`, this.docName, { name: 'Goede deelnemer', role: 'ambtenaar', permission: 'write', rng: this.rng.fork(`good-${round}`), session: this.goodSession });
    await waitFor(() => isSynced(good) || good.closes.length > 0, 'the well-behaved client to sync');
    this.good = good;
    this.report.goodClient.rooms++;
    good.provider.awareness.setLocalStateField('cursor', null); // keeps a presence state in the room
    await this.attachRoomDoc();
    const rng = this.rng.fork(`good-${round}`);
    let edits = 0;
    const timer = setInterval(() => {
      if (this.goodEditsPaused || unexpectedCloses(good.closes).length > 0) return;
      runGroupOp(good.doc, rng, { key: 'p-goed', role: 'ambtenaar' }, `goed_${round}_${edits++}`);
      this.report.goodClient.edits++;
    }, 50);
    this.stopGoodEdits = () => clearInterval(timer);
  }

  private stopGoodEdits: () => void = () => {};

  /** Listens to the open room's own Y.Doc (the server runs in this process); the well-behaved client keeps it loaded. */
  private async attachRoomDoc(): Promise<void> {
    const good = this.good!;
    await waitFor(() => good.provider.wsconnected && isSynced(good), 'the well-behaved client to be in the room');
    this.roomDoc?.off('update', this.onServerChange);
    this.roomDoc = await this.o.harness.documents.read(this.docName, (doc) => doc);
    this.roomDoc.on('update', this.onServerChange);
  }

  /** After a room reset: counts it once and listens to the room's new copy once the well-behaved client is back. */
  private noticeReset(): Promise<void> {
    if (!this.roomDoc?.isDestroyed) return this.reattaching ?? Promise.resolve();
    if (!this.reattaching) {
      this.report.roomResets++;
      this.reattaching = this.attachRoomDoc().finally(() => { this.reattaching = null; });
    }
    return this.reattaching;
  }

  private readonly onServerChange = (_update: Uint8Array, origin: unknown): void => {
    const changes = this.report.documentChanges;
    if (!(origin instanceof Connection)) { changes.byOthers++; this.violation(`document changed by ${String(origin)}`); return; }
    const session = origin.identity.sessionId;
    this.changesBy.set(session, (this.changesBy.get(session) ?? 0) + 1);
    if (origin.permission !== 'write') { changes.byReaders++; this.violation(`document changed by read connection ${session}`); return; }
    if (session === this.goodSession) changes.byWellBehaved++;
    else changes.byWriters++;
  };

  private async closeRoom(): Promise<void> {
    for (const w of this.workers) {
      w.socket?.ws.terminate();
      w.socket = null;
    }
    this.stopGoodEdits();
    await this.noticeReset();
    const good = this.good!;
    this.report.goodClient.closes.push(...unexpectedCloses(good.closes));
    this.report.goodClient.reconnects += good.closes.length - unexpectedCloses(good.closes).length;
    const sameRoom = await this.o.harness.documents.read(this.docName, (doc) => doc === this.roomDoc);
    if (!sameRoom) this.violation(`room ${this.docName} was reloaded while its well-behaved client was connected`);
    this.roomDoc?.off('update', this.onServerChange);
    const server = await this.o.harness.documents.read(this.docName, fingerprintOf);
    const stored = await this.o.harness.storedDoc(this.docName, fingerprintOf);
    if (stored.snapshot !== server.snapshot || stored.content !== server.content) this.violation(`room ${this.docName}: the stored document differs from the server's`);
    good.destroy();
  }

  /** Pauses fuzzing until the well-behaved client holds the server's document. */
  private async checkpoint(): Promise<void> {
    const good = this.good!;
    this.goodEditsPaused = true;
    try {
      await this.noticeReset();
      if (unexpectedCloses(good.closes).length > 0) {
        this.violation(`the well-behaved client was closed: ${JSON.stringify(unexpectedCloses(good.closes))}`);
        return;
      }
      if (this.roomDiverged) return;
      const converged = await waitFor(async () => {
        const server = await this.o.harness.documents.read(this.docName, fingerprintOf);
        const mine = fingerprintOf(good.doc);
        return good.provider.wsconnected && good.provider.synced && mine.snapshot === server.snapshot && mine.content === server.content;
      }, 'convergence', 10_000).then(() => true, () => false);
      if (converged) this.report.goodClient.checkpoints++;
      else {
        this.roomDiverged = true;
        this.violation(`the well-behaved client did not converge at frame ${this.started} (room ${this.docName}; not checked again in this room): ${await this.divergence(good.doc)}`);
      }
    } finally {
      this.goodEditsPaused = false;
    }
  }

  /** What differs between the well-behaved client's copy and the server's, for the report. */
  private async divergence(mine: Y.Doc): Promise<string> {
    const describe = (doc: Y.Doc) => ({
      sv: Y.decodeStateVector(Y.encodeStateVector(doc)),
      pendingStructs: doc.store.pendingStructs?.update.length ?? 0,
      pendingDs: doc.store.pendingDs?.length ?? 0,
      fingerprint: fingerprintOf(doc),
    });
    const server = await this.o.harness.documents.read(this.docName, describe);
    const client = describe(mine);
    const clocks: string[] = [];
    for (const id of new Set([...server.sv.keys(), ...client.sv.keys()])) {
      if (server.sv.get(id) !== client.sv.get(id)) clocks.push(`${id}: server ${server.sv.get(id) ?? 0}, client ${client.sv.get(id) ?? 0}`);
    }
    return JSON.stringify({
      synced: this.good?.provider.synced,
      clocksDiffering: clocks.slice(0, 10),
      sameDeleteSet: server.fingerprint.snapshot === client.fingerprint.snapshot,
      sameContent: server.fingerprint.content === client.fingerprint.content,
      pending: { server: [server.pendingStructs, server.pendingDs], client: [client.pendingStructs, client.pendingDs] },
    });
  }

  private async work(w: Worker, frames: number): Promise<void> {
    for (let i = 0; i < frames; i++) {
      this.started++;
      if (!w.socket || w.socket.closed || w.cycles >= this.o.cyclesPerConnection) {
        if (w.socket) {
          w.socket.ws.terminate();
          this.changesBy.delete(w.socket.session);
        }
        const permission: Permission = w.rng.chance(this.o.readerShare) ? 'read' : 'write';
        w.socket = await FuzzSocket.open(`${this.o.harness.url}/${this.docName}`, `fuzz-${this.o.seed}-${w.id}-${w.opened++}`, permission);
        w.cycles = 0;
        this.report.connections++;
      }
      await this.cycle(w.socket, w.mutator.next());
      w.cycles++;
    }
  }

  private async cycle(socket: FuzzSocket, frame: FuzzFrame): Promise<void> {
    const r = this.report;
    const cat = (r.byCategory[frame.category] ??= { sent: 0, survived: 0, closes: {} });
    const changesBefore = this.changesBy.get(socket.session) ?? 0;
    const nonce = `p${r.probes}`;
    const roomDocBefore = this.roomDoc;
    this.inFlight.set(socket.session, { frame, permission: socket.permission });
    if (frame.binary && isSyncRequest(frame.bytes)) socket.syncRequests++;
    socket.ws.send(frame.bytes, { binary: frame.binary });
    socket.ws.ping(nonce);
    r.frames++;
    r.probes++;
    cat.sent++;
    if (!frame.binary) r.textFrames++;
    const done = await socket.until(() => socket.closed !== null || socket.lastPong === nonce, this.o.cycleTimeoutMs);
    this.inFlight.delete(socket.session);
    const reset = roomDocBefore?.isDestroyed === true;
    if (reset) await this.noticeReset();
    if (!done) {
      this.violation(`${frame.category} ${hexHead(frame.bytes)} (${frame.bytes.length} bytes): neither answered nor closed`);
      socket.ws.terminate();
      return;
    }
    if (!socket.closed) {
      r.survived++;
      cat.survived++;
      return;
    }
    const { code } = socket.closed;
    r.closesByCode[code] = (r.closesByCode[code] ?? 0) + 1;
    cat.closes[code] = (cat.closes[code] ?? 0) + 1;
    const what = `${frame.category} from a ${socket.permission} socket, ${frame.bytes.length} bytes ${hexAll(frame.bytes)}`;
    if (!ALLOWED_CLOSE_CODES.has(code)) this.violation(`${what}: closed with ${code}, not a shared close code`);
    // A reset dropped the room's copy with the change in it; the checkpoints check it is nowhere else.
    if (!reset && (this.changesBy.get(socket.session) ?? 0) !== changesBefore) {
      r.documentChanges.byRefusedFrames++;
      this.violation(`${what}: refused with ${code} after it changed the document`);
    }
    const readerRefusedWrite = socket.permission === 'read' && code === CLOSE.readOnlyWrite.code;
    const closedByReset = code === CLOSE.serverShutdown.code; // another socket's frame reset the room
    const overSyncBudget = code === CLOSE.rateLimited.code && socket.syncRequests > SYNC_REQUEST_BURST;
    if (VALID_CATEGORIES.has(frame.category) && !readerRefusedWrite && !closedByReset && !overSyncBudget) this.violation(`${what}: a valid frame was refused with ${code}`);
  }

  /** Wraps the server side of every socket so each chunk's synchronous handling is timed. */
  private instrument(): void {
    const run = this;
    this.gcObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.duration >= 0.1) this.gcPauses.push([e.startTime, e.duration]);
    });
    this.gcObserver.observe({ entryTypes: ['gc'] });
    this.o.harness.http.prependListener('upgrade', (req, socket: Duplex) => {
      const header = req.headers['x-test-session'];
      const session = typeof header === 'string' ? header : '';
      const emit = socket.emit;
      socket.emit = function timedEmit(this: Duplex, event: string | symbol, ...args: unknown[]): boolean {
        if (event !== 'data') return emit.call(this, event, ...args);
        const t = performance.now();
        const cpu = process.cpuUsage();
        try {
          return emit.call(this, event, ...args);
        } finally {
          const used = process.cpuUsage(cpu);
          run.record(session, t, performance.now() - t, (used.user + used.system) / 1000, (args[0] as Buffer).length);
        }
      } as typeof socket.emit;
    });
  }

  private readonly worst: CostlyFrame[] = [];
  /** The costliest chunks by CPU (more than reported), re-ranked at the end without their GC pauses. */
  private readonly cpuCandidates: CostlyFrame[] = [];
  /** Garbage collection pauses: [start (performance.now), duration ms]. */
  private readonly gcPauses: [number, number][] = [];
  private gcObserver: PerformanceObserver | null = null;

  private record(session: string, startedAt: number, ms: number, cpuMs: number, length: number): void {
    this.samples.push(ms);
    if (this.report.frames <= WARM_UP_FRAMES) return; // first handlings compile their code
    const byWall = this.worst.length < 5 || ms > this.worst[this.worst.length - 1].ms;
    const candidate = this.cpuCandidates.length < CPU_CANDIDATES || cpuMs > this.cpuCandidates[this.cpuCandidates.length - 1].cpuMs;
    if (!byWall && !candidate) return;
    const current = this.inFlight.get(session);
    const entry: CostlyFrame = current
      ? { ms, cpuMs, gcMs: 0, category: current.frame.category, permission: current.permission, length: current.frame.bytes.length, head: hexHead(current.frame.bytes), startedAt }
      : { ms, cpuMs, gcMs: 0, category: session.startsWith('goed') ? 'well-behaved client' : 'no frame in flight', permission: 'well-behaved', length, head: '', startedAt };
    if (byWall) keepTop(this.worst, entry, (e) => e.ms);
    if (candidate) keepTop(this.cpuCandidates, entry, (e) => e.cpuMs, CPU_CANDIDATES);
  }

  /** Milliseconds of garbage collection pauses within [from, from + ms]. */
  private gcWithin(from: number, ms: number): number {
    const pauses = this.gcPauses; // in the order they happened
    let lo = 0;
    let hi = pauses.length;
    while (lo < hi) { // first pause starting after `from` minus the longest plausible pause
      const mid = (lo + hi) >> 1;
      if (pauses[mid][0] < from - 1000) lo = mid + 1; else hi = mid;
    }
    let total = 0;
    for (let i = lo; i < pauses.length && pauses[i][0] < from + ms; i++) {
      const [start, duration] = pauses[i];
      const overlap = Math.min(from + ms, start + duration) - Math.max(from, start);
      if (overlap > 0) total += overlap;
    }
    return total;
  }

  private timing(): FrameFuzzReport['timing'] {
    const sorted = Float64Array.from(this.samples).sort();
    const at = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
    const withGc = (e: CostlyFrame) => ({ ...e, gcMs: this.gcWithin(e.startedAt, e.ms) });
    const candidates = this.cpuCandidates.map(withGc);
    const worstCpuBesideGc = [...candidates].sort((a, b) => (b.cpuMs - b.gcMs) - (a.cpuMs - a.gcMs)).slice(0, 5);
    return { chunks: sorted.length, worst: this.worst.map(withGc), worstCpu: candidates.slice(0, 5), worstCpuBesideGc, p50: at(0.5), p99: at(0.99), p999: at(0.999) };
  }
}

/** Frames after which the costliest chunks are tracked: before, each first use of a code path compiles it. */
export const WARM_UP_FRAMES = 2_000;

/** How many of the costliest chunks by CPU are kept to be re-ranked without their GC pauses. */
const CPU_CANDIDATES = 200;

function keepTop(list: CostlyFrame[], entry: CostlyFrame, cost: (e: CostlyFrame) => number, size = 5): void {
  list.push(entry);
  list.sort((a, b) => cost(b) - cost(a));
  list.length = Math.min(list.length, size);
}
