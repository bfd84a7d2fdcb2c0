// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of meeting 2's cockpit counts and "Nu delen", of a member's own leftover drafts, and of the agreements on the big
 * screen. Spread into nlLater.ts (staff screens only); en.ts must translate every key (meeting2FinishEn.ts).
 */
export const meeting2FinishNl = {
  m2Agreement: {
    make: 'Maak hier een afspraak van',
    title: 'Nieuwe afspraak uit de matrix',
    intro: 'De tekst, de groep die het uitvoert en waar het vandaan komt, staan al ingevuld. Pas aan wat nodig is, kies een moment om terug te kijken en voeg de afspraak toe.',
    cancel: 'Annuleren',
    pagingLabel: 'de afspraken',
  },
  m2Drafts: {
    titleWriting: 'Stap 1: wat ieder voor zich schrijft, per groep',
    titleLeft: 'Nog niet gedeeld',
    leftIntro: 'Sommige deelnemers schreven nog iets voor zichzelf dat niet in hun groep staat, bijvoorbeeld zonder internet. Je ziet alleen aantallen.',
    statementsLabel: 'Eigen ambities en verwachtingen',
    statements_zero: 'nog niets',
    statements_one: '{{count}} stuk',
    statements_other: '{{count}} stuks',
    share: 'Nu delen',
    shareGroup: 'Nu delen met {{group}}',
    confirm_one: 'Wat nog niet gedeeld is ({{count}} stuk), komt nu in de groep {{group}}. Iedereen in die groep ziet het dan, met de naam van wie het schreef als namen te zien zijn. Dit kun je niet terugdraaien. Nu delen?',
    confirm_other: 'Wat nog niet gedeeld is ({{count}} stuks), komt nu in de groep {{group}}. Iedereen in die groep ziet het dan, met de naam van wie het schreef als namen te zien zijn. Dit kun je niet terugdraaien. Nu delen?',
    confirmYes: 'Ja, nu delen',
    shared_zero: 'Er was niets meer te delen in {{group}}.',
    shared_one: '{{count}} stuk is gedeeld met {{group}}.',
    shared_other: '{{count}} stuks zijn gedeeld met {{group}}.',
    ownLeftNote: 'Dit schreef je voor jezelf, bijvoorbeeld zonder internet. Het staat nog niet in je groep. Wil je dat je groep het ziet? Kies dan "Deel met de groep".',
    ownShared: 'Gedeeld met je groep. Iedereen in je groep ziet het nu.',
  },
};
