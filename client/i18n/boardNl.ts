// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of the group board's safety: redistributing once meeting 1 has started, and
 * the honest make-up of the groups. Spread into nl.ts; en.ts translates every key.
 */
export const boardNl = {
  board: {
    askTitle: 'Bijeenkomst 1 is al begonnen',
    askText: 'Als Stip iedereen opnieuw verdeelt, krijgen mensen misschien een andere groep. Wat ze al schreven, blijft bij hun oude groep. Dat geldt ook voor eigen uitspraken uit stap 1: die komen bij het delen in de oude groep. Wie de groep open heeft op telefoon of laptop, gaat vanzelf naar de nieuwe groep. Verplaatsingen die je zelf deed, gaan verloren.',
    askAll: 'Ja, iedereen opnieuw verdelen',
    askUnplaced: 'Alleen mensen zonder groep indelen',
    askUnplacedNone: 'Alleen mensen zonder groep indelen is niet nodig: iedereen heeft al een groep.',
    placeUnplaced: 'Mensen zonder groep indelen',
    placeUnplacedHint: 'Wie al een groep heeft, blijft in die groep.',
    placed_one: '{{count}} persoon heeft een groep gekregen. De anderen bleven in hun groep.',
    placed_other: '{{count}} mensen hebben een groep gekregen. De anderen bleven in hun groep.',
    mixTitle: 'Samenstelling per groep',
    mixCaption: 'Aantal mensen per rol in elke groep',
    mixGroup: 'Groep',
    mixTotal: 'Totaal',
    category: {
      raad: 'Raad',
      collegeDirectie: 'College en directie',
      ambtenaren: 'Ambtenaren',
      griffie: 'Griffie en secretaris',
    },
    mixOk: 'De groepen zijn ongeveer even groot en de rollen zijn verdeeld.',
    mixWarnTitle: 'Let op: de groepen zijn niet goed gemengd',
    sizesUneven: 'De groepen zijn niet even groot: {{sizes}}.',
    sizeOf_one: '{{group}} heeft {{count}} persoon',
    sizeOf_other: '{{group}} heeft {{count}} mensen',
    missing: '{{group}} heeft niemand uit {{category}}, terwijl een andere groep er twee of meer heeft.',
    onlyOne: 'Iedereen hoort bij dezelfde rol ({{category}}). Een mix is dan niet mogelijk. Voeg mensen met andere rollen toe.',
    mixAdvice: 'Wat kun je doen? Sleep een kaart naar een andere groep, of gebruik "Verplaats" bij de persoon. Of laat Stip alles opnieuw verdelen.',
  },
};
