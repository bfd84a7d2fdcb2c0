// SPDX-License-Identifier: EUPL-1.2
/**
 * Which process holds a data folder's store: a running server writes its process id to
 * `<dataDir>/stip.pid` at start and removes it when it stops. A file left by a killed server
 * names a process that no longer runs, so it does not count. Restore and the CLI's deletes
 * consult it, because they must not change the file under a running server.
 */
import fs from 'node:fs';
import path from 'node:path';

const pidFile = (dataDir: string) => path.join(dataDir, 'stip.pid');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records this process as the holder of the store; returns the function that gives it up again. */
export function claimStore(dataDir: string): () => void {
  const file = pidFile(dataDir);
  const mine = String(process.pid);
  try {
    fs.writeFileSync(file, mine + '\n', { mode: 0o644 });
  } catch {
    return () => {};
  }
  return () => {
    try {
      if (fs.readFileSync(file, 'utf8').trim() === mine) fs.rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
}

/** The id of a live server process holding the store, or null when none does. */
export function runningServerPid(dataDir: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(pidFile(dataDir), 'utf8').trim();
  } catch {
    return null;
  }
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 && isRunning(pid) ? pid : null;
}
