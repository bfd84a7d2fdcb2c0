// SPDX-License-Identifier: EUPL-1.2
/**
 * Starts and stops the two servers the bench compares, each as a child process on a loopback port:
 *
 *   reference  y-websocket@2.1.0 bin/server.cjs (installed as `y-websocket-reference`), in memory:
 *              env HOST, PORT; YPERSISTENCE and CALLBACK_URL removed so nothing is persisted or
 *              called. It answers any HTTP request with 200 "okay"; documents at ws://host:port/<name>.
 *   Stip       the built server exactly as `npm start` runs it: plain `node <flags> dist/server/index.mjs`
 *              (scripts/serverProcess.mjs; built from server/index.ts by scripts/buildServer.mjs, see
 *              prepareStipBuild), with PORT,
 *              HOST, STIP_DATA_DIR, STIP_PUBLIC_URL, STIP_QUIET=1; ready when GET /api/health
 *              answers 200; documents at /collab/<name>.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServerIfStale, CLI_BUNDLE } from '../scripts/buildServer.mjs';
import { serverNodeArgs } from '../scripts/serverProcess.mjs';
import { stopChild, trackChild } from './cleanup.js';

/** The repository root (bench/..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Loopback host every server binds and every client dials. */
export const LOOPBACK = '127.0.0.1';

const REFERENCE_SERVER = path.join(REPO_ROOT, 'node_modules/y-websocket-reference/bin/server.cjs');
const STIP_SOURCES = [path.join(REPO_ROOT, 'server/index.ts'), path.join(REPO_ROOT, 'server/cli/main.ts')];
/** The built Stip command-line tool (server/cli/main.ts) used to seed workshops. */
export const STIP_CLI: string = CLI_BUNDLE;

/** Which server a run measures. */
export type ServerKind = 'stip' | 'reference';

/** A server started by the bench. */
export interface RunningServer {
  kind: ServerKind;
  /** Process id, for CPU and memory readings. */
  pid: number;
  /** Base URL the provider appends `/<docName>` to. */
  wsUrl: string;
  /** http://127.0.0.1:<port>, also sent as the Origin header. */
  httpBase: string;
  /** The server's last lines of output (for error messages). */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
}

/** True when the Stip server and CLI sources exist in this tree (they may still be in the making). */
export function stipAvailable(): boolean {
  return STIP_SOURCES.every((file) => existsSync(file));
}

/** Builds dist/server (server and CLI) when it is missing or older than its sources, as `npm start` does. */
export async function prepareStipBuild(): Promise<void> {
  await buildServerIfStale({ quiet: true });
}

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Keeps the last lines a child printed. */
function captureOutput(child: ChildProcess, keep = 40): () => string {
  const lines: string[] = [];
  const take = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
    if (lines.length > keep) lines.splice(0, lines.length - keep);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return () => lines.join('\n');
}

/** Polls url until it answers 200; fails when the child exits or timeoutMs pass. */
async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server not ready at ${url} after ${timeoutMs} ms:\n${output()}`);
}

async function startProcess(kind: ServerKind, args: string[], env: NodeJS.ProcessEnv, port: number, readyPath: string, wsPath: string): Promise<RunningServer> {
  const child = trackChild(spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  const output = captureOutput(child);
  const httpBase = `http://${LOOPBACK}:${port}`;
  try {
    await waitForHttp(httpBase + readyPath, child, output, 60_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    kind, pid: child.pid!, wsUrl: `ws://${LOOPBACK}:${port}${wsPath}`, httpBase, output,
    stop: () => stopChild(child),
  };
}

/** Environment for a server child: ours, minus anything that would change how it runs. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['YPERSISTENCE', 'CALLBACK_URL', 'CALLBACK_OBJECTS', 'GC', 'NODE_OPTIONS']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('STIP_')) delete env[key];
  return env;
}

/** Starts the reference y-websocket server in memory on a free loopback port. */
export async function startReference(): Promise<RunningServer> {
  const port = await freePort();
  const env = { ...baseEnv(), HOST: LOOPBACK, PORT: String(port) };
  return startProcess('reference', [REFERENCE_SERVER], env, port, '/', '');
}

/** Starts the Stip server on a loopback port with its data in dataDir (seeded beforehand); `settings`: more STIP_* variables. */
export async function startStip(port: number, dataDir: string, settings: Record<string, string> = {}, nodeArgs: string[] = []): Promise<RunningServer> {
  const env = {
    ...baseEnv(), HOST: LOOPBACK, PORT: String(port), STIP_DATA_DIR: dataDir,
    STIP_PUBLIC_URL: `http://${LOOPBACK}:${port}`, STIP_QUIET: '1', ...settings,
  };
  return startProcess('stip', [...nodeArgs, ...serverNodeArgs()], env, port, '/api/health', '/collab');
}
