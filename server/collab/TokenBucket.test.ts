// SPDX-License-Identifier: EUPL-1.2
/**
 * The rate limits' bucket: bursts up to its cap, the sustained rate after; frames that piled up
 * while the server's own event loop was blocked (credited time) are no burst, a flood still is.
 */
import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket.js';
import { LoopWatch } from './LoopWatch.js';

const takes = (bucket: TokenBucket, n: number, creditMs = 0) => Array.from({ length: n }, () => bucket.take(1, creditMs)).filter(Boolean).length;

describe('a token bucket', () => {
  it('allows its burst at once, then the sustained rate', () => {
    let now = 0;
    const bucket = new TokenBucket(5, 20, () => now);
    expect(takes(bucket, 30)).toBe(20);
    now += 1000;
    expect(takes(bucket, 30)).toBe(5);
  });

  it('cuts what piled up during a long wait to its burst, unless the wait was the server being blocked', () => {
    let now = 0;
    const plain = new TokenBucket(5, 20, () => now);
    const credited = new TokenBucket(5, 20, () => now);
    expect(takes(plain, 20) + takes(credited, 20)).toBe(40);
    now += 60_000; // a typer at 5 a second sent 300 frames while the server could not read them
    expect(takes(plain, 300)).toBe(20);
    expect(takes(credited, 300, 60_000)).toBe(300);
    // Once the server runs again the cap is back: a flood is cut to the burst.
    now += 1000;
    expect(takes(credited, 300)).toBe(5);
  });
});

describe('the loop watch', () => {
  it('tells how long the loop has been blocked beyond a normal turn', () => {
    let now = 1000;
    const watch = new LoopWatch(() => now);
    expect(watch.blockedMs()).toBe(0);
    now += 5200; // no tick ran: the loop was blocked
    expect(watch.blockedMs()).toBe(5000);
    watch.stop();
  });
});
