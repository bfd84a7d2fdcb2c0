// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterStatements, topEndorsed, type ClusterResult, type StatementInput } from './statementClusters.js';

/** The example statements of meeting 1 (copy of shared/data/uitspraken-bijeenkomst-1.json). */
interface Example { group: number; kind: string; cluster: string | null; text: string }
const example: Example[] = JSON.parse(
  fs.readFileSync(new URL('./fixtures/uitspraken-bijeenkomst-1.json', import.meta.url), 'utf8'),
).statements;
const statements: (StatementInput & { cluster: string | null })[] = example.map((s, i) => ({
  ...s,
  id: `s${String(i).padStart(2, '0')}`,
}));

/** Pairwise precision and recall of "these two are in the same cluster" against the expected labels. */
function pairwiseScores(result: ClusterResult) {
  const predicted = new Map<string, string>();
  for (const c of result.clusters) for (const id of c.statementIds) predicted.set(id, c.id);
  let truePositives = 0, falsePositives = 0, falseNegatives = 0;
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const [a, b] = [statements[i], statements[j]];
      const expected = a.cluster !== null && a.cluster === b.cluster;
      const found = predicted.has(a.id) && predicted.get(a.id) === predicted.get(b.id);
      if (expected && found) truePositives++;
      else if (found) falsePositives++;
      else if (expected) falseNegatives++;
    }
  }
  return {
    truePositives, falsePositives, falseNegatives,
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
  };
}

const s = (id: string, group: number, text: string, kind = 'openStaan', endorsements?: number): StatementInput =>
  ({ id, group, kind, text, endorsements });

