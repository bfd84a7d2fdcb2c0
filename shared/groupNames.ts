// SPDX-License-Identifier: EUPL-1.2
/**
 * Group names of a workshop, one rule for server and client. A workshop keeps one name per group
 * (GROUP_COUNT of them); an empty name means the default, "Groep <n>". Names are one line of at
 * most GROUP_NAME_MAX_CHARS characters, trimmed. Names live in the workshop's settings (the API),
 * never in the Yjs documents.
 */
import { GROUP_COUNT } from './docNames.js';

/** Longest group name, in characters (after trimming). */
export const GROUP_NAME_MAX_CHARS = 60;

/** The name a group has until the facilitator gives it one: "Groep 1", "Groep 2", "Groep 3". */
export const defaultGroupName = (group: number): string => `Groep ${group}`;

/** Whether a name is the group's default (empty or exactly "Groep <n>"), i.e. not chosen by the facilitator. */
export function isDefaultGroupName(name: string | null | undefined, group: number): boolean {
  const trimmed = (name ?? '').trim();
  return trimmed === '' || trimmed === defaultGroupName(group);
}

/** The name of group `group` (1-based) from a list of names that may be short, empty or absent. */
export function groupName(names: readonly (string | null | undefined)[] | null | undefined, group: number): string {
  const name = (names?.[group - 1] ?? '').trim();
  return name === '' ? defaultGroupName(group) : name;
}

/** Always GROUP_COUNT names, defaults filled in (what the API sends). */
export function groupNamesWithDefaults(names: readonly (string | null | undefined)[] | null | undefined): string[] {
  return Array.from({ length: GROUP_COUNT }, (_, i) => groupName(names, i + 1));
}

/** The names to store: GROUP_COUNT trimmed names, '' where the group keeps its default. */
export function customGroupNames(names: readonly (string | null | undefined)[] | null | undefined): string[] {
  return Array.from({ length: GROUP_COUNT }, (_, i) => {
    const name = (names?.[i] ?? '').trim();
    return isDefaultGroupName(name, i + 1) ? '' : name;
  });
}
