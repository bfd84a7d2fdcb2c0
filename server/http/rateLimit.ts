// SPDX-License-Identifier: EUPL-1.2
/**
 * Rate limits per key (a client address, a join link's hash): one token bucket per key, in a map
 * that stays bounded. A bucket that has refilled completely is the same as no bucket, so idle
 * entries are evicted; when the map is full anyway, the least recently used entry goes first.
 */
import { TokenBucket } from '../collab/TokenBucket.js';

/** Settings of one keyed limit. */
export interface KeyedLimitOptions {
  /** Sustained tokens per second per key; 0 or less switches the limit off. */
  ratePerSecond: number;
  /** Tokens a key may take at once. */
  burst: number;
  /** Most keys kept in memory (default 10 000). */
  maxKeys?: number;
  /** Clock in milliseconds (tests). */
  now?: () => number;
}

interface Entry { bucket: TokenBucket; lastUsed: number }

/** A token bucket per key with a bounded, self-cleaning map. */
export class KeyedRateLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly maxKeys: number;
  private readonly now: () => number;
  /** Milliseconds after which an untouched bucket is full again (and can be forgotten). */
  private readonly refillMs: number;
  private lastSweep: number;

  constructor(private readonly options: KeyedLimitOptions) {
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? (() => performance.now());
    this.refillMs = options.ratePerSecond > 0 ? (options.burst / options.ratePerSecond) * 1000 : 0;
    this.lastSweep = this.now();
  }

  /** Whether this limit is on at all. */
  get enabled(): boolean {
    return this.options.ratePerSecond > 0 && this.options.burst > 0;
  }

  /** Number of keys held (for tests and health figures). */
  get size(): number {
    return this.entries.size;
  }

  /** Takes one token for `key`; false when the key is over its limit. */
  take(key: string): boolean {
    if (!this.enabled) return true;
    const now = this.now();
    if (now - this.lastSweep >= this.refillMs) this.sweep(now);
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // re-insert: Map order is least recently used first
    } else {
      if (this.entries.size >= this.maxKeys) this.evictOldest();
      entry = { bucket: new TokenBucket(this.options.ratePerSecond, this.options.burst, this.now), lastUsed: now };
    }
    entry.lastUsed = now;
    this.entries.set(key, entry);
    return entry.bucket.take(1);
  }

  /** Seconds until a key that was refused has a token again (for Retry-After). */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(1 / Math.max(this.options.ratePerSecond, 1e-9)));
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, entry] of this.entries) {
      if (now - entry.lastUsed < this.refillMs) break; // the rest were used more recently
      this.entries.delete(key);
    }
  }

  private evictOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}
