// SPDX-License-Identifier: EUPL-1.2
/**
 * A private redis-server for a test (so restarting it does not disturb other tests that use the
 * shared one on 6379): no persistence, loopback, a free port; `restart` stops it and starts a new
 * empty one on the same port, as a Redis restart without persistence does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createClient } from 'redis';
import { freePort } from '../../scripts/soak/stipProcess.js';

/** A running private Redis. */
export interface RedisProcess {
  url: string;
  /** Stops it (SIGKILL: as a crash) and starts an empty one on the same port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it without starting it again. */
  kill(): Promise<void>;
  /** Starts it again after kill(). */
  start(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const pong = await client.ping();
    return pong === 'PONG';
  } catch {
    return false;
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/** Starts a private redis-server on a free port. */
export async function startRedisProcess(): Promise<RedisProcess> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    while (!(await answers(url))) await new Promise((r) => setTimeout(r, 20));
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, start, kill, restart: async () => { await kill(); await start(); }, stop: kill };
}
