// SPDX-License-Identifier: EUPL-1.2
/**
 * The coordinator's side of one load worker: forks bench/loadWorker.ts and turns its IPC messages
 * (bench/workerProtocol.ts) into promises with time limits.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { stopChild, trackChild } from './cleanup.js';
import { REPO_ROOT } from './servers.js';
import type { FromWorker, ToWorker } from './workerProtocol.js';

type Waiter = { type: FromWorker['type']; resolve: (m: FromWorker) => void; reject: (e: Error) => void };

/** One forked load worker. */
export class WorkerHandle {
  private readonly child: ChildProcess;
  private readonly inbox: FromWorker[] = [];
  private readonly waiters = new Set<Waiter>();
  private failure: Error | null = null;

  constructor(readonly id: number) {
    this.child = trackChild(fork(path.join(REPO_ROOT, 'bench/loadWorker.ts'), [], {
      cwd: REPO_ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }));
    this.child.on('message', (message: FromWorker) => this.receive(message));
    this.child.on('exit', (code, signal) => this.fail(new Error(`worker ${id} exited (${code ?? signal})`)));
  }

  private receive(message: FromWorker): void {
    if (message.type === 'error') return this.fail(new Error(`worker ${this.id}: ${message.message}`));
    for (const waiter of this.waiters) {
      if (waiter.type === message.type) {
        this.waiters.delete(waiter);
        return waiter.resolve(message);
      }
    }
    this.inbox.push(message);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiters) waiter.reject(this.failure);
    this.waiters.clear();
  }

  /** Sends a message to the worker. */
  send(message: ToWorker): void {
    if (this.child.connected) this.child.send(message);
  }

  /** The next message of a type, or an error when the worker fails or timeoutMs pass. */
  next<T extends FromWorker['type']>(type: T, timeoutMs: number): Promise<Extract<FromWorker, { type: T }>> {
    const queued = this.inbox.findIndex((m) => m.type === type);
    if (queued >= 0) return Promise.resolve(this.inbox.splice(queued, 1)[0] as Extract<FromWorker, { type: T }>);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        type,
        resolve: (m) => { clearTimeout(timer); resolve(m as Extract<FromWorker, { type: T }>); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`worker ${this.id}: no "${type}" within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Asks the worker to close its clients and exit; kills it if it does not. */
  async close(): Promise<void> {
    this.send({ type: 'close' });
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    const timer = setTimeout(() => void stopChild(this.child, 1000), 5000);
    await exited;
    clearTimeout(timer);
  }
}
