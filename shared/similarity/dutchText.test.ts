// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { canonicalStem, contentTokens, isStopWord, normalizeText, stem, tokenize } from './dutchText.js';

const contentWords = (text: string) => contentTokens(tokenize(text)).map((t) => t.norm);

describe('normalizeText', () => {
  it('lowercases, strips diacritics and punctuation, and keeps digits', () => {
    expect(normalizeText('Ideeën, café & coöperatie: 2030!')).toBe('ideeen cafe cooperatie 2030');
  });

  it('reads the accented één as the number 1 and a plain een as an article', () => {
    expect(normalizeText('Eén loket, één aanspreekpunt, een plan')).toBe('1 loket 1 aanspreekpunt een plan');
  });

  it("drops the apostrophe-s of a plural, so nota's is nota", () => {
    expect(normalizeText("dikke beleidsnota's")).toBe('dikke beleidsnota');
  });
});

describe('tokenize', () => {
  it('keeps the written form of each word next to its normalised form', () => {
    expect(tokenize('Eén vaste contactpersoon')).toEqual([
      { norm: '1', surface: 'eén' },
      { norm: 'vaste', surface: 'vaste' },
      { norm: 'contactpersoon', surface: 'contactpersoon' },
    ]);
  });

  it('returns nothing for a text without letters or digits', () => {
    expect(tokenize(' … — !? ')).toEqual([]);
  });
});

describe('stop words', () => {
  it('removes function words, negation and the phrase "in plaats van"', () => {
    expect(contentWords('We beginnen met vertrouwen in plaats van met wantrouwen.')).toEqual(['beginnen', 'vertrouwen', 'wantrouwen']);
    expect(contentWords('Niet zenden maar ontvangen')).toEqual(['zenden', 'ontvangen']);
  });

  it('removes the words with which a comment takes a stance, whatever its topic', () => {
    expect(contentWords('Helemaal eens, ik vind het mooi')).toEqual([]);
    expect(contentWords('Ik mis een begroting')).toEqual(['begroting']);
  });

  it('keeps words that carry the point of a statement here', () => {
    expect(contentWords('Minder regels, meer ruimte; fouten mogen; samen')).toEqual(['minder', 'regels', 'meer', 'ruimte', 'fouten', 'mogen', 'samen']);
  });

  it('treats pronominal adverbs such as erbij and daarvan as stop words', () => {
    expect(['erbij', 'daarvan', 'waarin', 'hiermee'].every(isStopWord)).toBe(true);
    expect(isStopWord('ervaring')).toBe(false);
  });
});

describe('stem', () => {
  it.each([
    ['regels', 'regel'], ['initiatieven', 'initiatief'], ['ambtenaren', 'ambtenaar'], ['sturen', 'stuurt'],
    ['incidenten', 'incident'], ['vaardigheden', 'vaardigheid'], ['geven', 'geeft'], ['maken', 'maakt'],
    ['knellen', 'knelt'], ['proberen', 'probeert'], ['ideeën', 'idee'], ['worden', 'wordt'],
    ['laten', 'laat'], ['durven', 'durft'], ['mogen', 'mag'], ['kaders', 'kader'],
    ['meten', 'meet'], ['weten', 'weet'], ['praten', 'praat'],
  ])('gives %s and %s the same stem', (a, b) => {
    expect(stem(normalizeText(a))).toBe(stem(normalizeText(b)));
  });

  it('keeps different words apart', () => {
    expect(stem('regelmatig')).not.toBe(stem('regels'));
    expect(stem('vertrouwen')).not.toBe(stem('wantrouwen'));
  });

  it('does not turn an adverb into a verb, nor a verb into a pronoun', () => {
    expect(stem('meteen')).toBe('meteen');
    expect(stem('meteen')).not.toBe(stem('meten'));
    expect(stem('alleen')).not.toBe(stem('allen'));
    expect(stem('meten')).not.toBe('me');
    expect(stem('weten')).not.toBe('we');
  });

  it('leaves numbers and very short words alone', () => {
    expect(stem('2030')).toBe('2030');
    expect(stem('ja')).toBe('ja');
  });
});

describe('canonicalStem', () => {
  it('folds the domain synonyms onto one stem', () => {
    expect(new Set(['bewoners', 'inwoner', 'burgers'].map(canonicalStem)).size).toBe(1);
    expect(canonicalStem('aanspreekpunt')).toBe(canonicalStem('contactpersonen'));
    expect(canonicalStem('initiatiefnemers')).toBe(canonicalStem('initiatief'));
    expect(canonicalStem('ambtenaren')).toBe(canonicalStem('medewerkers'));
  });
});
