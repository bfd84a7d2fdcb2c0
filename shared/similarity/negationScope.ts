// SPDX-License-Identifier: EUPL-1.2
/**
 * Which words of a Dutch statement a negation denies, so that "er komt geen eigen budget voor
 * wijken" does not count as agreeing with "geef wijken een eigen budget" (hard negatives: texts
 * that share words but say the opposite).
 *
 * A light scope rule, no parser: after "niet", "geen" or "nooit", the first content word of the
 * same clause is denied; when that word is a modifier ("geen eigen budget", "geen vaste
 * contactpersoon") the word after it too, and a word joined by "en", "of" or "noch" right after
 * ("niet op details of incidenten"); after "niet eens" or "niet akkoord" the rest of the clause
 * ("ik ben het niet eens met blind vertrouwen"). A clause ends at punctuation and at a conjunction that
 * starts a new clause ("niet dat …", "niet zenden maar ontvangen"). "Niet alleen", "niet
 * langer", "niet meer" and the like do not deny the word after them ("niet alleen de mondige
 * bewoners" still speaks of mondige bewoners). Words carrying a negation are not negated
 * themselves: "zonder", "nauwelijks" and antonyms ("wantrouwen") are left to the lexicon.
 */
import { isStopWord, tokenize, type Token } from './dutchText.js';

/** The words that deny what follows. */
const NEGATORS: ReadonlySet<string> = new Set(['niet', 'geen', 'nooit']);

/** After a negator, these turn it into something else than a denial of the next word. */
const NOT_A_DENIAL: ReadonlySet<string> = new Set(['alleen', 'enkel', 'slechts', 'langer', 'meer', 'zomaar', 'per', 'eerder', 'pas', 'zonder', 'minder']);

/** "Niet eens (met)", "niet akkoord (met)": the rest of the clause is what the writer rejects. */
const DISAGREEMENT: ReadonlySet<string> = new Set(['eens', 'akkoord']);

/** Conjunctions that start a new clause: the negation does not reach past them. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'maar want dus omdat als dat die wat waar wie zodat terwijl wanneer voordat nadat doordat hoewel tenzij zoals dan behalve'.split(' '),
);

/** Words that join a second denied word to the first ("geen X of Y"). */
const COORDINATORS: ReadonlySet<string> = new Set(['en', 'of', 'noch']);

/** Modifiers that do not end in -e but stand before the word they modify. */
const MODIFIERS: ReadonlySet<string> = new Set(['eigen', 'extra', 'vast', 'apart', 'echt', 'enkel', 'groot', 'klein', 'nieuw', 'ander']);

/** Clause boundaries in the raw text (the tokenizer drops punctuation). */
const PUNCTUATION = /[.,;:!?()[\]{}"“”…–—]+/u;

/** A text's tokens (as `tokenize` gives them) and, for each, whether a negation denies it. */
export function negatedTokens(text: string): { tokens: Token[]; negated: boolean[] } {
  const tokens: Token[] = [];
  const negated: boolean[] = [];
  for (const clause of text.split(PUNCTUATION)) {
    const words = tokenize(clause);
    const flags = denied(words);
    tokens.push(...words);
    negated.push(...flags);
  }
  return { tokens, negated };
}

function denied(words: readonly Token[]): boolean[] {
  const flags = words.map(() => false);
  for (let i = 0; i < words.length; i++) {
    if (!NEGATORS.has(words[i].norm)) continue;
    if (NOT_A_DENIAL.has(words[i + 1]?.norm ?? '')) continue;
    if (DISAGREEMENT.has(words[i + 1]?.norm ?? '')) {
      for (let k = i + 2; k < words.length && !CLAUSE_WORDS.has(words[k].norm); k++) flags[k] = !isStopWord(words[k].norm);
      continue;
    }
    let k = i + 1;
    let count = 0;
    while (k < words.length) {
      const norm = words[k].norm;
      if (CLAUSE_WORDS.has(norm) || NEGATORS.has(norm)) break;
      if (COORDINATORS.has(norm)) {
        if (count === 0) break;
        k++;
        continue;
      }
      if (isStopWord(norm)) { k++; continue; }
      flags[k] = true;
      count++;
      const next = words[k + 1]?.norm;
      const modifier = MODIFIERS.has(norm) || (norm.endsWith('e') && norm.length > 3);
      const joined = next !== undefined && COORDINATORS.has(next);
      if (!(modifier && next !== undefined && !isStopWord(next)) && !joined) break;
      k++;
    }
  }
  return flags;
}
