// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of the merge view's questions: something already in the vision, and writing a
 * combined sentence. Spread into nl.ts; en.ts translates every key.
 */
export const mergeDialogsNl = {
  mergeDialogs: {
    duplicateTitle: 'Staat al in de visie',
    duplicateText_one: 'Deze uitspraak staat al in de visie. Wil je ernaartoe gaan, of wil je hem toch nog een keer opnemen?',
    duplicateText_other: 'Deze {{count}} uitspraken staan al in de visie. Wil je ernaartoe gaan, of wil je ze toch nog een keer opnemen?',
    goTo: 'Ga naar de passage',
    addAgain: 'Toch nog een keer opnemen',
    wentTo: 'De cursor staat nu in de passage in de visie.',
    combineTitle: 'Combineer tot één zin',
    combineText_one: 'Schrijf de zin die in de visie komt. De gekozen uitspraak blijft bewaard als bron.',
    combineText_other: 'Schrijf één zin die zegt wat de {{count}} uitspraken samen zeggen. Alle {{count}} blijven bewaard als bron.',
    combineLabel: 'De gedeelde zin',
    combineEmpty: 'Schrijf eerst een zin.',
    combineSources_one: 'Bron',
    combineSources_other: 'Bronnen ({{count}})',
    combineSubmit: 'Opnemen in de visie',
    combinedWritten_one: 'De zin staat in de visie bij {{section}}, met {{count}} bron.',
    combinedWritten_other: 'De zin staat in de visie bij {{section}}, met {{count}} bronnen.',
  },
};
