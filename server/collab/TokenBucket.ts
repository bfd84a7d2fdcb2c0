// SPDX-License-Identifier: EUPL-1.2
/** A token bucket: `ratePerSecond` sustained, up to `burst` at once; used for per-connection rate limits. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly ratePerSecond: number, private readonly burst: number, private readonly now: () => number = performance.now.bind(performance)) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes `amount` tokens; false (taking nothing) when the bucket holds fewer. */
  take(amount = 1): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}
