// SPDX-License-Identifier: EUPL-1.2
/**
 * What repeated refusals cost: each refused frame of one person on one document (update refused,
 * read-only write, malformed frame, over the rate) is counted; `maxRefusals` within `windowMs` lock
 * that person out of that document for `lockoutMs`, so a loop of forged changes (each of which may
 * reset the room for everyone) stops after a few. A person is their participant id, else their
 * session: opening the link again does not start over.
 */
import type { ConnectionIdentity } from './types.js';

/** The penalty settings. */
export interface RefusalPenaltyLimits {
  /** Refusals within the window that lock the person out (0 switches penalties off). */
  maxRefusals: number;
  windowMs: number;
  lockoutMs: number;
}

/** Entries kept before stale ones are swept (memory bound). */
const SWEEP_ABOVE = 10_000;

/** The refusal counts and lock-outs of this process. */
export class RefusalPenalties {
  private readonly recent = new Map<string, number[]>();
  private readonly lockedUntil = new Map<string, number>();

  constructor(private readonly limits: RefusalPenaltyLimits, private readonly now: () => number = Date.now) {}

  /** The key of a person on a document. */
  static keyOf(identity: ConnectionIdentity, docName: string): string {
    return `${identity.participantId ?? `s:${identity.sessionId}`}\n${docName}`;
  }

  /**
   * Counts one refusal; true when it locks the person out of the document (from now on). A
   * `forged` one (no stock client sends it; it reset the room) locks out at once.
   */
  record(key: string, forged = false): boolean {
    if (this.limits.maxRefusals <= 0) return false;
    const now = this.now();
    const times = (this.recent.get(key) ?? []).filter((t) => t > now - this.limits.windowMs);
    times.push(now);
    if (!forged && times.length < this.limits.maxRefusals) {
      this.recent.set(key, times);
      this.sweep(now);
      return false;
    }
    this.recent.delete(key);
    this.lockedUntil.set(key, now + this.limits.lockoutMs);
    return true;
  }

  /** Milliseconds the person is still locked out of the document; 0 when not. */
  retryAfterMs(key: string): number {
    const until = this.lockedUntil.get(key);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left > 0) return left;
    this.lockedUntil.delete(key);
    return 0;
  }

  private sweep(now: number): void {
    if (this.recent.size + this.lockedUntil.size <= SWEEP_ABOVE) return;
    for (const [key, times] of this.recent) if (times[times.length - 1] <= now - this.limits.windowMs) this.recent.delete(key);
    for (const [key, until] of this.lockedUntil) if (until <= now) this.lockedUntil.delete(key);
  }
}
