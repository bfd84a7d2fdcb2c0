// SPDX-License-Identifier: EUPL-1.2
import { expect, it } from 'vitest';
import { AsyncPendingWrites } from './AsyncPendingWrites.js';

it('a flush that waited for a write under way returns only once its own rows are written', async () => {
  let release!: () => void;
  const writes: number[][] = [];
  const pending = new AsyncPendingWrites({
    windowMs: 60_000,
    write: async (rows) => {
      writes.push(rows.map((r) => r.id));
      if (writes.length === 1) await new Promise<void>((r) => { release = r; });
      else await new Promise((r) => setTimeout(r, 20));
    },
  });
  pending.add({ id: 1, docName: 'd', data: new Uint8Array([1]) });
  const first = pending.flush();
  pending.add({ id: 2, docName: 'd', data: new Uint8Array([2]) });
  const second = pending.flush();
  const third = pending.flush().then(() => pending.holdsUpTo('d', 2));
  release();
  await first;
  await second;
  // Before the fix the third flush found no rows left (the second had taken them) and returned
  // while they were still being written: compaction then saw rows it expected to be stored.
  expect(await third).toBe(false);
  expect(writes).toEqual([[1], [2]]);
});
