// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of running meeting 1 in the group room: the step, timer, message and lock, and
 * the links between the meeting's pages. Part of every screen's first texts (nl.ts); the staff
 * screens' texts of meeting 1 are in meetingNl.ts. en.ts must translate every key.
 */
export const meetingRoomNl = {
  meeting: {
    stepPre: 'Waar we nu zijn',
    step: {
      write: 'Stap 1: schrijf je eigen uitspraken',
      reveal: 'Stap 2: delen en bespreken',
      endorse: 'Stap 3: eens zijn (stemmen)',
      horizon: 'Stap 4: de stip op de horizon',
    },
    stepHelp: {
      write: 'Schrijf eerst je eigen uitspraken op. De anderen zien ze nog niet.',
      reveal: 'De uitspraken van iedereen staan nu in de groep. Lees ze en praat erover.',
      endorse: 'Klik op "Eens" bij de uitspraken waar je het mee eens bent.',
      horizon: 'Schrijf samen de stip op de horizon van jullie groep.',
    },
    step2: {
      write: 'Stap 1: schrijf je eigen ambities en verwachtingen',
      reveal: 'Stap 2: delen en bespreken',
      endorse: 'Stap 3: eens zijn (stemmen)',
      horizon: 'Stap 4: onze ambitie en wat we verwachten',
    },
    stepHelp2: {
      write: 'Schrijf eerst voor jezelf op wat jullie willen in houding en gedrag, en wat je van de andere groepen verwacht. De anderen zien het nog niet.',
      reveal: 'Wat iedereen schreef, staat nu in de groep. Lees het en praat erover.',
      endorse: 'Klik op "Eens" bij de ambities en verwachtingen waar je achter staat.',
      horizon: 'Maak samen af wat jullie groep belooft en wat jullie van de anderen vragen.',
    },
    timer: {
      label: 'Resterende tijd',
      paused: 'Gepauzeerd',
      oneMinuteLeft: 'Nog 1 minuut.',
      timeUp: 'De tijd is om.',
    },
    message: {
      label: 'Bericht van de procesbegeleider',
    },
    locked: {
      title: 'Je groep staat even op slot',
      body: 'De procesbegeleider heeft je groep op slot gezet. Je kunt alles lezen, maar niets veranderen. Als het slot eraf is, kun je weer verder.',
    },
    drafts: {
      title: 'Jouw uitspraken, nog niet gedeeld',
      privateNote: 'Alleen jij ziet deze uitspraken tot de procesbegeleider ze deelt',
      notSharedNote: 'Nog niet gedeeld met je groep. Alleen jij ziet dit.',
      composerNote: 'Alleen jij ziet deze uitspraken tot de procesbegeleider ze deelt.',
      added: 'Uitspraak bewaard. Alleen jij ziet hem nog.',
      statement: 'Jouw uitspraak {{number}}',
      share: 'Deel met de groep',
      shared: 'Uitspraak gedeeld met de groep',
    },
    takenUp: 'Opgenomen in de visie',
    follow: {
      toPlenary: 'De procesbegeleider haalt iedereen naar het plenaire deel.',
      toGroup: 'We gaan weer verder in de groepen.',
    },
  },
  meetingLinks: {
    title: 'Bijeenkomst leiden',
    intro: 'Hier leid je bijeenkomst 1: de stappen, de timer, de groepen en het plenaire deel.',
    nav: 'Pagina’s van de procesbegeleider',
    facilitator: 'Regiepagina',
    cockpit: 'Regie live',
    merge: 'Samenvoegen tot één visie',
    plenary: 'Plenair scherm',
    cards: 'Kaartjes met QR-codes',
    privacy: 'Privacy en logboek',
    noAccessTitle: 'Alleen voor de procesbegeleider',
    noAccessBody: 'Deze pagina is alleen voor de procesbegeleider. Je hebt hier geen toegang toe (fout 403).',
  },
};
