// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sameJson, sameList, YSnapshotStore } from './ySnapshot.js';

const listOf = (map: Y.Map<number>) => () => [...map.entries()].sort().map(([k, v]) => ({ k, v }));

describe('YSnapshotStore', () => {
  it('reads the snapshot once and keeps its identity while nothing changed', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<number>('m');
    map.set('a', 1);
    let reads = 0;
    const store = new YSnapshotStore([map], () => { reads++; return listOf(map)(); }, { equals: sameJson });
    const stop = store.subscribe(() => undefined);
    const first = store.getSnapshot();
    expect(first).toEqual([{ k: 'a', v: 1 }]);
    expect(store.getSnapshot()).toBe(first);
    expect(reads).toBe(1);
    stop();
  });

  it('tells its listeners about a change and gives the new snapshot', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<number>('m');
    const store = new YSnapshotStore([map], listOf(map), { equals: sameJson });
    let notices = 0;
    const stop = store.subscribe(() => { notices++; });
    const before = store.getSnapshot();
    map.set('b', 2);
    expect(notices).toBe(1);
    expect(store.getSnapshot()).not.toBe(before);
    expect(store.getSnapshot()).toEqual([{ k: 'b', v: 2 }]);
    stop();
  });

  it('keeps the old snapshot when the new one is equal', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<number>('m');
    map.set('a', 1);
    const store = new YSnapshotStore([map], listOf(map), { equals: sameJson });
    const stop = store.subscribe(() => undefined);
    const before = store.getSnapshot();
    map.set('a', 1);
    expect(store.getSnapshot()).toBe(before);
    stop();
  });

  it('sees changes deep inside the observed type', () => {
    const doc = new Y.Doc();
    const outer = doc.getMap<Y.Map<number>>('outer');
    const inner = new Y.Map<number>();
    outer.set('x', inner);
    const store = new YSnapshotStore([outer], () => outer.get('x')?.get('n') ?? 0);
    const stop = store.subscribe(() => undefined);
    expect(store.getSnapshot()).toBe(0);
    inner.set('n', 5);
    expect(store.getSnapshot()).toBe(5);
    stop();
  });

  it('ignores events that are not relevant', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('m');
    let reads = 0;
    const store = new YSnapshotStore([map], () => { reads++; return map.size; }, { relevant: (events) => events.some((e) => e.path.length === 0) });
    let notices = 0;
    const stop = store.subscribe(() => { notices++; });
    const text = new Y.Text();
    map.set('t', text);
    store.getSnapshot();
    const readsBefore = reads;
    text.insert(0, 'typing');
    expect(notices).toBe(1);
    expect(store.getSnapshot()).toBe(1);
    expect(reads).toBe(readsBefore);
    stop();
  });

  it('watches several types, skipping absent ones', () => {
    const a = new Y.Doc().getMap<number>('m');
    const b = new Y.Doc().getMap<number>('m');
    const store = new YSnapshotStore([a, null, b], () => [a.size, b.size], { equals: sameList<number>(Object.is) });
    let notices = 0;
    const stop = store.subscribe(() => { notices++; });
    b.set('x', 1);
    expect(notices).toBe(1);
    expect(store.getSnapshot()).toEqual([0, 1]);
    stop();
  });

  it('gathers changes into one scheduled notice', () => {
    const map = new Y.Doc().getMap<number>('m');
    const pending: (() => void)[] = [];
    const store = new YSnapshotStore([map], () => map.size, { schedule: (run) => { pending.push(run); return () => undefined; } });
    let notices = 0;
    const stop = store.subscribe(() => { notices++; });
    map.set('a', 1);
    map.set('b', 2);
    expect(pending).toHaveLength(1);
    expect(notices).toBe(0);
    pending[0]();
    expect(notices).toBe(1);
    expect(store.getSnapshot()).toBe(2);
    stop();
  });

  it('stops observing when the last listener leaves, and reads anew afterwards', () => {
    const map = new Y.Doc().getMap<number>('m');
    const store = new YSnapshotStore([map], () => map.size);
    let notices = 0;
    const stop = store.subscribe(() => { notices++; });
    stop();
    map.set('a', 1);
    expect(notices).toBe(0);
    expect(store.getSnapshot()).toBe(1);
  });

  it('sees a change made between a read and the first subscribe (a render, then its effect)', () => {
    const map = new Y.Doc().getMap<number>('m');
    const store = new YSnapshotStore([map], listOf(map), { equals: sameJson });
    const rendered = store.getSnapshot();
    expect(rendered).toEqual([]);
    map.set('a', 1); // an offline copy lands before the screen subscribed
    const stop = store.subscribe(() => undefined);
    expect(store.getSnapshot()).toEqual([{ k: 'a', v: 1 }]);
    stop();
  });

  it('keeps the identity of an unchanged snapshot across the first subscribe', () => {
    const map = new Y.Doc().getMap<number>('m');
    map.set('a', 1);
    const store = new YSnapshotStore([map], listOf(map), { equals: sameJson });
    const rendered = store.getSnapshot();
    const stop = store.subscribe(() => undefined);
    expect(store.getSnapshot()).toBe(rendered);
    stop();
  });

  it('keeps the identity of an equal snapshot also before anyone listens', () => {
    const map = new Y.Doc().getMap<number>('m');
    map.set('a', 1);
    const store = new YSnapshotStore([map], listOf(map), { equals: sameJson });
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });
});
