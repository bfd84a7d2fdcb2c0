// SPDX-License-Identifier: EUPL-1.2
/**
 * The CLI (`npm run stip -- …`, server/cli/main.ts) as a child process on the store of a test server:
 * its data folder and, on PostgreSQL (STIP_TEST_STORE=postgres), its database. The child gets no Stip
 * settings from this process's environment, just as a test server reads none (loadConfig({}, …)).
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPgTestDatabase } from './pgTestDatabase.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(root, 'server/cli/main.ts');

/** Where a test server keeps everything (a TestServer is one). */
export interface CliStore { readonly dataDir: string; readonly databaseUrl: string | null }

/** How a CLI run ended. */
export interface CliRun { code: number; stdout: string; stderr: string }

/** A store made for the CLI before any server runs on it (give both to startTestServer). */
export interface OwnCliStore extends CliStore { close(): Promise<void> }

/** Settings a Stip process reads from its environment. */
const STIP_SETTING = /^(STIP_|DATABASE_URL$|REDIS_URL$|PORT$|HOST$)/;

/** The child's environment: this process's without Stip settings, the store, then `extra`. */
function cliEnv(store: CliStore, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !STIP_SETTING.test(name)));
  return { ...env, ...extra, STIP_DATA_DIR: store.dataDir, ...(store.databaseUrl ? { DATABASE_URL: store.databaseUrl } : {}) };
}

/** Runs the CLI and waits (this process does nothing meanwhile: no server of it may need to answer). */
export function stipCli(args: string[], store: CliStore, extra: Record<string, string> = {}): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: root, encoding: 'utf8', env: cliEnv(store, extra) });
  return { code: run.status ?? 1, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI without blocking this process (a test server in it keeps answering). */
export function stipCliAsync(args: string[], store: CliStore, extra: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: root, encoding: 'utf8', env: cliEnv(store, extra) },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

/**
 * A fresh store as a test server would get one: a temp data folder and, with STIP_TEST_STORE=postgres,
 * a throwaway PostgreSQL database (STIP_TEST_DATABASE_URL: that one). close() drops what it made.
 */
export async function cliStore(): Promise<OwnCliStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-cli-'));
  const database = process.env.STIP_TEST_STORE === 'postgres' ? await createPgTestDatabase() : null;
  return {
    dataDir,
    databaseUrl: database?.url ?? (process.env.STIP_TEST_DATABASE_URL || null),
    async close() {
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
