// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { WorkshopRecord } from '../store/workshopStore.js';
import { NamesShownCache, presenceNamesRule } from './presenceNames.js';

/** A workshop store whose answers the test releases by hand, counting the reads. */
function heldStore(shown: Map<string, boolean>) {
  const waiting: (() => void)[] = [];
  let reads = 0;
  return {
    store: {
      getWorkshop: (id: string) => {
        reads++;
        return new Promise<WorkshopRecord | null>((resolve) => {
          waiting.push(() => resolve(shown.has(id) ? ({ id, showNames: shown.get(id) } as WorkshopRecord) : null));
        });
      },
    },
    release: async () => {
      for (const answer of waiting.splice(0)) answer();
      await new Promise((resolve) => setImmediate(resolve));
    },
    reads: () => reads,
  };
}

describe('the cache of "names shown" the rooms read', () => {
  it('hides names while a workshop is unknown, and shows them once its answer is loaded', async () => {
    const held = heldStore(new Map([['AbCdEfGhIjKl', true]]));
    const cache = new NamesShownCache(() => held.store);
    const rule = presenceNamesRule(() => cache);
    expect(rule('w/AbCdEfGhIjKl/vision')).toBe(false);
    await held.release();
    expect(rule('w/AbCdEfGhIjKl/vision')).toBe(true);
    expect(rule('not a document')).toBe(false);
  });

  it('is primed by one read, and reloads an old answer in the background', async () => {
    let now = 0;
    const shown = new Map([['w1', false]]);
    const held = heldStore(shown);
    const cache = new NamesShownCache(() => held.store, () => now, 1000);
    const primed = cache.prime('w1');
    await held.release();
    await primed;
    await cache.prime('w1');
    expect(held.reads()).toBe(1);
    shown.set('w1', true);
    now = 1000;
    expect(cache.shown('w1')).toBe(false);
    await held.release();
    expect(cache.shown('w1')).toBe(true);
  });

  it('keeps what a service put in over an answer that was read before it', async () => {
    const held = heldStore(new Map([['w1', false]]));
    const cache = new NamesShownCache(() => held.store);
    expect(cache.shown('w1')).toBe(false);
    cache.set('w1', true);
    await held.release();
    expect(cache.shown('w1')).toBe(true);
    cache.set('w1', null);
    expect(cache.shown('w1')).toBe(false);
  });
});
