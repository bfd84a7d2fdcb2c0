// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { formatRemaining, timerMomentBetween } from './timerAnnouncements.js';
import { bestOffset, clockOffset } from './serverClock.js';

describe('the timer', () => {
  it('announces one minute left once, when the remaining time crosses a minute', () => {
    expect(timerMomentBetween(61_000, 60_000)).toBe('oneMinuteLeft');
    expect(timerMomentBetween(60_000, 59_000)).toBeNull();
    expect(timerMomentBetween(null, 30_000)).toBeNull();
  });

  it('announces time up once, and nothing when a timer is restarted or stopped', () => {
    expect(timerMomentBetween(400, 0)).toBe('timeUp');
    expect(timerMomentBetween(0, 0)).toBeNull();
    expect(timerMomentBetween(5_000, 600_000)).toBeNull();
    expect(timerMomentBetween(5_000, null)).toBeNull();
  });

  it('shows the remaining time as mm:ss, rounded up to whole seconds', () => {
    expect(formatRemaining(600_000)).toBe('10:00');
    expect(formatRemaining(59_001)).toBe('01:00');
    expect(formatRemaining(1)).toBe('00:01');
    expect(formatRemaining(-5)).toBe('00:00');
    expect(formatRemaining(3_723_000)).toBe('1:02:03');
  });
});

describe('the server clock', () => {
  it('assumes the server read its clock halfway the round trip', () => {
    expect(clockOffset(1_000, 1_200, 6_100)).toBe(5_000);
  });

  it('trusts the measurement with the shortest round trip', () => {
    expect(bestOffset([{ roundTrip: 300, offset: 10 }, { roundTrip: 20, offset: 7 }])).toBe(7);
    expect(bestOffset([])).toBeNull();
  });
});
