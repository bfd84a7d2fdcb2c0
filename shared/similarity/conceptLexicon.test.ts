// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './conceptLexicon.js';
import { tokenize } from './dutchText.js';

const concepts = (text: string) => conceptsOf(tokenize(text)).map((h) => h.concept).sort();

describe('conceptsOf', () => {
  it('lets paraphrases meet: "inwoners vroeg betrekken" and "vanaf dag één samen met bewoners"', () => {
    expect(concepts('Inwoners vroeg betrekken')).toEqual(['early', 'involve']);
    expect(concepts('Vanaf dag één samen met bewoners')).toEqual(['early', 'involve']);
  });

  it('matches inflected words by their stem and phrases word by word', () => {
    expect(concepts('Wethouders steunen ambtenaren die fouten maakten')).toEqual(['backing', 'failure']);
    expect(concepts('We geven beslissingen uit handen')).toEqual(['decide', 'letGo']);
  });

  it('finds concepts in the parts of compounds when given them', () => {
    expect(concepts('wijkgeld')).toEqual(['money']); // its tail is a lexicon word; the head only as a given part
    expect(conceptsOf(tokenize('wijkgeld'), () => ['wijk', 'geld']).map((h) => h.concept).sort()).toEqual(['money', 'outside']);
  });

  it('reads a compound the lexicon does not list through a part it does list', () => {
    expect(concepts('Een inspraakavond')).toEqual(['involve', 'meetingLogistics']);
    expect(concepts('De wijkbudgetten')).toEqual(['money']);
    expect(concepts('Het participatietraject')).toEqual(['involve']);
    expect(concepts('De wethouder')).toEqual([]);
    expect(concepts('Regelmatig')).toEqual([]);
  });

  it('never lets a stop word carry a concept ("met" is not "meten")', () => {
    expect(concepts('met hem en met haar')).toEqual([]);
    expect(concepts('We meten het effect')).toEqual(['evaluate']);
  });

  it('gives each concept once, with the words that first carried it', () => {
    expect(conceptsOf(tokenize('Vertrouwen, geen wantrouwen'))).toEqual([{ concept: 'trust', surface: 'vertrouwen' }]);
  });
});
