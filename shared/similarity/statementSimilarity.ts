// SPDX-License-Identifier: EUPL-1.2
/**
 * IDF-weighted cosine similarity between statements. The IDF is computed over the given set,
 * so a word that every group uses ("bewoner", "gemeente") counts less than one only two
 * statements share ("welkom", "fout").
 *
 * The set is counted as if BACKGROUND_TEXTS more texts were in it that share none of its words:
 * in a handful of comments (a consultation's first three) a word that all of them use is what
 * they have in common, not noise, and should not weigh next to nothing. For a meeting's few dozen
 * statements this changes little (chosen on the tuning set: its figures stay 1.00 / 0.86).
 */

/** Texts sharing none of the set's words, counted in the IDF's denominator base. */
const BACKGROUND_TEXTS = 20;

/** Inverse document frequency of every feature: ln((N + BACKGROUND_TEXTS + 1) / df). */
export function inverseDocumentFrequency(vectors: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const v of vectors) for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = vectors.length + BACKGROUND_TEXTS;
  return new Map([...df].map(([f, count]) => [f, Math.log((n + 1) / count)]));
}

/** Each vector weighted by IDF and scaled to length 1 (an empty vector stays empty). */
function tfIdfVectors(vectors: readonly ReadonlyMap<string, number>[]): Map<string, number>[] {
  const idf = inverseDocumentFrequency(vectors);
  return vectors.map((v) => {
    const weighted = [...v].map(([f, w]) => [f, w * (idf.get(f) ?? 0)] as const).filter(([, w]) => w !== 0);
    const length = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0));
    return new Map(weighted.map(([f, w]) => [f, w / length]));
  });
}

/**
 * How much a word that one text affirms and the other denies ("eigen budget" / "geen eigen
 * budget") counts against their similarity, as a share of what it would count for it.
 */
const CONFLICT_SHARE = 1;

/** Cosine of two unit vectors (0 when either is empty); denied words have negative weights. */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [f, w] of small) {
    const product = w * (large.get(f) ?? 0);
    dot += product < 0 ? CONFLICT_SHARE * product : product;
  }
  return dot;
}

/** The symmetric matrix of cosine similarities between all statements (diagonal 1). */
function similarityMatrix(vectors: readonly ReadonlyMap<string, number>[]): number[][] {
  const n = vectors.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    m[i][i] = 1;
    for (let j = i + 1; j < n; j++) m[i][j] = m[j][i] = cosine(vectors[i], vectors[j]);
  }
  return m;
}

/**
 * Similarity of statements as a mix of two cosines: over all features, and over their concepts
 * alone ("~" features). Paraphrases share few words but their concepts; a statement has only a
 * handful of concepts, so sharing its main one weighs more there than among all its words.
 * `conceptShare` (0..1) is the weight of the concepts-only cosine.
 */
export function blendedSimilarity(vectors: readonly ReadonlyMap<string, number>[], conceptShare: number): number[][] {
  const all = similarityMatrix(tfIdfVectors(vectors));
  if (conceptShare <= 0) return all;
  const concepts = similarityMatrix(tfIdfVectors(vectors.map((v) => new Map([...v].filter(([f]) => f.startsWith('~'))))));
  return all.map((row, i) => row.map((v, j) => (i === j ? 1 : (1 - conceptShare) * v + conceptShare * concepts[i][j])));
}
