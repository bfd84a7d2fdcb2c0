// SPDX-License-Identifier: EUPL-1.2
/**
 * How the mixed groups of meeting 1 are made up, told honestly: per group the number of people
 * per role category (as shared/groupAssigner.ts balances them), and what is off: sizes that differ
 * by more than one, or a category missing from a group while another group has two or more of it.
 */
import { GROUP_COUNT } from './docNames.js';
import { ROLE_CATEGORIES, roleCategory, type Role, type RoleCategory } from './roles.js';

/** One group's make-up. */
export interface GroupMake { group: number; total: number; counts: Record<RoleCategory, number> }

/** A category that one group lacks while another group has two or more of it. */
export interface MissingCategory { group: number; category: RoleCategory }

/** The make-up of all groups and what is off. */
export interface GroupMix {
  groups: GroupMake[];
  /** Largest minus smallest group size is more than one. */
  sizesUneven: boolean;
  missing: MissingCategory[];
  /** The categories present among the placed people (one only: no mix is possible). */
  present: RoleCategory[];
}

const emptyCounts = (): Record<RoleCategory, number> =>
  Object.fromEntries(ROLE_CATEGORIES.map((c) => [c, 0])) as Record<RoleCategory, number>;

/** The mix of the placed members (facilitators and people without a group are left out). */
export function groupMix(people: readonly { role: Role; group: number | null }[], groupCount = GROUP_COUNT): GroupMix {
  const groups: GroupMake[] = Array.from({ length: groupCount }, (_, i) => ({ group: i + 1, total: 0, counts: emptyCounts() }));
  for (const p of people) {
    if (p.role === 'facilitator' || p.group === null || p.group < 1 || p.group > groupCount) continue;
    const g = groups[p.group - 1];
    g.total++;
    g.counts[roleCategory(p.role)]++;
  }
  const sizes = groups.map((g) => g.total);
  const sizesUneven = Math.max(...sizes) - Math.min(...sizes) > 1;
  const missing: MissingCategory[] = [];
  for (const category of ROLE_CATEGORIES) {
    const most = Math.max(...groups.map((g) => g.counts[category]));
    if (most < 2) continue;
    for (const g of groups) if (g.counts[category] === 0) missing.push({ group: g.group, category });
  }
  const present = ROLE_CATEGORIES.filter((c) => groups.some((g) => g.counts[c] > 0));
  return { groups, sizesUneven, missing, present };
}
