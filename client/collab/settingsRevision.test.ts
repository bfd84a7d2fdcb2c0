// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { SettingsRevisions, settingsReloadNeeded } from './settingsRevision.js';

describe('following the workshop settings revision', () => {
  it('reloads nothing at the first sight of a workshop whose settings never changed', () => {
    expect(settingsReloadNeeded(undefined, 0)).toBe(false);
  });

  it('reloads at the first sight of a raised revision, since /api/me may be older than it', () => {
    expect(settingsReloadNeeded(undefined, 3)).toBe(true);
  });

  it('reloads when the revision changes, also when it went back (a reset live document)', () => {
    expect(settingsReloadNeeded(3, 4)).toBe(true);
    expect(settingsReloadNeeded(4, 0)).toBe(true);
    expect(settingsReloadNeeded(4, 4)).toBe(false);
  });

  it('remembers per workshop what this tab acted on, so moving to another screen reloads nothing', () => {
    const revisions = new SettingsRevisions();
    expect(revisions.see('w1', 2)).toBe(true);
    expect(revisions.see('w1', 2)).toBe(false);
    expect(revisions.see('w2', 0)).toBe(false);
    expect(revisions.see('w1', 3)).toBe(true);
    expect(revisions.see('w2', 1)).toBe(true);
  });
});
