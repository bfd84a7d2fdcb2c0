// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry, shardOf, FANOUT_SHARDS } from './fanoutMessages.js';
import { SeqTracker } from './SeqTracker.js';

describe('the sequence bookkeeping of a room', () => {
  it('advances through consecutive numbers and reports a gap until it is filled', () => {
    const t = new SeqTracker(3);
    expect(t.mark(4)).toBe(false);
    expect(t.seq).toBe(4);
    expect(t.mark(7)).toBe(true); // 5 and 6 missing
    expect(t.holds(7)).toBe(true);
    expect(t.holds(5)).toBe(false);
    expect(t.mark(5)).toBe(true);
    expect(t.mark(6)).toBe(false);
    expect(t.seq).toBe(7);
  });

  it('takes a catch-up from the store as holding everything up to its last number', () => {
    const t = new SeqTracker(0);
    t.mark(5);
    t.mark(9);
    t.markUpTo(8);
    expect(t.seq).toBe(9);
    expect(t.holds(6)).toBe(true);
  });
});

describe('the fan-out entries', () => {
  it('round-trip updates and presence, and ignore what is not an entry', () => {
    const update = { kind: 'update' as const, origin: 'a', docName: 'w/x/vision', seq: 12, data: new Uint8Array([1, 2, 3]), sentAt: 5 };
    expect(decodeEntry(encodeEntry(update))).toEqual(update);
    const presence = { kind: 'presence' as const, origin: 'b', docName: 'w/x/live', data: new Uint8Array([9]), sentAt: 6 };
    expect(decodeEntry(encodeEntry(presence))).toEqual(presence);
    expect(decodeEntry({ k: 'u', o: 'a', d: 'w/x/vision', t: '1', b: 'AQ==', s: 'zero' })).toBeNull();
    expect(decodeEntry({ hello: 'world' })).toBeNull();
  });

  it('spreads documents over the shards, always the same shard for a document', () => {
    const shards = new Set(Array.from({ length: 200 }, (_, i) => shardOf(`w/${i}/vision`)));
    expect(shards.size).toBe(FANOUT_SHARDS);
    expect(shardOf('w/a/vision')).toBe(shardOf('w/a/vision'));
  });
});
