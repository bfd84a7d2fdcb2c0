// SPDX-License-Identifier: EUPL-1.2
/**
 * The one observe → snapshot hook: components and kind-specific hooks read Y types through it
 * (ySnapshot.ts holds the logic), never by hand-written observe/setState effects.
 */
import { useMemo, useSyncExternalStore, type DependencyList } from 'react';
import { YSnapshotStore, type YObserved, type YSnapshotOptions } from './ySnapshot.js';

/**
 * Deep-observes `observed` and returns `read()`, re-read only after a relevant change and with a
 * stable identity while equal. `deps` say when `observed`/`read` are different (usually the room).
 */
export function useYSnapshot<T>(
  observed: readonly (YObserved | null)[],
  read: () => T,
  options: YSnapshotOptions<T>,
  deps: DependencyList,
): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what `observed` and `read` depend on
  const store = useMemo(() => new YSnapshotStore(observed, read, options), deps);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Schedules on the next animation frame (for snapshots that are costly to read while people type). */
export function nextFrame(run: () => void): () => void {
  const id = requestAnimationFrame(run);
  return () => cancelAnimationFrame(id);
}
