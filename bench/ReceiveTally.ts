// SPDX-License-Identifier: EUPL-1.2
/**
 * For each keystroke a worker's clients received: the latest arrival time over those clients and
 * how many of them received it. The coordinator joins the tallies of all workers.
 */
import type { ReceivedEntry } from './workerProtocol.js';

/** Arrival times per keystroke key, reduced to (latest, count) so it stays small. */
export class ReceiveTally {
  private readonly byKey = new Map<string, { latest: number; receivers: number }>();

  /** Notes that one client received a keystroke at a time. */
  record(key: string, at: number): void {
    const entry = this.byKey.get(key);
    if (entry) {
      entry.receivers++;
      if (at > entry.latest) entry.latest = at;
    } else this.byKey.set(key, { latest: at, receivers: 1 });
  }

  /** The tally as plain entries for the IPC channel. */
  entries(): ReceivedEntry[] {
    return Array.from(this.byKey, ([key, e]) => [key, e.latest, e.receivers]);
  }
}
