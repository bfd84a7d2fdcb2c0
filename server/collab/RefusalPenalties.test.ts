// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { RefusalPenalties } from './RefusalPenalties.js';

describe('RefusalPenalties', () => {
  const limits = { maxRefusals: 3, windowMs: 60_000, lockoutMs: 300_000 };

  it('locks a person out of a document at the last refusal allowed within the window, until the lock-out ends', () => {
    let now = 1_000_000;
    const penalties = new RefusalPenalties(limits, () => now);
    expect(penalties.record('p\nd')).toBe(false);
    expect(penalties.record('p\nd')).toBe(false);
    expect(penalties.retryAfterMs('p\nd')).toBe(0);
    expect(penalties.record('p\nd')).toBe(true);
    expect(penalties.retryAfterMs('p\nd')).toBe(300_000);
    expect(penalties.retryAfterMs('p\nother')).toBe(0);
    now += 300_000;
    expect(penalties.retryAfterMs('p\nd')).toBe(0);
  });

  it('locks out at once for a forged change (one that reset the room)', () => {
    const penalties = new RefusalPenalties(limits, () => 0);
    expect(penalties.record('k', true)).toBe(true);
    expect(penalties.retryAfterMs('k')).toBe(300_000);
  });

  it('forgets refusals older than the window', () => {
    let now = 0;
    const penalties = new RefusalPenalties(limits, () => now);
    penalties.record('k');
    penalties.record('k');
    now += 60_001;
    expect(penalties.record('k')).toBe(false);
    expect(penalties.retryAfterMs('k')).toBe(0);
  });

  it('keys a participant by their id across sessions, others by session', () => {
    const user = { name: 'A', role: 'raadslid' as const, color: '#000' };
    const a = RefusalPenalties.keyOf({ sessionId: 's1', participantId: 'p1', workshopId: 'w', user }, 'doc');
    const b = RefusalPenalties.keyOf({ sessionId: 's2', participantId: 'p1', workshopId: 'w', user }, 'doc');
    const c = RefusalPenalties.keyOf({ sessionId: 's1', participantId: null, workshopId: null, user }, 'doc');
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
});
