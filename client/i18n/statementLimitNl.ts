// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of the statement limits in the composer: why no statement can be added, how many
 * there are, and what to do. Spread into nl.ts; en.ts must translate every key.
 */
export const statementLimitNl = {
  statementLimit: {
    perAuthor: 'Je hebt al {{max}} uitspraken geschreven. Meer kan niet. Wil je iets nieuws zeggen? Pas dan een van je uitspraken aan, of verwijder er een.',
    perDocument: 'Deze groep heeft al {{max}} uitspraken. Meer kan niet. Vraag de procesbegeleider om uitspraken samen te voegen of te verwijderen.',
    draftPerAuthor: 'Je hebt al {{max}} eigen uitspraken klaarstaan. Meer kan niet. Verwijder er een, of wacht tot de procesbegeleider ze met de groep deelt.',
  },
};
