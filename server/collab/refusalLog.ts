// SPDX-License-Identifier: EUPL-1.2
/**
 * Refused frames logged in aggregate: one `collab.frame-refused` line per kind (close code and
 * reason, digits folded) per window with its count, not one line per frame, so a flood of bad
 * frames cannot flood the log.
 */
import type { CollabLog } from './types.js';

/** Counts refusals and writes them out once per window. */
export class RefusalLog {
  private counts = new Map<string, { code: number; why: string; count: number; docs: Set<string> }>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly log: CollabLog, windowMs = 60_000) {
    this.timer = setInterval(() => this.flush(), windowMs);
    this.timer.unref();
  }

  /** Counts one refused frame. */
  record(code: number, why: string, docName: string): void {
    const folded = why.replace(/\d+/g, '#').slice(0, 120);
    const key = `${code} ${folded}`;
    const entry = this.counts.get(key) ?? { code, why: folded, count: 0, docs: new Set<string>() };
    entry.count++;
    if (entry.docs.size < 1000) entry.docs.add(docName);
    this.counts.set(key, entry);
  }

  /** Writes one line per kind counted since the last flush. */
  flush(): void {
    const counts = this.counts;
    this.counts = new Map();
    for (const { code, why, count, docs } of counts.values()) this.log('info', 'collab.frame-refused', { code, why, count, documents: docs.size });
  }

  /** Writes what is counted and stops the timer. */
  stop(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
