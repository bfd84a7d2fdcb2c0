// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { customGroupNames, defaultGroupName, groupName, groupNamesWithDefaults, isDefaultGroupName } from './groupNames.js';

describe('group names', () => {
  it('default to "Groep n"', () => {
    expect(defaultGroupName(2)).toBe('Groep 2');
    expect(groupNamesWithDefaults(null)).toEqual(['Groep 1', 'Groep 2', 'Groep 3']);
    expect(groupName(undefined, 3)).toBe('Groep 3');
  });

  it('use a trimmed name where one is given, and the default where it is empty or missing', () => {
    expect(groupNamesWithDefaults(['  De Vliegers ', '', null])).toEqual(['De Vliegers', 'Groep 2', 'Groep 3']);
    expect(groupNamesWithDefaults(['Noord'])).toEqual(['Noord', 'Groep 2', 'Groep 3']);
  });

  it('store an empty text for a group that keeps its default, also when "Groep n" is typed', () => {
    expect(customGroupNames(['Groep 1', ' Zuid ', '   '])).toEqual(['', 'Zuid', '']);
    expect(isDefaultGroupName('Groep 2', 2)).toBe(true);
    expect(isDefaultGroupName('Groep 2', 3)).toBe(false);
  });
});
