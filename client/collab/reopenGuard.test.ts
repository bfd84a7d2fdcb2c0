// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { mayReopen, reopensAfter } from './reopenGuard.js';

describe('reopensAfter', () => {
  it('reopens after a rights change, with or without an offline copy', () => {
    expect(reopensAfter('permissionChanged', true)).toBe(true);
    expect(reopensAfter('permissionChanged', false)).toBe(true);
  });

  it('reopens after a history reset only when there is no copy to keep', () => {
    expect(reopensAfter('historyReset', false)).toBe(true);
    expect(reopensAfter('historyReset', true)).toBe(false);
  });

  it('reopens after a refused change only when the room carries what was typed into the new one', () => {
    expect(reopensAfter('badChange', true, true)).toBe(true);
    expect(reopensAfter('badChange', true, false)).toBe(false);
  });

  it('stays stopped for every other reason', () => {
    for (const stop of ['readOnly', 'sessionEnded', 'badChange', 'rateLimited', 'documentFull', 'noAccess', 'unknown'] as const) {
      expect(reopensAfter(stop, false)).toBe(false);
    }
  });
});

describe('mayReopen', () => {
  it('allows six reopens a minute, then again once the oldest is a minute old', () => {
    const log: number[] = [];
    for (let i = 0; i < 6; i++) expect(mayReopen(log, 1_000 + i)).toBe(true);
    expect(mayReopen(log, 2_000)).toBe(false);
    expect(mayReopen(log, 61_001)).toBe(true);
  });
});
