// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of group names, moving people between groups by dragging, and the workshop's
 * language. Spread into nl.ts; en.ts must translate every key (the Dictionary type checks it).
 */
export const groupsNl = {
  groups: {
    defaultName: 'Groep {{group}}',
    dragHint: 'Sleep een kaart naar een andere groep, of kies de groep bij de persoon.',
    dropHere: 'Laat hier los om te verplaatsen',
    rename: 'Naam wijzigen',
    nameLabel: 'Nieuwe naam voor {{group}}',
    nameHint: 'Hoogstens {{max}} tekens. Laat het veld leeg voor de gewone naam: {{fallback}}.',
    save: 'Opslaan',
    tooLong: 'Deze naam is te lang. Gebruik hoogstens {{max}} tekens.',
    renamed: '{{old}} heet nu {{name}}.',
  },
  workshopLanguage: {
    label: 'Taal van de workshop',
    hint: 'Deelnemers en het grote scherm zien Stip in deze taal. Kiest iemand zelf een andere taal met de knop bovenaan? Dan houdt die persoon die taal.',
    name: {
      nl: 'Nederlands',
      en: 'Engels',
    },
    saved: 'Deelnemers zien Stip nu in het {{language}}.',
  },
};
