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
import { canonicalStem, contentTokens, type Token } from './dutchText.js';
import { negatedTokens } from './negationScope.js';
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
  const scoped = texts.map((text) => negatedTokens(text));
  const allTokens = scoped.map((s) => s.tokens);
  const tokenLists = allTokens.map((tokens) => contentTokens(tokens));
  const compounds = splitCompounds(tokenLists.flatMap((tokens) => tokens.map((t) => t.norm)));
  return tokenLists.map((tokens, i) => {
    const denied = new Set(allTokens[i].filter((_, k) => scoped[i].negated[k]));
    const features = featuresOfTokens(tokens, compounds, weights, (t) => denied.has(t));
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
  isDenied: (token: Token) => boolean,
): StatementFeatures {
  const stems = tokens.map((t) => canonicalStem(t.norm));
  const result: StatementFeatures = { weights: new Map(), surfaces: new Map(), wholeWords: new Set(stems) };
  tokens.forEach((token, i) => {
    const sign = isDenied(token) ? -1 : 1;
    const surface = sign > 0 ? token.surface : undefined;
    add(result, stems[i], sign * (GENERIC_STEMS.has(stems[i]) ? GENERIC_WEIGHT : 1), surface);
    if (weights.part > 0 && stems[i].length >= PREFIX_MIN_STEM) add(result, `^${stems[i].slice(0, PREFIX_LENGTH)}`, sign * weights.part);
    for (const part of compounds.get(token.norm) ?? []) add(result, canonicalStem(part), sign * weights.part, sign > 0 ? part : undefined);
    if (i > 0 && weights.bigram > 0) {
      const pairSign = sign < 0 || isDenied(tokens[i - 1]) ? -1 : 1;
      add(result, `${stems[i - 1]} ${stems[i]}`, pairSign * weights.bigram);
    }
  });
  return result;
}

/**
 * Words that nearly every statement about participation could use (the actors and the setting):
 * two statements sharing only "gemeente" or "bewoners" are not saying the same thing.
 */
const GENERIC_STEMS: ReadonlySet<string> = new Set(
  ['gemeente', 'bewoner', 'mensen', 'mens', 'medewerker', 'college', 'raad', 'wijk', 'nieuw', 'goed', 'visie', 'plan', 'beleid', 'participatie',
    // "kost" is money in "kost geld" and time in "kost tijd": the word alone says little, and a
    // comment on a vision points at the text it is about ("deze passage", "de tekst") whatever
    // its topic (third round)
    'kosten', 'kost', 'tekst', 'passage', 'alinea', 'zin', 'zinnen', 'stuk', 'document', 'pagina', 'punt', 'versie']
    .map((w) => canonicalStem(w)),
);
const GENERIC_WEIGHT = 0.4;

/** Long stems also count by their first letters, so derivations meet (verantwoording, verantwoorden). */
const PREFIX_LENGTH = 6;
const PREFIX_MIN_STEM = 8;

/**
 * Adds a feature; a negative weight is a denied word ("geen budget"). A feature seen twice keeps
 * its largest weight, and an affirmed occurrence wins over a denied one.
 */
function add(into: StatementFeatures, feature: string, weight: number, surface?: string): void {
  if (weight === 0) return;
  const had = into.weights.get(feature);
  if (had === undefined || (weight > 0 ? weight > had : had < 0 && weight < had)) into.weights.set(feature, weight);
  if (surface === undefined) return;
  const list = into.surfaces.get(feature);
  if (list) list.push(surface);
  else into.surfaces.set(feature, [surface]);
}
