// SPDX-License-Identifier: EUPL-1.2
/**
 * Pairwise precision and recall of a clustering against expected labels: every pair of items is one
 * decision "these two belong together". Used by the tests that measure the similarity engine on its
 * tuning set and on the held-out set.
 */
import type { ClusterResult } from './statementClusters.js';

/** An item with the cluster a person expects it in (null: it stands alone). */
export interface LabelledItem { id: string; cluster: string | null }

/** Counts and ratios of the pairwise same-cluster decisions. */
export interface PairwiseScores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Scores `result` against the expected clusters of `items` (precision 1 when nothing was predicted). */
export function pairwiseScores(items: readonly LabelledItem[], result: ClusterResult): PairwiseScores {
  const predicted = new Map<string, string>();
  for (const c of result.clusters) for (const id of c.statementIds) predicted.set(id, c.id);
  let truePositives = 0, falsePositives = 0, falseNegatives = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      const expected = a.cluster !== null && a.cluster === b.cluster;
      const found = predicted.has(a.id) && predicted.get(a.id) === predicted.get(b.id);
      if (expected && found) truePositives++;
      else if (found) falsePositives++;
      else if (expected) falseNegatives++;
    }
  }
  const found = truePositives + falsePositives;
  return {
    truePositives, falsePositives, falseNegatives,
    precision: found === 0 ? 1 : truePositives / found,
    recall: truePositives / (truePositives + falseNegatives),
  };
}
