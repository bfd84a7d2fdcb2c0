// SPDX-License-Identifier: EUPL-1.2
/**
 * Splits participants into equally mixed groups: group sizes differ by at most one and each role
 * category (raad / college+directie / ambtenaren / griffie) is spread as evenly as possible.
 *
 * Greedy and deterministic: categories are dealt one after another (largest first), each person
 * going to the group with the fewest of their category, then the fewest people, then the lowest
 * number. Dealing a category this way keeps group sizes within one of each other. People pinned
 * to a group (a facilitator's manual move) are counted first and never moved.
 */
import { GROUP_COUNT } from './docNames.js';
import { ROLE_CATEGORIES, roleCategory, type Role, type RoleCategory } from './roles.js';

/** Someone to place: an id and a role (facilitators are never placed). */
export interface Assignable { id: string; role: Role }

/** Returns participant id -> group number (1-based) for everyone except facilitators. */
export function assignGroups(
  people: readonly Assignable[],
  options: { groupCount?: number; pinned?: ReadonlyMap<string, number> } = {},
): Map<string, number> {
  const groupCount = options.groupCount ?? GROUP_COUNT;
  const pinned = options.pinned ?? new Map<string, number>();
  const members = people.filter((p) => p.role !== 'facilitator');
  const totals = new Array<number>(groupCount).fill(0);
  const perCategory = new Map<RoleCategory, number[]>(
    ROLE_CATEGORIES.map((c) => [c, new Array<number>(groupCount).fill(0)]),
  );
  const result = new Map<string, number>();

  for (const p of members) {
    const g = pinned.get(p.id);
    if (g === undefined || g < 1 || g > groupCount) continue;
    result.set(p.id, g);
    totals[g - 1]++;
    perCategory.get(roleCategory(p.role))![g - 1]++;
  }

  const free = members.filter((p) => !result.has(p.id));
  const byCategory = ROLE_CATEGORIES.map((c) => ({ c, people: free.filter((p) => roleCategory(p.role) === c) }))
    .sort((a, b) => b.people.length - a.people.length || ROLE_CATEGORIES.indexOf(a.c) - ROLE_CATEGORIES.indexOf(b.c));

  for (const { c, people: inCategory } of byCategory) {
    const counts = perCategory.get(c)!;
    for (const p of inCategory) {
      let best = 0;
      for (let g = 1; g < groupCount; g++) {
        if (counts[g] < counts[best] || (counts[g] === counts[best] && totals[g] < totals[best])) best = g;
      }
      counts[best]++;
      totals[best]++;
      result.set(p.id, best + 1);
    }
  }
  return result;
}
