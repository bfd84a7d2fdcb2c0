// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterStatements, type StatementInput } from './statementClusters.js';
import { pairwiseScores } from './pairwiseScores.js';

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

/** Held-out set B: written by another engineer than set A and the lexicon, before any scoring. */
const heldOutB: Labelled[] = fixture<{ statements: { group: number; kind: string; cluster: string | null; text: string }[] }>(
  'heldOutB.json',
).statements.map((s, i) => ({ ...s, id: id('b', i) }));

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

  it('prints its precision and recall on the held-out statements and comments', () => {
    const statements = report('held-out statements', heldOutStatements);
    const comments = report('held-out comments', heldOutComments);
    const all = {
      truePositives: statements.truePositives + comments.truePositives,
      falsePositives: statements.falsePositives + comments.falsePositives,
      falseNegatives: statements.falseNegatives + comments.falseNegatives,
    };
    const precision = all.truePositives / Math.max(1, all.truePositives + all.falsePositives);
    const recall = all.truePositives / (all.truePositives + all.falseNegatives);
    console.log(`held-out overall: precision ${precision.toFixed(2)} recall ${recall.toFixed(2)} ${JSON.stringify(all)}`);
    expect(heldOutStatements.length + heldOutComments.length).toBeGreaterThanOrEqual(40);
  });

  it('prints its precision and recall on held-out set B (figures only: no clusters to tune on)', () => {
    report('held-out B', heldOutB, false);
    expect(heldOutB.length).toBeGreaterThanOrEqual(60);
  });
});
