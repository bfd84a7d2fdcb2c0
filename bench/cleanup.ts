// SPDX-License-Identifier: EUPL-1.2
/**
 * Everything the bench starts (servers, workers, CLI runs) and every temp dir it makes is tracked
 * here, so it is all stopped and removed at the end — also on an error, a timeout or Ctrl-C.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const children = new Set<ChildProcess>();
const dirs = new Set<string>();

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Remembers a child process so it is stopped at the end. */
export function trackChild<T extends ChildProcess>(child: T): T {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Makes a temp dir that is removed at the end. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.add(dir);
  return dir;
}

/** Removes a temp dir made by makeTempDir. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** Stops one child: SIGTERM, then SIGKILL if it has not exited after graceMs. */
export async function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => { if (isRunning(child)) child.kill('SIGKILL'); }, graceMs);
  await exited;
  clearTimeout(timer);
}

/** Stops every tracked child and removes every tracked temp dir. */
export async function cleanupAll(): Promise<void> {
  await Promise.all(Array.from(children, (c) => stopChild(c)));
  for (const dir of Array.from(dirs)) removeTempDir(dir);
}

/** Last resort when the process exits anyway: kill what is left, synchronously. */
process.on('exit', () => {
  for (const child of children) if (isRunning(child)) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
