// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { ProgressEntry } from './agreementsDoc.js';
import { dutchToday, latestState, nextReview, openMoments } from './agreementReview.js';

const entry = (reviewMoment: string | null, state: ProgressEntry['state'], at: number): ProgressEntry =>
  ({ id: `v_${at}`, at, reviewMoment, state, note: '', byKey: null, byRole: 'facilitator' });

describe('the next review of an agreement', () => {
  it('is the earliest moment without progress, overdue once its day has passed', () => {
    const moments = ['2027-03-01', '2027-01-15', '2027-06-01'];
    expect(nextReview({ reviewMoments: moments, progress: [] }, '2027-01-10')).toEqual({ date: '2027-01-15', overdue: false });
    expect(nextReview({ reviewMoments: moments, progress: [] }, '2027-01-15')).toEqual({ date: '2027-01-15', overdue: false });
    expect(nextReview({ reviewMoments: moments, progress: [] }, '2027-01-16')).toEqual({ date: '2027-01-15', overdue: true });
    const done = [entry('2027-01-15', 'opKoers', 1)];
    expect(nextReview({ reviewMoments: moments, progress: done }, '2027-01-16')).toEqual({ date: '2027-03-01', overdue: false });
    expect(openMoments({ reviewMoments: moments, progress: done })).toEqual(['2027-03-01', '2027-06-01']);
  });

  it('is none when every moment has progress, or there are no moments; progress in between does not count', () => {
    expect(nextReview({ reviewMoments: [], progress: [] }, '2027-01-01')).toBeNull();
    expect(nextReview({ reviewMoments: ['2027-01-15'], progress: [entry(null, 'opKoers', 1)] }, '2027-02-01')).toEqual({ date: '2027-01-15', overdue: true });
    expect(nextReview({ reviewMoments: ['2027-01-15'], progress: [entry('2027-01-15', 'nietGelukt', 1)] }, '2027-02-01')).toBeNull();
  });
});

describe('the latest state', () => {
  it('is the most recently recorded one, none without progress', () => {
    expect(latestState([])).toBeNull();
    expect(latestState([entry('2027-01-15', 'aandachtNodig', 5), entry(null, 'opKoers', 9), entry('2027-03-01', 'nietGelukt', 7)])).toBe('opKoers');
  });
});

describe('today in the Netherlands', () => {
  it('follows the Dutch calendar day, not UTC', () => {
    expect(dutchToday(Date.parse('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dutchToday(Date.parse('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(dutchToday(Date.parse('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });
});
