// SPDX-License-Identifier: EUPL-1.2
/**
 * The real Stip server as a child process (`node --import tsx server/index.ts`), for tests and
 * load runs that must kill it, restart it or measure its memory: PORT, HOST=127.0.0.1,
 * STIP_DATA_DIR and STIP_QUIET=1 from the caller; ready once GET /api/health answers 200.
 * Also runs the CLI (`server/cli/main.ts`) on a data folder.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A running server process. */
export interface StipProcess {
  readonly pid: number;
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Resident memory of the process in bytes (Linux /proc), or null where unknown. */
  rss(): number | null;
  /** Sends a signal and resolves once the process has exited. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function serverEnv(port: number, dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('STIP_')) delete env[key];
  return { ...env, PORT: String(port), HOST: '127.0.0.1', STIP_DATA_DIR: dataDir, STIP_QUIET: '1', ...extra };
}

function readRss(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

async function waitUntilHealthy(child: ChildProcess, url: string, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`Stip stopped while starting (${child.exitCode ?? child.signalCode}): ${stderr()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`Stip did not become healthy: ${stderr()}`);
}

/** Starts the server on `port` with `dataDir` (extra environment variables in `env`). */
export async function startStipProcess(options: { port: number; dataDir: string; env?: Record<string, string> }): Promise<StipProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/index.ts')], {
    cwd: REPO_ROOT, env: serverEnv(options.port, options.dataDir, options.env ?? {}), stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntilHealthy(child, url, () => stderr);
  return {
    pid: child.pid!,
    port: options.port,
    url,
    stderr: () => stderr,
    rss: () => readRss(child.pid!),
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** What a CLI run printed. */
export interface CliRun { code: number | null; stdout: string; stderr: string }

/** Runs `npm run stip -- <args>` (as node --import tsx server/cli/main.ts) on a data folder. */
export function runStipCli(args: string[], dataDir: string, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/cli/main.ts'), ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { ...serverEnv(0, dataDir, env), PORT: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like runStipCli, without blocking this process (so it can keep serving or writing meanwhile). */
export function runStipCliAsync(args: string[], dataDir: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'server/cli/main.ts'), ...args], {
      cwd: REPO_ROOT, encoding: 'utf8', env: { ...serverEnv(0, dataDir, env), PORT: '' },
    }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
