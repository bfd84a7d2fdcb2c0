// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { amsterdamDateTime, amsterdamToIso, isoToAmsterdamFields } from './consultationFormat.js';

describe('Amsterdam times of the consultation', () => {
  it('reads a closing date and time as Amsterdam time, in winter and in summer', () => {
    expect(amsterdamToIso('2026-12-15', '17:00')).toBe('2026-12-15T16:00:00.000Z');
    expect(amsterdamToIso('2026-06-15', '17:00')).toBe('2026-06-15T15:00:00.000Z');
  });

  it('turns an instant back into the same fields', () => {
    expect(isoToAmsterdamFields('2026-12-15T16:00:00.000Z')).toEqual({ date: '2026-12-15', time: '17:00' });
    expect(isoToAmsterdamFields('2026-06-15T15:00:00.000Z')).toEqual({ date: '2026-06-15', time: '17:00' });
  });

  it('refuses fields that are not a date and a time', () => {
    expect(amsterdamToIso('15-12-2026', '17:00')).toBeNull();
    expect(amsterdamToIso('2026-12-15', '')).toBeNull();
  });

  it('writes a time for people in Dutch, in Amsterdam time', () => {
    expect(amsterdamDateTime('2026-12-15T16:00:00.000Z', 'nl')).toContain('17:00');
    expect(amsterdamDateTime('2026-12-15T16:00:00.000Z', 'nl')).toContain('december');
  });
});
