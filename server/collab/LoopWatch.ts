// SPDX-License-Identifier: EUPL-1.2
/**
 * How long this process's event loop has been blocked right now. A ticker notes every turn; a
 * frame read long after the last tick waited while the server itself could not run (a starved
 * machine, a long task): it piled up, it was not sent as a burst. Connection.admit credits that
 * time to the rate limits (TokenBucket: the sustained rate still holds over real time, only the
 * burst cap no longer cuts off what piled up).
 */

/** How often the ticker notes a turn. */
const TICK_MS = 100;

/** The ticker of one collaboration server. */
export class LoopWatch {
  private lastTick: number;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly now: () => number = performance.now.bind(performance)) {
    this.lastTick = now();
    this.timer = setInterval(() => { this.lastTick = this.now(); }, TICK_MS);
    this.timer.unref();
  }

  /** Milliseconds the loop has been blocked beyond a normal turn; 0 while it runs freely. */
  blockedMs(): number {
    return Math.max(0, this.now() - this.lastTick - 2 * TICK_MS);
  }

  /** Stops the ticker. */
  stop(): void {
    clearInterval(this.timer);
  }
}
