// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of who changed a statement and the facilitator's setting whether participants may
 * change statements written by others, and a change that could not be sent. Spread into nl.ts; en.ts must translate every key.
 */
export const statementEditNl = {
  statementEdit: {
    editedBy: 'Aangepast door',
    ownOnly: 'Alleen de schrijver en de procesbegeleider kunnen deze uitspraak aanpassen. Zo heeft de procesbegeleider het ingesteld. Ben je het ermee eens? Kies "Eens". Wil je iets anders zeggen? Schrijf een eigen uitspraak.',
    settingTitle: 'Uitspraken aanpassen',
    settingLabel: 'Alleen eigen uitspraken aanpassen',
    settingHint: 'Staat dit aan? Dan past iedereen alleen de eigen uitspraken aan. Uitspraken van anderen kunnen deelnemers lezen en steunen met "Eens". Staat dit uit? Dan scherpt de groep de uitspraken samen aan. Bij elke uitspraak staat wie hem heeft aangepast. Jij kunt als procesbegeleider altijd alles aanpassen.',
    settingOn: 'Deelnemers passen nu alleen hun eigen uitspraken aan.',
    settingOff: 'Deelnemers kunnen nu ook uitspraken van anderen aanpassen.',
    heldTitle: 'Je wijziging is niet bewaard',
    heldBody: 'De groep ziet deze tekst niet: je mag dit nu niet meer aanpassen. Wil je hem houden? Kopieer de tekst en zet hem in een eigen uitspraak.',
    heldHorizon: 'Dit schreef je bij de stip op de horizon:',
    heldStatement: 'Dit schreef je bij een uitspraak die de groep niet ziet:',
    heldCopy: 'Kopieer tekst',
    heldCopied: 'De tekst is gekopieerd.',
    heldCopyFailed: 'Kopiëren lukte niet. De tekst is geselecteerd: kopieer hem zelf.',
    heldDismiss: 'Melding sluiten',
  },
};
