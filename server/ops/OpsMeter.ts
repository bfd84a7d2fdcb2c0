// SPDX-License-Identifier: EUPL-1.2
/**
 * The running figures of /metrics that no other part keeps: accepted updates (a counter and the
 * rate over the last ten seconds), document store write latency (per batch) and event-loop delay.
 * Counts only: no document names, no people.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/** What the meter reports. */
export interface OpsFigures {
  updatesTotal: number;
  updatesPerSecond: number;
  storeWrites: number;
  storeWriteSecondsSum: number;
  storeWriteSecondsMax: number;
  eventLoopDelayP99Seconds: number;
  eventLoopDelayMaxSeconds: number;
}

const RATE_WINDOW_MS = 10_000;

/** Counts updates and store writes and watches the event loop. */
export class OpsMeter {
  private updates = 0;
  private windowStart = Date.now();
  private windowStartCount = 0;
  private lastRate = 0;
  private writes = 0;
  private writeSeconds = 0;
  private writeMax = 0;
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 20 });

  constructor() {
    this.loop.enable();
  }

  /** One update accepted and handed to the store. */
  countUpdate(): void {
    this.updates++;
  }

  /** One batch written by the document store, taking `ms`. */
  countWrite(ms: number): void {
    this.writes++;
    this.writeSeconds += ms / 1000;
    this.writeMax = Math.max(this.writeMax, ms / 1000);
  }

  figures(): OpsFigures {
    const now = Date.now();
    if (now - this.windowStart >= RATE_WINDOW_MS || this.lastRate === 0) {
      const seconds = Math.max(1, now - this.windowStart) / 1000;
      this.lastRate = (this.updates - this.windowStartCount) / seconds;
      if (now - this.windowStart >= RATE_WINDOW_MS) {
        this.windowStart = now;
        this.windowStartCount = this.updates;
      }
    }
    const figures: OpsFigures = {
      updatesTotal: this.updates,
      updatesPerSecond: Math.round(this.lastRate * 100) / 100,
      storeWrites: this.writes,
      storeWriteSecondsSum: this.writeSeconds,
      storeWriteSecondsMax: this.writeMax,
      eventLoopDelayP99Seconds: this.loop.percentile(99) / 1e9,
      eventLoopDelayMaxSeconds: this.loop.max / 1e9,
    };
    return figures;
  }

  stop(): void {
    this.loop.disable();
  }
}
