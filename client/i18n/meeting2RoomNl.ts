// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of a meeting-2 role group's room (`m2.room`): part of every screen's first
 * texts (nl.ts), since the group room of meeting 1 announces the move to meeting 2 with one of them;
 * the rest of `m2` is in meeting2Nl.ts (staff screens and the role groups: nlLater.ts). en.ts must
 * translate every key.
 */
export const meeting2RoomNl = {
  m2: {
    room: {
      title: '{{group}} – bijeenkomst 2',
      ambitions: 'Onze ambities',
      ambitionsIntro: 'Houding en gedrag: wat gaan wíj anders doen? Schrijf één ambitie per keer. Geef aan met “Eens” welke je steunt.',
      newAmbition: 'Nieuwe ambitie',
      expectations: 'Wat we verwachten van {{group}}',
      expectationsIntro: 'Wat hebben jullie nodig van {{group}}? Schrijf één verwachting per keer.',
      newExpectation: 'Nieuwe verwachting van {{group}}',
      list: 'Lijst: {{part}}',
      parts: 'Onderdelen van de groep',
      noGroup: 'Je zit nog niet in een groep voor bijeenkomst 2. De procesbegeleider deelt je in.',
      notStarted: 'Bijeenkomst 2 is nog niet begonnen. Je ziet hier je groep zodra de procesbegeleider begint.',
      toMeeting2: 'Bijeenkomst 2 is begonnen. Je gaat naar je groep.',
      openGroup: 'Open {{group}}',
    },
  },
};