describe('clusterStatements on the example statements of meeting 1', () => {
  const result = clusterStatements(statements);

  it('finds the agreement between groups that people marked, and little else', () => {
    const scores = pairwiseScores(result);
    console.log('pairwise same-cluster decisions (default options):', JSON.stringify(scores));
    for (const c of result.clusters) console.log(`  ${c.score.toFixed(3)}  ${c.label.padEnd(36)} ${c.statementIds.join(' ')}`);
    expect(scores.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('is at least as precise with its guards (same kind, one per group) as without them', () => {
    const unguarded = { sameKindOnly: false, onePerGroup: false };
    for (const opts of [{ onePerGroup: false }, { sameKindOnly: false }, unguarded]) {
      console.log(`pairwise with ${JSON.stringify(opts)}:`, JSON.stringify(pairwiseScores(clusterStatements(statements, opts))));
    }
    expect(pairwiseScores(result).precision).toBeGreaterThanOrEqual(pairwiseScores(clusterStatements(statements, unguarded)).precision);
  });

  it('only suggests clusters of one kind, with one statement from each of at least two groups', () => {
    const byId = new Map(statements.map((st) => [st.id, st]));
    for (const c of result.clusters) {
      const members = c.statementIds.map((id) => byId.get(id)!);
      expect(c.groups.length).toBeGreaterThanOrEqual(2);
      expect(new Set(members.map((m) => m.group)).size).toBe(members.length);
      expect(new Set(members.map((m) => m.kind)).size).toBe(1);
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
  });

  it('labels each cluster with words the statements share, as people wrote them', () => {
    const labels = result.clusters.map((c) => c.label);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(labels).toContain('welkom, initiatieven');
    expect(labels.some((l) => l.startsWith('regels'))).toBe(true);
  });

  it('accounts for every statement exactly once', () => {
    const all = [...result.clusters.flatMap((c) => c.statementIds), ...result.unclustered];
    expect(all.sort()).toEqual(statements.map((st) => st.id).sort());
  });

  it('gives the same answer every time and for any input order', () => {
    const reversed = clusterStatements([...statements].reverse());
    const shuffled = clusterStatements(statements.map((_, i) => statements[(i * 17) % statements.length]));
    expect(clusterStatements(statements)).toEqual(result);
    expect(reversed).toEqual(result);
    expect(shuffled).toEqual(result);
  });
});

describe('clusterStatements on edge cases', () => {
  it('returns nothing for no statements', () => {
    expect(clusterStatements([])).toEqual({ clusters: [], unclustered: [] });
  });

  it('leaves a single statement unclustered', () => {
    expect(clusterStatements([s('a', 1, 'Minder regels, meer ruimte.')])).toEqual({ clusters: [], unclustered: ['a'] });
  });

  it('clusters identical texts from different groups with a score of 1', () => {
    const text = 'Minder regels, meer ruimte voor maatwerk.';
    const { clusters, unclustered } = clusterStatements([s('b', 2, text), s('a', 1, text), s('c', 3, 'Jongeren betrekken via school.')]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ id: 'cluster:a', statementIds: ['a', 'b'], groups: [1, 2], label: 'minder, regels, meer' });
    expect(clusters[0].score).toBeCloseTo(1, 10);
    expect(unclustered).toEqual(['c']);
  });

  it('groups the first few comments of a consultation when they share the point they make', () => {
    const first = [
      s('a', 1, 'Jongeren ontbreken nog in deze visie.', 'comment'),
      s('b', 2, 'Hoe bereiken we jongeren en nieuwkomers?', 'comment'),
      s('c', 3, 'Betrek de jongeren via school en sportclubs.', 'comment'),
    ];
    expect(clusterStatements(first).clusters.map((c) => c.statementIds)).toEqual([['a', 'b', 'c']]);
  });

  it('does not call identical texts of one group agreement between groups', () => {
    const text = 'Minder regels, meer ruimte voor maatwerk.';
    expect(clusterStatements([s('a', 1, text), s('b', 1, text)]).clusters).toEqual([]);
  });

  it('leaves statements of only stop words or punctuation unclustered', () => {
    const result = clusterStatements([s('a', 1, 'Wij zijn het en zij ook.'), s('b', 2, 'Wij zijn het en zij ook.'), s('c', 3, '?!')]);
    expect(result).toEqual({ clusters: [], unclustered: ['a', 'b', 'c'] });
  });

  it('keeps kinds apart unless asked not to', () => {
    const pair = [s('a', 1, 'Fouten maken mag.', 'loslaten'), s('b', 2, 'Fouten maken mag.', 'cultuur')];
    expect(clusterStatements(pair).clusters).toEqual([]);
    expect(clusterStatements(pair, { sameKindOnly: false }).clusters).toHaveLength(1);
  });

  it('rejects duplicate ids and impossible options with a specific error', () => {
    expect(() => clusterStatements([s('a', 1, 'x'), s('a', 2, 'y')])).toThrow(/duplicate statement id: a/);
    expect(() => clusterStatements([], { threshold: 2 })).toThrow(/threshold/);
    expect(() => clusterStatements([], { threshold: Number.NaN })).toThrow(/threshold/);
    expect(() => clusterStatements([], { labelWords: 0 })).toThrow(/labelWords/);
    expect(() => clusterStatements([{ id: 'a', group: 1, kind: 'cultuur' } as unknown as StatementInput])).toThrow(TypeError);
  });

  it('treats an option given as undefined as not given', () => {
    const pair = [s('a', 1, 'Minder regels.'), s('b', 2, 'Minder regels.')];
    expect(clusterStatements(pair, { threshold: undefined, onePerGroup: undefined })).toEqual(clusterStatements(pair));
  });
});

describe('topEndorsed', () => {
  const list = [s('a', 1, 'A', 'openStaan', 2), s('b', 2, 'B', 'openStaan', 5), s('c', 1, 'C'), s('d', 3, 'D', 'cultuur', 2), s('e', 1, 'E', 'cultuur', 0)];

  it('returns the most endorsed statements first, ties by group then id', () => {
    expect(topEndorsed(list, 3).map((x) => x.id)).toEqual(['b', 'a', 'd']);
  });

  it('never returns statements nobody endorsed, and nothing for n ≤ 0', () => {
    expect(topEndorsed(list, 10).map((x) => x.id)).toEqual(['b', 'a', 'd']);
    expect(topEndorsed(list, 0)).toEqual([]);
    expect(topEndorsed(list, -1)).toEqual([]);
  });
});
