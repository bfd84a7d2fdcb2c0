// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch text for statement matching: normalisation, tokens, stop words, a light stemmer and a
 * short table of domain synonyms. Pure functions; they run in the browser and in Node.
 *
 * Pipeline for one statement: `tokenize` (normalised words, with their surface form)
 * → drop stop phrases and stop words (`contentTokens`) → `stem` → `canonicalStem` (synonyms).
 *
 * Choices:
 * - "niet", "geen" and "nooit" are stop words: two statements that both say "niet" do not agree
 *   because of it. What they deny is marked in negationScope.ts, so that "geen eigen budget"
 *   counts against "een eigen budget" rather than for it (third round; before it, polarity was
 *   not modelled and hard negatives landed together).
 * - "mogen", "willen", "meer", "minder", "samen", "eigen" are kept: in this domain they carry the
 *   point of a statement ("fouten mogen", "minder regels", "samen plannen maken").
 * - "in plaats van" is a stop phrase (it means "instead of", and is very common in statements).
 * - An accented "één" (or "Eén") means the numeral one and becomes "1"; plain "een" is an article.
 */

/** Lowercases, turns "één" into "1", strips diacritics (ë → e) and keeps letters, digits and spaces. */
export function normalizeText(text: string): string {
  return wordsOf(text)
    .map((w) => normalizeWord(w))
    .join(' ');
}

/** One word of a text: its normalised form and the lowercase form a person wrote. */
export interface Token { norm: string; surface: string }

/** Splits a text into words, each normalised and with its surface form (for labels). */
export function tokenize(text: string): Token[] {
  return wordsOf(text)
    .map((surface) => ({ norm: normalizeWord(surface), surface }))
    .filter((t) => t.norm !== '');
}

/** Lowercase words (letters and digits) of a text; "nota's" becomes "nota", "auto-vrij" two words. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’](s)(?![\p{L}\p{N}])/gu, '') // plural/possessive 's: nota's → nota
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '');
}

function normalizeWord(word: string): string {
  const plain = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
  return plain === 'een' && word !== 'een' ? '1' : plain; // één, and Eén at the start of a sentence
}

/** Dutch function words that say nothing about the topic of a statement (normalised forms). */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    // articles, conjunctions, relative and question words
    'de het een t en of maar want dus als dan dat die dit deze wie wat waar hoe wanneer omdat ' +
    'voordat zodat terwijl toch ook nog al wel zo nu te pas daarna eerder steeds ' +
    // pronouns and quantifiers
    'ik je jij u hij zij ze we wij ons onze jullie hun hen zich zichzelf mij me mijn jouw uw zijn ' +
    'haar er hier daar iets niets alles iedereen niemand elk elke ieder iedere alle allen veel ' +
    // prepositions
    'in op aan bij met van voor naar uit over om tot door tegen onder tussen zonder via binnen ' +
    // auxiliaries and light verbs
    'is ben bent was waren wordt worden werd werden heeft hebben heb had hadden kan kunnen kunt ' +
    'zal zullen zou zouden moet moeten gaan gaat ga doen doet ' +
    // negation (see the header)
    'niet geen nooit ' +
    // adverbs of time and degree, and light verbs that carry no topic (second round)
    'meteen direct vaak altijd weer echt heel erg zeer even gewoon eigenlijk vooral juist ' +
    'komen komt kwam staan staat stond laten laat liet krijgen krijgt kreeg houden houdt ' +
    'zetten zet zien ziet zag blijven blijft bleef lopen loopt liep maken maakt maakte ' +
    // how a comment takes a stance ("helemaal eens", "ik vind", "ik mis"): the same in every
    // comment, whatever it is about, so it says nothing about the topic (third round)
    'eens oneens helemaal vind vinden vindt denk denken denkt lijkt mis missen mist graag prima mooi mooie ' +
    'lees lezen leest zeggen zegt zei'
  ).split(/\s+/),
);

/** Phrases removed as a whole before stop words (normalised words in order). */
const STOP_PHRASES: readonly (readonly string[])[] = [['in', 'plaats', 'van']];

/** Pronominal adverbs (erbij, daarvan, waarin …) are function words too. */
const PRONOMINAL_ADVERB =
  /^(er|daar|hier|waar)(aan|bij|in|mee|na|naar|om|op|over|uit|van|voor|door|tegen|toe|onder)$/;

/** Whether a normalised word is a stop word. */
export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm) || PRONOMINAL_ADVERB.test(norm);
}

/** The tokens that carry meaning: stop phrases and stop words removed, order kept. */
export function contentTokens(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = STOP_PHRASES.find((p) => p.every((w, k) => tokens[i + k]?.norm === w));
    if (phrase) { i += phrase.length - 1; continue; }
    if (!isStopWord(tokens[i].norm)) kept.push(tokens[i]);
  }
  return kept;
}

/** Irregular forms the suffix rules cannot reach, mapped to a regular form first. */
const IRREGULAR_FORMS: Readonly<Record<string, string>> = { mag: 'mogen', mocht: 'mogen', wil: 'willen' };

