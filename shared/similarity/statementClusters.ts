// SPDX-License-Identifier: EUPL-1.2
/**
 * Suggests which statements of different breakout groups say the same thing, so the facilitator
 * sees agreement between groups at a glance while merging them into one global vision.
 *
 * Method: IDF-weighted cosine over stems, compound parts and stem pairs (see statementFeatures.ts),
 * mixed with a cosine over the statements' concepts alone (conceptShare, see blendedSimilarity),
 * then average-link agglomerative clustering in which only pairs from DIFFERENT groups count: two
 * clusters merge while the mean similarity of their cross-group pairs is at least `threshold`.
 * Average link (not single link) keeps one shared word from chaining unrelated statements.
 * Only clusters that span at least two groups are returned. The result depends only on the set of
 * statements, not on their order. Cost is O(n³) in the number of statements, fine for a meeting
 * (three groups of a few dozen statements).
 */
import { featuresOf, DEFAULT_FEATURE_WEIGHTS, type FeatureWeights, type StatementFeatures } from './statementFeatures.js';
import { blendedSimilarity, inverseDocumentFrequency } from './statementSimilarity.js';
import { clusterLabel } from './clusterLabel.js';

/** A statement as the engine needs it. */
export interface StatementInput { id: string; group: number; kind: string; text: string; endorsements?: number }

/** A suggested group of statements that (probably) say the same thing. */
export interface StatementCluster {
  /** Stable id: "cluster:" + the id of its first statement. */
  id: string;
  /** Member ids, ordered by group, then id. */
  statementIds: string[];
  /** The groups the members come from, ascending (always at least two). */
  groups: number[];
  /** A few shared words, e.g. "regels, ruimte". */
  label: string;
  /** Mean similarity (0..1) of the members' cross-group pairs. */
  score: number;
}

/** The suggestion: clusters (most groups, then highest score first) and the ids left out. */
export interface ClusterResult { clusters: StatementCluster[]; unclustered: string[] }

/**
 * Tuning knobs; the defaults were chosen on the three tuning sets (meeting 1's examples,
 * tuningSecond.json, tuningThird.json): the middle of the plateau threshold 0.13–0.15 with a
 * concept share of 0.2–0.25 (see similarityHeldOut.test.ts for the figures).
 */
export interface ClusterOptions {
  /** Minimum mean cross-group similarity for two clusters to merge (0..1). */
  threshold?: number;
  /** Only statements of the same kind (openStaan, loslaten, cultuur) can be clustered together. */
  sameKindOnly?: boolean;
  /** A cluster holds at most one statement per group (a row of counterparts, one per group). */
  onePerGroup?: boolean;
  /** How many words the label has at most. */
  labelWords?: number;
  /** Weights of compound parts and word pairs next to whole words. */
  featureWeights?: FeatureWeights;
  /** Share (0..1) of the concepts-only cosine in the similarity, so paraphrases meet (see blendedSimilarity). */
  conceptShare?: number;
}

/** Default options. */
const DEFAULT_CLUSTER_OPTIONS: Required<ClusterOptions> = {
  threshold: 0.14,
  sameKindOnly: true,
  onePerGroup: true,
  labelWords: 3,
  featureWeights: DEFAULT_FEATURE_WEIGHTS,
  conceptShare: 0.2,
};

/**
 * Groups similar statements across groups. Throws a TypeError on a statement that is not
 * {id, group, kind, text}, and a RangeError on duplicate ids or options out of range.
 */
export function clusterStatements(statements: readonly StatementInput[], opts: ClusterOptions = {}): ClusterResult {
  const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
  const o: Required<ClusterOptions> = { ...DEFAULT_CLUSTER_OPTIONS, ...given };
  checkInput(statements, o);
  const sorted = [...statements].sort(byGroupThenId);
  const features = featuresOf(sorted.map((s) => s.text), o.featureWeights);
  const sim = blendedSimilarity(features.map((f) => f.weights), o.conceptShare);
  const idf = inverseDocumentFrequency(features.map((f) => f.weights));
  const compatible = (i: number, j: number) =>
    (!o.sameKindOnly || sorted[i].kind === sorted[j].kind) && (!o.onePerGroup || sorted[i].group !== sorted[j].group);
  const canLink = (i: number, j: number) => sorted[i].group !== sorted[j].group && compatible(i, j);
  const clusters = averageLink(sim, canLink, compatible, o.threshold)
    .map((members) => present(members, sorted, features, sim, canLink, idf, o.labelWords))
    .filter((c) => c.groups.length >= 2)
    .sort((a, b) => b.groups.length - a.groups.length || b.score - a.score || compare(a.id, b.id));
  const clustered = new Set(clusters.flatMap((c) => c.statementIds));
  return { clusters, unclustered: sorted.map((s) => s.id).filter((id) => !clustered.has(id)) };
}

