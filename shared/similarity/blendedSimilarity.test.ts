// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { blendedSimilarity } from './statementSimilarity.js';
import { clusterStatements } from './statementClusters.js';

const v = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('blendedSimilarity', () => {
  const vectors = [
    v({ tiener: 1, inspraakavond: 1, '~youth': 1 }),
    v({ scholier: 1, sportkantine: 1, '~youth': 1 }),
    v({ parkeerplaats: 1, centrum: 1 }),
  ];

  it('lets two texts that share only a concept score higher when concepts get a share', () => {
    const wordsOnly = blendedSimilarity(vectors, 0);
    const mixed = blendedSimilarity(vectors, 0.1);
    expect(mixed[0][1]).toBeGreaterThan(wordsOnly[0][1]);
    expect(mixed[0][2]).toBe(0);
    expect(mixed.map((row, i) => row[i])).toEqual([1, 1, 1]);
  });

  it('is symmetric', () => {
    const m = blendedSimilarity(vectors, 0.5);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(m[i][j]).toBeCloseTo(m[j][i], 12);
  });
});

describe('clusterStatements conceptShare option', () => {
  it('refuses a share outside 0..1', () => {
    const one = [{ id: 'a', group: 1, kind: 'openStaan', text: 'Jongeren bereiken' }];
    expect(() => clusterStatements(one, { conceptShare: 1.5 })).toThrow(RangeError);
    expect(() => clusterStatements(one, { conceptShare: -0.1 })).toThrow(RangeError);
    expect(clusterStatements(one, { conceptShare: 0 }).clusters).toEqual([]);
  });
});
