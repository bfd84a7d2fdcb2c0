// SPDX-License-Identifier: EUPL-1.2
/**
 * Splits Dutch compounds (bewonersinitiatief, gespreksvaardigheden) into two parts, using the
 * words of the statements themselves as the dictionary, so "vaardigheden" in one statement
 * lets "gespreksvaardigheden" in another match it.
 *
 * Two passes over all words of a set:
 *  1. known tail: the word ends in a part (≥ 4 letters) whose stem occurs as a word of its own;
 *     the rest (≥ 3 letters, a linking -s removed) becomes the modifier.
 *  2. known head: the word starts with a modifier found in pass 1, or with a word of its own of
 *     at least 6 letters (shorter heads such as "samen", "regel" split too much); the rest must
 *     have ≥ 4 letters.
 * Words in the synonym table, stop words and words under 7 letters are never split.
 */
import { canonicalStem, isListedWord, isStopWord } from './dutchText.js';

/** A compound's two parts, as normalised words. */
export type CompoundParts = readonly [head: string, tail: string];

const MIN_WORD = 7;
const MIN_HEAD = 3;
const MIN_TAIL = 4;
const MIN_STANDALONE_HEAD = 6;

/** Finds the parts of every splittable word among `words`, with `words` as the dictionary. */
export function splitCompounds(words: Iterable<string>): Map<string, CompoundParts> {
  const unique = [...new Set(words)].sort();
  const known = new Set(unique.map((w) => canonicalStem(w)));
  const candidates = unique.filter((w) => w.length >= MIN_WORD && !isListedWord(w) && !isStopWord(w));
  const parts = new Map<string, CompoundParts>();
  const modifiers = new Set<string>();
  for (const word of candidates) {
    const split = splitByTail(word, known);
    if (split) { parts.set(word, split); modifiers.add(canonicalStem(split[0])); }
  }
  for (const word of candidates) {
    if (parts.has(word)) continue;
    const split = splitByHead(word, known, modifiers);
    if (split) parts.set(word, split);
  }
  return parts;
}

/** Drops a linking -s from a modifier (gespreks → gesprek) when that leaves the stem unchanged. */
function withoutLink(head: string): string {
  return head.endsWith('s') && canonicalStem(head) === canonicalStem(head.slice(0, -1)) ? head.slice(0, -1) : head;
}

function isPart(word: string, min: number): boolean {
  return word.length >= min && !isStopWord(word);
}

/** Pass 1: the longest tail that is a word of its own. */
function splitByTail(word: string, known: ReadonlySet<string>): CompoundParts | null {
  for (let i = MIN_HEAD; i <= word.length - MIN_TAIL; i++) {
    const tail = word.slice(i);
    if (!isPart(tail, MIN_TAIL) || !known.has(canonicalStem(tail))) continue;
    const head = withoutLink(word.slice(0, i));
    if (isPart(head, MIN_HEAD)) return [head, tail];
  }
  return null;
}

/** Pass 2: the longest head that is a modifier from pass 1 or a long word of its own. */
function splitByHead(word: string, known: ReadonlySet<string>, modifiers: ReadonlySet<string>): CompoundParts | null {
  for (let i = word.length - MIN_TAIL; i >= MIN_HEAD; i--) {
    const tail = word.slice(i);
    const head = withoutLink(word.slice(0, i));
    if (!isPart(tail, MIN_TAIL) || !isPart(head, MIN_HEAD)) continue;
    const stemmed = canonicalStem(head);
    if (modifiers.has(stemmed) || (head.length >= MIN_STANDALONE_HEAD && known.has(stemmed))) return [head, tail];
  }
  return null;
}
