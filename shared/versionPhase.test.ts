// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { versionPhase } from './versionPhase.js';

describe('versionPhase', () => {
  it('follows the course: meeting 1, consultation, meeting 2, then interim versions', () => {
    expect([1, 2, 3, 4, 7].map(versionPhase)).toEqual(['meeting1', 'consultation', 'meeting2', 'interim', 'interim']);
  });
});
