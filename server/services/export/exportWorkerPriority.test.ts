// SPDX-License-Identifier: EUPL-1.2
/**
 * The export process gives way to the server: on Linux every one of its threads runs under SCHED_IDLE
 * (through util-linux's chrt, part of every Debian system) and at nice 19, so typing is relayed first.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCHED_IDLE = 5;

/** Scheduling policy and nice of each thread of `pid` (fields 41 and 19 of /proc/<pid>/task/<tid>/stat). */
function threadsOf(pid: number): { policy: number; nice: number }[] {
  return fs.readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { policy: Number(fields[41 - 3]), nice: Number(fields[19 - 3]) };
  });
}

describe('the export process', () => {
  it('runs every thread under SCHED_IDLE at nice 19', async () => {
    const worker = fork(path.join(import.meta.dirname, 'exportWorker.ts'), [], {
      serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--import', import.meta.resolve('tsx')],
    });
    try {
      const pid = worker.pid!;
      let threads = threadsOf(pid);
      for (let i = 0; i < 200 && !threads.every((t) => t.policy === SCHED_IDLE); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        threads = threadsOf(pid);
      }
      expect(threads.length).toBeGreaterThan(0);
      expect(threads.map((t) => t.policy)).toEqual(threads.map(() => SCHED_IDLE));
      expect(threads.map((t) => t.nice)).toEqual(threads.map(() => 19));
    } finally {
      worker.kill();
    }
  });
});
