// SPDX-License-Identifier: EUPL-1.2
/**
 * A load worker: a child process (child_process.fork) that runs a share of the bench's simulated
 * people, so the load generator is not the bottleneck. It follows the coordinator's messages
 * (bench/workerProtocol.ts) and exits when told to close or when the coordinator goes away.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { BenchClient } from './BenchClient.js';
import { MessageCounter } from './MessageCounter.js';
import { ReceiveTally } from './ReceiveTally.js';
import { sharedNow, type FinalClock, type FromWorker, type ToWorker, type WorkerCounters } from './workerProtocol.js';

const clients: BenchClient[] = [];
const tally = new ReceiveTally();
const counter = new MessageCounter();
let windowStart: { updates: number; awareness: number; disconnects: number; cpu: NodeJS.CpuUsage } | null = null;
let windowCounters: WorkerCounters | null = null;
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

process.setMaxListeners(0); // every provider adds an exit listener

function send(message: FromWorker): void {
  process.send?.(message);
}

const sumDisconnects = () => clients.reduce((n, c) => n + c.disconnects, 0);

async function connect(message: Extract<ToWorker, { type: 'connect' }>): Promise<void> {
  for (const plan of message.clients) {
    clients.push(new BenchClient(plan, message.serverUrl, message.origin, tally, counter));
    await new Promise((resolve) => setTimeout(resolve, 5)); // no connection storm
  }
  await Promise.all(clients.map((c) => c.whenSynced(message.syncTimeoutMs)));
  send({ type: 'ready', clients: clients.map((c) => ({ index: c.plan.index, clientId: c.doc.clientID })) });
}

async function start(message: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, message.startAt - sharedNow())));
  windowStart = {
    updates: counter.updateMessages, awareness: counter.awarenessMessages,
    disconnects: sumDisconnects(), cpu: process.cpuUsage(),
  };
  loopDelay.reset();
  loopDelay.enable();
  await Promise.all(clients.map((c) => c.typeFor(message.startAt, message.durationMs)));
  const finalClocks = clients.map((c) => c.finalClock()).filter((f): f is FinalClock => f !== null);
  send({ type: 'typed', finalClocks });
}

async function drain(message: Extract<ToWorker, { type: 'expect' }>): Promise<void> {
  const pending = () => clients.filter((c) => !c.holds(message.targets)).length;
  while (pending() > 0 && Date.now() < message.deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  const cpu = process.cpuUsage(windowStart?.cpu);
  loopDelay.disable();
  windowCounters = {
    updateMessages: counter.updateMessages - (windowStart?.updates ?? 0),
    awarenessMessages: counter.awarenessMessages - (windowStart?.awareness ?? 0),
    disconnects: sumDisconnects() - (windowStart?.disconnects ?? 0),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
  };
  send({ type: 'drained', pendingClients: pending() });
}

function report(): void {
  send({
    type: 'report',
    sent: clients.flatMap((c) => c.sent),
    received: tally.entries(),
    snapshots: clients.map((c) => c.snapshot()),
    counters: windowCounters ?? { updateMessages: 0, awarenessMessages: 0, disconnects: 0, cpuSeconds: 0, loopDelayP99Ms: 0, loopDelayMaxMs: 0 },
  });
}

function close(): void {
  for (const c of clients) c.destroy();
  setTimeout(() => process.exit(0), 50);
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'connect': return connect(message);
    case 'start': return start(message);
    case 'expect': return drain(message);
    case 'report': return report();
    case 'close': return close();
  }
}

process.on('message', (message: ToWorker) => {
  handle(message).catch((error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
});
process.on('disconnect', () => process.exit(0));
