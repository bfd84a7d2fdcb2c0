// SPDX-License-Identifier: EUPL-1.2
/**
 * Observe → snapshot as a small external store (subscribe/getSnapshot, for useSyncExternalStore):
 * it deep-observes some Y types, and reads a snapshot with a pure function only when one of them
 * changed. A new snapshot that equals the last one is dropped, so the value keeps its identity and
 * React skips the re-render. No React and no DOM here, so it is tested in plain Node.
 */
import type * as Y from 'yjs';

/** A Y type that can be deep-observed (a map, array, text or XML fragment). */
export type YObserved = Y.AbstractType<any>;

/** How a snapshot store reads and compares. */
export interface YSnapshotOptions<T> {
  /** Whether a batch of deep events can change the snapshot (default: every batch can). */
  relevant?: (events: Y.YEvent<any>[]) => boolean;
  /**
   * Whether two snapshots are the same; the older one is then kept. Give a structural test for
   * object snapshots: before the first listener nothing is observed, so each read compares anew
   * (default: `Object.is`).
   */
  equals?: (a: T, b: T) => boolean;
  /** Defers change notices, e.g. to the next animation frame; returns a cancel function (default: at once). */
  schedule?: (run: () => void) => () => void;
}

const immediately = (run: () => void) => { run(); return () => undefined; };

/** A snapshot of some Y types that is read again only after they changed. */
export class YSnapshotStore<T> {
  private readonly listeners = new Set<() => void>();
  private readonly observed: YObserved[];
  private value: T | undefined;
  private hasValue = false;
  private dirty = true;
  private cancelNotice: (() => void) | null = null;

  /** Watches `observed` (nulls are skipped) and reads snapshots with `read`. */
  constructor(observed: readonly (YObserved | null)[], private readonly read: () => T, private readonly options: YSnapshotOptions<T> = {}) {
    this.observed = observed.filter((t): t is YObserved => t !== null);
  }

  /** The current snapshot: the previous value when nothing relevant changed or the new one equals it. */
  getSnapshot = (): T => {
    // Without listeners no change is heard, so every read checks again (identity is still kept when equal).
    if (!this.dirty && this.listeners.size > 0 && this.hasValue) return this.value as T;
    const next = this.read();
    const equals = this.options.equals ?? Object.is;
    if (!this.hasValue || !equals(this.value as T, next)) this.value = next;
    this.hasValue = true;
    this.dirty = false;
    return this.value as T;
  };

  /**
   * Listens to changes; the first listener starts observing (and makes the next read look again),
   * the last one's unsubscribe stops it.
   */
  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      for (const type of this.observed) type.observeDeep(this.onEvents);
      // A change between the last read and now was not heard (a React render reads before its effect
      // subscribes; an offline copy can land in between): the next read must look again.
      this.dirty = true;
    }
    this.listeners.add(listener);
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
      for (const type of this.observed) type.unobserveDeep(this.onEvents);
      this.cancelNotice?.();
      this.cancelNotice = null;
      this.dirty = true;
    };
  };

  private readonly onEvents = (events: Y.YEvent<any>[]): void => {
    if (this.options.relevant && !this.options.relevant(events)) return;
    this.dirty = true;
    if (this.cancelNotice) return;
    const schedule = this.options.schedule ?? immediately;
    let ran = false;
    const cancel = schedule(() => {
      ran = true;
      this.cancelNotice = null;
      for (const listener of [...this.listeners]) listener();
    });
    if (!ran) this.cancelNotice = cancel;
  };
}

/** Equality of two plain (JSON-like) values by their JSON text. */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Equality of two lists element by element, with `same` for the elements. */
export function sameList<T>(same: (a: T, b: T) => boolean): (a: readonly T[], b: readonly T[]) => boolean {
  return (a, b) => a.length === b.length && a.every((x, i) => same(x, b[i]));
}
