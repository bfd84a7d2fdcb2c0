// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs dossier exports in a child process (exportWorker.ts), so a large export never blocks
 * collaboration. One process, started on first use and stopped after a minute without work (the
 * Typst compiler holds memory); tasks queue in it. The messages over its IPC channel are small:
 * the workshop id and what was chosen go there (the worker reads the workshop from `source`
 * itself), the path of the finished file comes back. The worker file is the built
 * `exportWorker.mjs` beside the server bundle, or else the TypeScript source loaded through tsx
 * (development, tests).
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { PartStatus } from './dossierBuilder.js';
import type { ExportStep } from './dossierRenderer.js';
import type { ExportedFile, ExportRequest, ExportSource, WorkerReply, WorkerTask } from './exportWorkerProtocol.js';

const IDLE_MS = 60_000;

interface Pending { resolve(reply: WorkerReply): void; reject(err: Error): void; onStep(step: ExportStep): void }

/** Starts the worker process. `import.meta.dirname` (not rewritten by the server build) is the running file's folder. */
function startWorker(): ChildProcess {
  const options = { serialization: 'advanced' as const, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] as ('ignore' | 'inherit' | 'ipc')[] };
  const built = path.join(import.meta.dirname, 'exportWorker.mjs');
  if (fs.existsSync(built)) return fork(built, [], { ...options, execArgv: [] });
  return fork(path.join(import.meta.dirname, 'exportWorker.ts'), [], { ...options, execArgv: ['--import', import.meta.resolve('tsx')] });
}

/** The export worker process as promises. */
export class ExportWorkerHost {
  private worker: ChildProcess | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  /** `source`: where this server keeps its data (the worker reads the workshops from there). */
  constructor(private readonly source: ExportSource) {}

  /** Exports a dossier in the worker into a file in the data folder; `onStep` hears each step. */
  async exportFile(request: ExportRequest, onStep: (step: ExportStep) => void = () => {}): Promise<ExportedFile> {
    const reply = await this.run((id) => ({ id, kind: 'render', source: this.source, request }), onStep);
    if (reply.type !== 'done') throw new Error('unexpected worker reply');
    return reply.file;
  }

  /** Which parts of a workshop's dossier are still empty, read and computed in the worker. */
  async status(workshopId: string): Promise<PartStatus> {
    const reply = await this.run((id) => ({ id, kind: 'status', source: this.source, workshopId }), () => {});
    if (reply.type !== 'status') throw new Error('unexpected worker reply');
    return reply.status;
  }

  /** Stops the worker (pending tasks fail). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.kill();
    await exited;
  }

  private run(task: (id: number) => WorkerTask, onStep: (step: ExportStep) => void): Promise<WorkerReply> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onStep });
      worker.send(task(id));
    });
  }

  private ensureWorker(): ChildProcess {
    if (this.worker) return this.worker;
    const worker = startWorker();
    // Neither the process nor its channel keeps the server alive; it exits when the channel closes.
    worker.unref();
    worker.channel?.unref();
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new Error(`export worker stopped (${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'step') return pending.onStep(reply.step);
    this.pending.delete(reply.id);
    if (reply.type === 'error') pending.reject(reply.refusal ? new ExportFailure(reply.message) : new Error(reply.message));
    else pending.resolve(reply);
    if (this.pending.size === 0) this.scheduleIdleStop();
  }

  private scheduleIdleStop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), IDLE_MS);
    this.idleTimer.unref();
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}

/** An export that failed for a reason a person can act on (a Dutch sentence, e.g. an image without alt text). */
export class ExportFailure extends Error {}
