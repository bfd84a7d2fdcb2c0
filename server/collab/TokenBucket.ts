// SPDX-License-Identifier: EUPL-1.2
/** A token bucket: `ratePerSecond` sustained, up to `burst` at once; used for per-connection rate limits. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly ratePerSecond: number, private readonly burst: number, private readonly now: () => number = performance.now.bind(performance)) {
    this.tokens = burst;
    this.last = now();
  }

  /**
   * Takes `amount` tokens; false (taking nothing) when the bucket holds fewer. `creditMs`: time the
   * taker could not take (the server's own event loop was blocked, LoopWatch.ts), whose tokens are
   * kept above the burst cap while it lasts.
   */
  take(amount = 1, creditMs = 0): boolean {
    const now = this.now();
    const cap = this.burst + (creditMs / 1000) * this.ratePerSecond;
    this.tokens = Math.min(cap, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}
