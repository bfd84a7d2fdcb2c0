// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { groupMix } from './groupMix.js';
import type { Role } from './roles.js';

const people = (spec: [Role, number | null][]) => spec.map(([role, group]) => ({ role, group }));

describe('groupMix', () => {
  it('counts per group per role category and sees nothing off in a balanced split', () => {
    const mix = groupMix(people([['raadslid', 1], ['raadslid', 2], ['raadslid', 3], ['ambtenaar', 1], ['ambtenaar', 2], ['directie', 3], ['facilitator', null]]));
    expect(mix.groups.map((g) => g.total)).toEqual([2, 2, 2]);
    expect(mix.groups[2].counts).toEqual({ raad: 1, collegeDirectie: 1, ambtenaren: 0, griffie: 0 });
    expect(mix.sizesUneven).toBe(false);
    expect(mix.missing).toEqual([]);
  });

  it('warns when sizes differ by more than one (3/5/4 after a move)', () => {
    const spec: [Role, number][] = [];
    [3, 5, 4].forEach((n, i) => { for (let k = 0; k < n; k++) spec.push(['raadslid', i + 1]); });
    expect(groupMix(people(spec)).sizesUneven).toBe(true);
  });

  it('names a group that lacks a category another group has two of', () => {
    const mix = groupMix(people([['ambtenaar', 1], ['ambtenaar', 1], ['ambtenaar', 2], ['raadslid', 3], ['raadslid', 2], ['raadslid', 3]]));
    expect(mix.missing).toEqual([{ group: 1, category: 'raad' }, { group: 3, category: 'ambtenaren' }]);
  });

  it('says when only one category is present, so no mix is possible', () => {
    const mix = groupMix(people(Array.from({ length: 12 }, (_, i): [Role, number] => ['raadslid', (i % 3) + 1])));
    expect(mix.present).toEqual(['raad']);
    expect(mix.missing).toEqual([]);
  });
});
