// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { KeyedRateLimiter } from './rateLimit.js';

describe('KeyedRateLimiter', () => {
  it('allows a burst per key, then refuses until tokens come back', () => {
    let now = 0;
    const limiter = new KeyedRateLimiter({ ratePerSecond: 2, burst: 3, now: () => now });
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
    expect(limiter.take('b')).toBe(true);
    now += 500;
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('a')).toBe(false);
  });

  it('never holds more keys than its maximum, dropping the least recently used', () => {
    let now = 0;
    const limiter = new KeyedRateLimiter({ ratePerSecond: 1, burst: 1, maxKeys: 3, now: () => now });
    for (const key of ['a', 'b', 'c', 'd', 'e']) limiter.take(key);
    expect(limiter.size).toBe(3);
    now += 1;
    expect(limiter.take('e')).toBe(false); // still known: recently used
  });

  it('forgets keys whose bucket has refilled, so idle clients cost nothing', () => {
    let now = 0;
    const limiter = new KeyedRateLimiter({ ratePerSecond: 10, burst: 10, now: () => now });
    for (let i = 0; i < 1000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(1000);
    now += 1001;
    limiter.take('192.0.2.1');
    expect(limiter.size).toBe(1);
  });

  it('is off with a rate of 0', () => {
    const limiter = new KeyedRateLimiter({ ratePerSecond: 0, burst: 0 });
    for (let i = 0; i < 100; i++) expect(limiter.take('a')).toBe(true);
    expect(limiter.size).toBe(0);
  });
});
