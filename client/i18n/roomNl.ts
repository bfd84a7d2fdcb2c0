// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of the participant's room on a phone: the account menu with its logout question,
 * the notice bar at the bottom (step, message, lock), why a form is closed, and the state before
 * step 1. Spread into nl.ts; en.ts must translate every key (the Dictionary type checks it).
 */
export const roomNl = {
  account: {
    menu: 'Meer',
    menuLabel: 'Meer: uitloggen',
    logoutQuestion: 'Uitloggen op dit apparaat? De kopieën die dit apparaat bewaart om zonder internet te werken, worden gewist. Wat je al hebt geschreven, blijft bewaard bij je groep. Met je persoonlijke link kom je later weer binnen.',
    logoutConfirm: 'Ja, uitloggen en wissen',
  },
  notice: {
    region: 'Meldingen van de procesbegeleider',
    step: 'Nieuwe stap',
    lock: 'Op slot',
    unlockedLabel: 'Van slot',
    unlocked: 'Je groep is weer van slot. Je kunt verder.',
    close: 'Melding sluiten',
  },
  closed: {
    locked: 'Dit kan nu niet: de procesbegeleider heeft je groep op slot gezet. Je kunt alles lezen.',
    readOnly: 'Dit kan nu niet: je kunt deze groep alleen lezen.',
    waiting: 'Even geduld: we kijken bij welke stap de bijeenkomst is. Daarna kun je schrijven.',
  },
  beforeStart: {
    title: 'De bijeenkomst begint zo',
    body: 'De procesbegeleider start zo stap 1. Dan schrijft iedereen eerst voor zichzelf uitspraken op. Daarna deelt de procesbegeleider ze met je groep.',
    privateNote: 'Je kunt alvast beginnen. Alleen jij ziet wat je nu schrijft, tot de procesbegeleider het deelt.',
  },
};
