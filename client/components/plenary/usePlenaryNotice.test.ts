// SPDX-License-Identifier: EUPL-1.2
/** The plenary page's line per phase: never "back to the groups" while everyone is in the plenary. */
import { describe, expect, it } from 'vitest';
import { plenaryNoticeKey } from './usePlenaryNotice.js';

const phase = { focus: 'groups' as const, followed: false, sawPlenary: false, meeting2Stopped: false };

describe('the plenary notice', () => {
  it('says a brought screen follows the big screen, and nothing to someone who came by choice', () => {
    expect(plenaryNoticeKey({ ...phase, focus: 'plenary', followed: true, sawPlenary: true })).toBe('plenary.followNotice');
    expect(plenaryNoticeKey({ ...phase, focus: 'plenary', sawPlenary: true })).toBeNull();
  });

  it('says the groups work apart, and only after a plenary part that the facilitator went back', () => {
    expect(plenaryNoticeKey(phase)).toBe('plenary.groupsNotice');
    expect(plenaryNoticeKey({ ...phase, sawPlenary: true })).toBe('plenary.backNotice');
  });

  it('says meeting 2 stopped, whatever the focus', () => {
    expect(plenaryNoticeKey({ ...phase, focus: 'plenary', followed: true, meeting2Stopped: true })).toBe('plenary.meeting2Stopped');
  });
});
