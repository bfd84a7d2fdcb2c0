// SPDX-License-Identifier: EUPL-1.2
/**
 * Names a cluster of statements with the few words its members share, written the way people
 * wrote them ("regels, ruimte"), so the facilitator sees at a glance what the groups agree on.
 */
import type { StatementFeatures } from './statementFeatures.js';

interface SharedStem { stem: string; order: number; groups: Set<number>; statements: number; whole: number; surfaces: string[] }

/**
 * Up to `maxWords` words shared by at least two members: words before concepts, then shared by most groups, then by
 * most statements, then rarest in the whole set, then written as a whole word (not only inside
 * a compound), then in the order they were written.
 * A word inside one already chosen is skipped ("mogelijkmaker" makes "maker" redundant).
 * Returns "" when the members share nothing.
 */
export function clusterLabel(
  members: readonly { group: number; features: StatementFeatures }[],
  idf: ReadonlyMap<string, number>,
  maxWords: number,
): string {
  const words: string[] = [];
  for (const entry of rankedSharedStems(members, idf)) {
    const word = mostCommon(entry.surfaces);
    if (words.some((w) => w.includes(word) || word.includes(w))) continue;
    words.push(word);
    if (words.length >= maxWords) break;
  }
  return words.join(', ');
}

function rankedSharedStems(
  members: readonly { group: number; features: StatementFeatures }[],
  idf: ReadonlyMap<string, number>,
): SharedStem[] {
  const shared = new Map<string, SharedStem>();
  for (const { group, features } of members) {
    for (const [stem, surfaces] of features.surfaces) {
      const entry = shared.get(stem) ?? { stem, order: shared.size, groups: new Set<number>(), statements: 0, whole: 0, surfaces: [] };
      entry.groups.add(group);
      entry.statements += 1;
      if (features.wholeWords.has(stem)) entry.whole += 1;
      entry.surfaces.push(...surfaces);
      shared.set(stem, entry);
    }
  }
  return [...shared.values()]
    .filter((e) => e.statements >= 2)
    .sort((a, b) =>
      Number(isConcept(a.stem)) - Number(isConcept(b.stem)) || b.groups.size - a.groups.size || b.statements - a.statements
      || (idf.get(b.stem) ?? 0) - (idf.get(a.stem) ?? 0) || b.whole - a.whole || a.order - b.order);
}

/** Concept features ("~trust") name a cluster only when its members share no word. */
function isConcept(stem: string): boolean {
  return stem.startsWith('~');
}

/** The most frequent string; ties go to the shorter, then to the alphabetically first. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort(([va, a], [vb, b]) => b - a || va.length - vb.length || compare(va, vb))[0][0];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