/**
 * Words the rules would turn into another word's stem: adverbs that end like an inflection
 * ("meteen" is not a form of "meten", "alleen" not of "allen"). Returned unchanged.
 */
const INVARIANT_WORDS: ReadonlySet<string> = new Set(['meteen', 'alleen', 'tussen', 'misschien', 'tevreden', 'geleden', 'beneden', 'boven', 'even', 'open']);

const VOWELS = 'aeiouy';
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch);

/**
 * A light Dutch stemmer (simplified Snowball / Kraaij-Pohlmann) for matching, not for display.
 * Rules, in order:
 *  1. one inflection suffix, when at least 3 letters remain: -heden → -heid, -ingen → -ing,
 *     -ën → (ideeën → idee), -en / -e / -s after a consonant (-s not after j);
 *  2. a final double consonant is undoubled (knell → knel, zitt → zit);
 *  3. a final -t is dropped if 3 letters remain (stuurt → stuur, wordt → word, laat/laten → lat,
 *     meet/meten → met),
 *     also from nouns, so that "incident" and "incidenten" still agree; a stem never gets
 *     shorter than 3 letters, so "meten" and "weten" do not become the pronouns "me" and "we";
 *  4. a final v/z becomes f/s (geven → gef, like geeft);
 *  5. double vowels are made single (stuur → stur, ambtenaar → ambtenar), which joins the
 *     open and closed syllable of one word (maakt/maken, ambtenaar/ambtenaren).
 * Words of 2 letters or fewer, numbers and a few invariable adverbs ("meteen") are returned unchanged. Diminutives (-je, -tje) and
 * derivations (-lijk, -baar, -ig) are left alone: they change meaning more than form.
 */
export function stem(norm: string): string {
  let w = IRREGULAR_FORMS[norm] ?? norm;
  if (w.length <= 2 || /^[0-9]+$/.test(w) || INVARIANT_WORDS.has(w)) return w;
  w = undoubleFinal(stripInflection(w));
  if (w.endsWith('t') && singleVowels(w.slice(0, -1)).length >= 3) w = undoubleFinal(w.slice(0, -1));
  if (w.endsWith('v')) w = w.slice(0, -1) + 'f';
  else if (w.endsWith('z')) w = w.slice(0, -1) + 's';
  return singleVowels(w);
}

function singleVowels(w: string): string {
  return w.replace(/([aeou])\1/g, '$1');
}

function stripInflection(w: string): string {
  const before = (suffix: string) => w[w.length - suffix.length - 1];
  const room = (suffix: string) => w.length - suffix.length >= 3;
  if (w.endsWith('heden') && room('heden')) return w.slice(0, -5) + 'heid';
  if (w.endsWith('ingen') && room('ingen')) return w.slice(0, -2);
  if (/(ee|ie)en$/.test(w)) return w.slice(0, -2);
  for (const suffix of ['en', 'e', 's']) {
    if (!w.endsWith(suffix) || !room(suffix)) continue;
    const ch = before(suffix);
    if (isVowel(ch) || (suffix === 's' && ch === 'j')) return w;
    return w.slice(0, -suffix.length);
  }
  return w;
}

function undoubleFinal(w: string): string {
  const n = w.length;
  return n > 3 && w[n - 1] === w[n - 2] && !isVowel(w[n - 1]) ? w.slice(0, -1) : w;
}

/**
 * Domain synonyms: each row is one idea, its first word the canonical one. Kept short and
 * explicit on purpose; words in this table are never split as compounds.
 */
const DOMAIN_SYNONYMS: readonly (readonly string[])[] = [
  ['bewoner', 'inwoner', 'burger', 'ingezetene', 'buurtbewoner', 'wijkbewoner', 'stadsgenoot', 'dorpsgenoot', 'bevolking', 'samenleving', 'burgerij'],
  ['initiatief', 'initiatiefnemer', 'bewonersinitiatief', 'burgerinitiatief'],
  ['contactpersoon', 'aanspreekpunt', 'contactambtenaar', 'wijkcontactpersoon'],
  ['medewerker', 'ambtenaar', 'personeel', 'beleidsmaker', 'beleidsmedewerker', 'beleidsambtenaar', 'topambtenaar'],
  ['raad', 'gemeenteraad', 'raadsleden', 'raadslid', 'volksvertegenwoordiger', 'volksvertegenwoordiging', 'gemeenteraadslid'],
  ['college', 'wethouder', 'wethouders', 'burgemeester', 'bestuurder', 'portefeuillehouder'],
  ['wijk', 'buurt', 'wijken', 'buurten'],
  ['gemeente', 'gemeentehuis', 'stadhuis', 'overheid'],
];

const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  DOMAIN_SYNONYMS.flatMap((row) => row.map((word) => [stem(word), stem(row[0])] as const)),
);

/** The stem of a normalised word with domain synonyms folded onto one stem. */
export function canonicalStem(norm: string): string {
  const s = stem(norm);
  return SYNONYM_OF.get(s) ?? s;
}

/** Whether a normalised word is listed in the synonym table (and so must not be split). */
export function isListedWord(norm: string): boolean {
  return SYNONYM_OF.has(stem(norm));
}