/** The `n` statements with the most endorsements (ties: group, then id); unendorsed ones never. */
export function topEndorsed<T extends StatementInput>(statements: readonly T[], n: number): T[] {
  if (!Number.isFinite(n) || n <= 0) return [];
  return statements
    .filter((s) => (s.endorsements ?? 0) > 0)
    .sort((a, b) => (b.endorsements ?? 0) - (a.endorsements ?? 0) || byGroupThenId(a, b))
    .slice(0, Math.floor(n));
}

function checkInput(statements: readonly StatementInput[], o: Required<ClusterOptions>): void {
  if (!(o.threshold >= 0 && o.threshold <= 1)) throw new RangeError(`threshold must be between 0 and 1, got ${o.threshold}`);
  if (!(o.conceptShare >= 0 && o.conceptShare <= 1)) throw new RangeError(`conceptShare must be between 0 and 1, got ${o.conceptShare}`);
  if (!(Number.isInteger(o.labelWords) && o.labelWords >= 1)) throw new RangeError(`labelWords must be a positive integer, got ${o.labelWords}`);
  const { part, bigram, concept } = o.featureWeights;
  if (![part, bigram, concept].every((w) => w >= 0 && w <= 1)) throw new RangeError(`featureWeights must be between 0 and 1, got ${part}, ${bigram} and ${concept}`);
  const seen = new Set<string>();
  for (const s of statements) {
    const valid = typeof s?.id === 'string' && Number.isFinite(s.group) && typeof s.kind === 'string' && typeof s.text === 'string';
    if (!valid) throw new TypeError(`not a statement {id, group, kind, text}: ${JSON.stringify(s)?.slice(0, 80)}`);
    if (seen.has(s.id)) throw new RangeError(`duplicate statement id: ${s.id}`);
    seen.add(s.id);
  }
}

/**
 * Average-link clustering on cross-group pairs: repeatedly merges the two clusters with the
 * highest mean similarity over their linkable pairs, while that mean is at least `threshold`.
 * Clusters holding a pair that may never share a cluster (`compatible` false) do not merge.
 * Ties go to the lowest indices, so the outcome is deterministic.
 */
function averageLink(
  sim: number[][],
  linkable: (i: number, j: number) => boolean,
  compatible: (i: number, j: number) => boolean,
  threshold: number,
): number[][] {
  const n = sim.length;
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const sum = sim.map((row, i) => row.map((v, j) => (i !== j && linkable(i, j) ? v : 0)));
  const count = sim.map((row, i) => row.map((_, j): number => (i !== j && linkable(i, j) ? 1 : 0)));
  const ok = sim.map((row, i) => row.map((_, j) => compatible(i, j)));
  for (;;) {
    let best: [number, number] | null = null;
    let bestMean = threshold;
    for (let a = 0; a < n; a++) {
      if (!members[a]) continue;
      for (let b = a + 1; b < n; b++) {
        if (!members[b] || count[a][b] === 0 || !ok[a][b]) continue;
        const mean = sum[a][b] / count[a][b];
        if (mean > bestMean || (mean === bestMean && best === null)) { best = [a, b]; bestMean = mean; }
      }
    }
    if (!best) break;
    const [a, b] = best;
    members[a] = [...members[a]!, ...members[b]!];
    members[b] = null;
    for (let c = 0; c < n; c++) {
      sum[a][c] = sum[c][a] = sum[a][c] + sum[b][c];
      count[a][c] = count[c][a] = count[a][c] + count[b][c];
      ok[a][c] = ok[c][a] = ok[a][c] && ok[b][c];
    }
  }
  return members.filter((m): m is number[] => m !== null);
}

function present(
  members: number[],
  sorted: readonly StatementInput[],
  features: readonly StatementFeatures[],
  sim: number[][],
  canLink: (i: number, j: number) => boolean,
  idf: ReadonlyMap<string, number>,
  labelWords: number,
): StatementCluster {
  const ordered = [...members].sort((a, b) => a - b);
  let total = 0;
  let pairs = 0;
  for (const i of ordered) for (const j of ordered) if (i < j && canLink(i, j)) { total += sim[i][j]; pairs++; }
  const statementIds = ordered.map((i) => sorted[i].id);
  return {
    id: `cluster:${statementIds[0]}`,
    statementIds,
    groups: [...new Set(ordered.map((i) => sorted[i].group))].sort((a, b) => a - b),
    label: clusterLabel(ordered.map((i) => ({ group: sorted[i].group, features: features[i] })), idf, labelWords),
    score: pairs === 0 ? 0 : total / pairs,
  };
}

function byGroupThenId(a: StatementInput, b: StatementInput): number {
  return a.group - b.group || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
