// SPDX-License-Identifier: EUPL-1.2
/**
 * Which committed updates of one document an open room already holds, by sequence number: all up
 * to `seq`, plus those seen out of order (`ahead`). A number above seq + 1 that is not `ahead` is
 * a gap: the missing updates are read from the store.
 */

/** Sequence bookkeeping of one open room. */
export class SeqTracker {
  private readonly ahead = new Set<number>();

  constructor(public seq: number) {}

  /** Whether the room already holds update `seq`. */
  holds(seq: number): boolean {
    return seq <= this.seq || this.ahead.has(seq);
  }

  /** Records that the room holds update `seq`; true when a gap remains below it. */
  mark(seq: number): boolean {
    if (seq <= this.seq) return this.ahead.size > 0;
    if (seq === this.seq + 1) this.seq = seq;
    else this.ahead.add(seq);
    while (this.ahead.delete(this.seq + 1)) this.seq++;
    return this.ahead.size > 0;
  }

  /** Records that the room holds every update up to `seq` (read from the store). */
  markUpTo(seq: number): void {
    if (seq > this.seq) this.seq = seq;
    for (const n of this.ahead) if (n <= this.seq) this.ahead.delete(n);
    while (this.ahead.delete(this.seq + 1)) this.seq++;
  }
}
