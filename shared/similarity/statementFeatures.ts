// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns statement texts into weighted features for matching:
 *   "<stem>"          a content word (weight 1), synonyms folded onto one stem;
 *   "<stem>"          a part of a compound word (weight `part`), so compounds meet their parts;
 *   "<stem> <stem>"   two content words in a row (weight `bigram`), for shared phrases;
 *   "~<concept>"      a concept of the domain lexicon (weight `concept`, see conceptLexicon.ts),
 *                     so paraphrases meet ("vroeg betrekken" and "vanaf dag één samen").
 * A feature that occurs twice in one statement keeps its highest weight (statements are short,
 * repetition is style, not emphasis). Compounds are split with the whole set as dictionary.
 */
import { canonicalStem, contentTokens, tokenize, type Token } from './dutchText.js';
import { splitCompounds, type CompoundParts } from './compoundSplitter.js';
import { conceptsOf } from './conceptLexicon.js';

/** How much compound parts, word pairs and concepts count next to a whole word (which counts 1). */
export interface FeatureWeights { part: number; bigram: number; concept: number }

/** Default weights: a part or a word pair counts half a word, a concept as much as a word. */
export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { part: 0.5, bigram: 0.5, concept: 1 };

/** One statement's features with weights, and the words people wrote for each stem (for labels). */
export interface StatementFeatures {
  weights: Map<string, number>;
  /** Per stem, the words (or compound parts) it was written as. */
  surfaces: Map<string, string[]>;
  /** Stems written as a whole word, not only inside a compound. */
  wholeWords: Set<string>;
}

/** Features of every text, with compounds split against the words of all texts. */
export function featuresOf(texts: readonly string[], weights: FeatureWeights = DEFAULT_FEATURE_WEIGHTS): StatementFeatures[] {
  const allTokens = texts.map((text) => tokenize(text));
  const tokenLists = allTokens.map((tokens) => contentTokens(tokens));
  const compounds = splitCompounds(tokenLists.flatMap((tokens) => tokens.map((t) => t.norm)));
  return tokenLists.map((tokens, i) => {
    const features = featuresOfTokens(tokens, compounds, weights);
    for (const hit of conceptsOf(allTokens[i], (norm) => compounds.get(norm) ?? [])) {
      add(features, `~${hit.concept}`, weights.concept, hit.surface);
    }
    return features;
  });
}

function featuresOfTokens(
  tokens: readonly Token[],
  compounds: ReadonlyMap<string, CompoundParts>,
  weights: FeatureWeights,
): StatementFeatures {
  const stems = tokens.map((t) => canonicalStem(t.norm));
  const result: StatementFeatures = { weights: new Map(), surfaces: new Map(), wholeWords: new Set(stems) };
  tokens.forEach((token, i) => {
    add(result, stems[i], GENERIC_STEMS.has(stems[i]) ? GENERIC_WEIGHT : 1, token.surface);
    if (weights.part > 0 && stems[i].length >= PREFIX_MIN_STEM) add(result, `^${stems[i].slice(0, PREFIX_LENGTH)}`, weights.part);
    for (const part of compounds.get(token.norm) ?? []) add(result, canonicalStem(part), weights.part, part);
    if (i > 0 && weights.bigram > 0) add(result, `${stems[i - 1]} ${stems[i]}`, weights.bigram);
  });
  return result;
}

/**
 * Words that nearly every statement about participation could use (the actors and the setting):
 * two statements sharing only "gemeente" or "bewoners" are not saying the same thing.
 */
const GENERIC_STEMS: ReadonlySet<string> = new Set(
  ['gemeente', 'bewoner', 'mensen', 'mens', 'medewerker', 'college', 'raad', 'wijk', 'nieuw', 'goed', 'visie', 'plan', 'beleid', 'participatie']
    .map((w) => canonicalStem(w)),
);
const GENERIC_WEIGHT = 0.4;

/** Long stems also count by their first letters, so derivations meet (verantwoording, verantwoorden). */
const PREFIX_LENGTH = 6;
const PREFIX_MIN_STEM = 8;

function add(into: StatementFeatures, feature: string, weight: number, surface?: string): void {
  if (weight <= 0) return;
  into.weights.set(feature, Math.max(weight, into.weights.get(feature) ?? 0));
  if (surface === undefined) return;
  const list = into.surfaces.get(feature);
  if (list) list.push(surface);
  else into.surfaces.set(feature, [surface]);
}
