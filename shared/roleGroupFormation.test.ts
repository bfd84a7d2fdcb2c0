// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_PLACEMENT } from './apiMeeting2.js';
import type { RoleGroup } from './docNames.js';
import { activeRoleGroups, effectiveRoleGroup, emptyRoleGroups, formRoleGroups, mergeProblem, roleGroupForRole } from './roleGroupFormation.js';
import type { Role } from './roles.js';

const people = (roles: Role[]) => roles.map((role, i) => ({ id: `p${i}`, role }));
const counts = (groups: Map<string, RoleGroup>) => {
  const out: Record<string, number> = {};
  for (const g of groups.values()) out[g] = (out[g] ?? 0) + 1;
  return out;
};

describe('role-group formation', () => {
  it('puts each role in its group and the facilitator nowhere', () => {
    const groups = formRoleGroups(people(['raadslid', 'collegelid', 'directie', 'ambtenaar', 'griffier', 'gemeentesecretaris', 'facilitator']), DEFAULT_ROLE_PLACEMENT);
    expect(Object.fromEntries(groups)).toEqual({ p0: 'raad', p1: 'college', p2: 'college', p3: 'ambtenaren', p4: 'raad', p5: 'college' });
  });

  it('follows the placement setting for the griffier and the gemeentesecretaris', () => {
    const placement = { griffier: 'ambtenaren', gemeentesecretaris: 'ambtenaren' } as const;
    expect(roleGroupForRole('griffier', placement)).toBe('ambtenaren');
    expect(roleGroupForRole('gemeentesecretaris', placement)).toBe('ambtenaren');
    expect(roleGroupForRole('raadslid', placement)).toBe('raad');
  });

  it('warns about an empty college when there are no college members, and lets it merge', () => {
    const members = formRoleGroups(people(['raadslid', 'raadslid', 'ambtenaar', 'griffier']), DEFAULT_ROLE_PLACEMENT);
    expect(emptyRoleGroups(members, {})).toEqual(['college']);
    expect(mergeProblem('college', 'raad', {})).toBeNull();
    expect(emptyRoleGroups(members, { college: 'raad' })).toEqual([]);
    expect(activeRoleGroups({ college: 'raad' })).toEqual(['raad', 'ambtenaren']);
  });

  it('with only raadsleden, two groups are empty; merging both leaves one group', () => {
    const members = formRoleGroups(people(['raadslid', 'raadslid', 'raadslid']), DEFAULT_ROLE_PLACEMENT);
    expect(emptyRoleGroups(members, {})).toEqual(['college', 'ambtenaren']);
    const merges = { college: 'raad', ambtenaren: 'raad' } as const;
    expect(emptyRoleGroups(members, merges)).toEqual([]);
    expect(activeRoleGroups(merges)).toEqual(['raad']);
  });

  it('a lone griffier follows the setting, and a merge takes them along', () => {
    const only = people(['griffier']);
    expect(Object.fromEntries(formRoleGroups(only, DEFAULT_ROLE_PLACEMENT))).toEqual({ p0: 'raad' });
    expect(Object.fromEntries(formRoleGroups(only, DEFAULT_ROLE_PLACEMENT, { raad: 'college' }))).toEqual({ p0: 'college' });
  });

  it('forms 150 people into three groups by role, everyone exactly once', () => {
    const roles: Role[] = [];
    for (let i = 0; i < 150; i++) roles.push((['raadslid', 'collegelid', 'directie', 'ambtenaar', 'ambtenaar', 'griffier'] as const)[i % 6]);
    roles.push('facilitator');
    const groups = formRoleGroups(people(roles), DEFAULT_ROLE_PLACEMENT);
    expect(groups.size).toBe(150);
    expect(counts(groups)).toEqual({ raad: 50, college: 50, ambtenaren: 50 });
  });

  it('refuses merges that chain or go nowhere', () => {
    expect(mergeProblem('raad', 'raad', {})).not.toBeNull();
    expect(mergeProblem('raad', 'college', { college: 'ambtenaren' })).not.toBeNull();
    expect(mergeProblem('raad', 'ambtenaren', { college: 'raad' })).not.toBeNull();
    expect(effectiveRoleGroup('college', { college: 'raad' })).toBe('raad');
  });
});
