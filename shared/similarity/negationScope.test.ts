// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { negatedTokens } from './negationScope.js';
import { tokenize } from './dutchText.js';
import { clusterStatements } from './statementClusters.js';
import { featuresOf } from './statementFeatures.js';
import { blendedSimilarity } from './statementSimilarity.js';

/** The words a negation denies, in order. */
const denied = (text: string) => {
  const { tokens, negated } = negatedTokens(text);
  return tokens.filter((_, i) => negated[i]).map((t) => t.norm);
};

describe('negatedTokens', () => {
  it('gives the same tokens as tokenize', () => {
    const text = "Er komt geen eigen budget voor wijken; nota's, één loket (niet meer).";
    expect(negatedTokens(text).tokens).toEqual(tokenize(text));
  });

  it('denies the first content word after niet, geen or nooit', () => {
    expect(denied('We houden niet vast aan ons eigen plan')).toEqual(['vast']);
    expect(denied('Ik zie geen begroting')).toEqual(['begroting']);
    expect(denied('Falen mag: wie iets probeert, wordt niet afgerekend op fouten')).toEqual(['afgerekend']);
  });

  it('denies a modified word with its modifier, and words joined by of/en', () => {
    expect(denied('Er komt geen eigen budget voor wijken')).toEqual(['eigen', 'budget']);
    expect(denied('Als raad sturen we op hoofdlijnen en niet op details of incidenten')).toEqual(['details', 'incidenten']);
  });

  it('stops at the end of the clause', () => {
    expect(denied('Niet zenden maar ontvangen')).toEqual(['zenden']);
    expect(denied('Ik wil niet dat bewoners besluiten nemen')).toEqual([]);
    expect(denied('De taal van de inwoner, niet die van de ambtenarij')).toEqual([]);
    expect(denied('Medewerkers hebben de uren niet. Budget is er wel')).toEqual([]);
  });

  it('does not read "niet alleen" or "niet langer" as a denial of what follows', () => {
    expect(denied('Niet alleen de mondige bewoners aan het woord')).toEqual([]);
    expect(denied('We wantrouwen bewoners niet langer bij voorbaat')).toEqual([]);
  });

  it('denies the rest of the clause after "niet eens met"', () => {
    expect(denied('Ik ben het niet eens met blind vertrouwen; controle blijft nodig')).toEqual(['blind', 'vertrouwen']);
  });
});

describe('similarity with denied words', () => {
  const similarity = (texts: string[]) => blendedSimilarity(featuresOf(texts).map((f) => f.weights), 0);

  it('counts a word that one text affirms and the other denies against their similarity', () => {
    const m = similarity(['Geef wijken een eigen budget.', 'Er komt geen eigen budget voor wijken.', 'Elke wijk krijgt een eigen budget.', 'Parkeren in het centrum.']);
    expect(m[0][1]).toBeLessThan(m[0][2]);
    expect(m[0][1]).toBeLessThan(0);
  });

  it('still lets two statements that deny the same thing meet', () => {
    const statements = [
      { id: 'a', group: 1, kind: 'loslaten', text: 'De raad stuurt op effecten en niet op elk incident.' },
      { id: 'b', group: 2, kind: 'loslaten', text: 'Als raad sturen we op hoofdlijnen en niet op incidenten.' },
    ];
    expect(clusterStatements(statements).clusters.map((c) => c.statementIds)).toEqual([['a', 'b']]);
  });
});
