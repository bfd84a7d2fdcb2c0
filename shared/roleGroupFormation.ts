// SPDX-License-Identifier: EUPL-1.2
/**
 * Forming the role groups of meeting 2 from everyone's role: raadsleden → raad; collegeleden and
 * directie → college; ambtenaren → ambtenaren; the griffier and the gemeentesecretaris where the
 * placement setting says (DEFAULT_ROLE_PLACEMENT: with the raad and with the college); the
 * facilitator nowhere. A role group merged into another (because it would be empty or tiny) hands
 * its people to the group it joined.
 */
import type { RolePlacement } from './apiMeeting2.js';
import { ROLE_GROUPS, type RoleGroup } from './docNames.js';
import { roleGroupOf } from './roleGroups.js';
import type { Role } from './roles.js';

/** Merged role groups: group → the group it joined. */
export type RoleGroupMerges = Partial<Record<RoleGroup, RoleGroup>>;

/** The group a group's people are in: itself, or the group it joined. */
export function effectiveRoleGroup(group: RoleGroup, merges: RoleGroupMerges): RoleGroup {
  let g = group;
  for (let hops = 0; hops < ROLE_GROUPS.length && merges[g] && merges[g] !== g; hops++) g = merges[g]!;
  return g;
}

/** The role group a role starts in (null for the facilitator). */
export function roleGroupForRole(role: Role, placement: RolePlacement, merges: RoleGroupMerges = {}): RoleGroup | null {
  const own = role === 'griffier' || role === 'gemeentesecretaris' ? placement[role] : roleGroupOf(role);
  return own === null ? null : effectiveRoleGroup(own, merges);
}

/** Everyone's role group by participant id (facilitators left out). */
export function formRoleGroups(
  people: readonly { id: string; role: Role }[],
  placement: RolePlacement,
  merges: RoleGroupMerges = {},
): Map<string, RoleGroup> {
  const out = new Map<string, RoleGroup>();
  for (const p of people) {
    const g = roleGroupForRole(p.role, placement, merges);
    if (g) out.set(p.id, g);
  }
  return out;
}

/** The role groups in use (not merged into another), in ROLE_GROUPS order. */
export const activeRoleGroups = (merges: RoleGroupMerges): RoleGroup[] => ROLE_GROUPS.filter((g) => !merges[g]);

/** The role groups in use that have no members. */
export function emptyRoleGroups(members: ReadonlyMap<string, RoleGroup>, merges: RoleGroupMerges): RoleGroup[] {
  const used = new Set(members.values());
  return activeRoleGroups(merges).filter((g) => !used.has(g));
}

/**
 * Why `from` cannot be merged into `into`, or null when it can: not into itself, not into a group
 * that joined another, and not a group others joined (that would chain).
 */
export function mergeProblem(from: RoleGroup, into: RoleGroup, merges: RoleGroupMerges): string | null {
  if (from === into) return 'a group cannot merge into itself';
  if (merges[into]) return 'the target group joined another group';
  if (ROLE_GROUPS.some((g) => merges[g] === from)) return 'another group joined this group';
  return null;
}
