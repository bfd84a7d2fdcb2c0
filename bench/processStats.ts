// SPDX-License-Identifier: EUPL-1.2
/**
 * CPU time and memory of a server process, read from Linux procfs:
 *
 *   /proc/<pid>/stat     "<pid> (<comm>) <state> ..." — utime and stime are fields 14 and 15,
 *                        in clock ticks (getconf CLK_TCK, nearly always 100 per second);
 *                        /proc/<pid>/task/<pid>/stat the same for the main thread alone
 *   /proc/<pid>/status   "VmHWM:  123456 kB" (peak resident set), "VmRSS:  ... kB" (current)
 *
 * Threads are included (the kernel sums them into the process). Returns null when the process
 * is gone or procfs is missing.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | null = null;

/** Clock ticks per second of /proc/<pid>/stat times. */
function clockTicksPerSecond(): number {
  if (ticksPerSecond === null) {
    try {
      const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
      ticksPerSecond = Number.isFinite(value) && value > 0 ? value : 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User plus system CPU seconds the process (or with `mainThread`, only its main thread: the event loop) has used so far. */
export function readCpuSeconds(pid: number, mainThread = false): number | null {
  try {
    const stat = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond();
  } catch {
    return null;
  }
}

/** A memory line of /proc/<pid>/status in kilobytes (VmHWM = peak, VmRSS = now). */
export function readMemoryKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The direct child processes of a process (Linux). */
function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/**
 * Samples VmRSS every interval and keeps the highest value (a fallback when VmHWM is missing);
 * `withChildren`: the process and its direct children together (the server and its export worker).
 */
export class RssSampler {
  private maxKb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number, intervalMs = 250, private readonly withChildren = false) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    const pids = this.withChildren ? [this.pid, ...childPids(this.pid)] : [this.pid];
    const kb = pids.reduce<number | null>((sum, pid) => {
      const one = readMemoryKb(pid, 'VmRSS');
      return one === null ? sum : (sum ?? 0) + one;
    }, null);
    if (kb !== null && kb > this.maxKb) this.maxKb = kb;
  }

  /** Stops sampling and returns the highest VmRSS seen, in kilobytes. */
  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return this.maxKb;
  }
}
