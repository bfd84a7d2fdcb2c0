// SPDX-License-Identifier: EUPL-1.2
import { meetingRoomNl } from './meetingRoomNl.js';
import { groupsNl } from './groupsNl.js';
import { roomNl } from './roomNl.js';
import { statementEditNl } from './statementEditNl.js';
import { meeting2RoomNl } from './meeting2RoomNl.js';
import { statementLimitNl } from './statementLimitNl.js';
import type { nlLater } from './nlLater.js';

/**
 * Dutch texts every screen may need from its first paint (a participant's room included); those
 * only staff screens use are in nlLater.ts, a chunk of their own (laterTexts.ts).
 */
export const nlFirst = {
  app: {
    name: 'Stip',
    tagline: 'Samen werken aan de OverheidsParticipatie-visie',
    skipLink: 'Naar de inhoud',
    loading: 'Even laden…',
    switchLanguage: 'English',
    switchLanguageLang: 'en',
    logout: 'Uitloggen op dit apparaat',
    loggingOut: 'Bezig met uitloggen…',
    logoutFailed: 'Uitloggen lukte niet. Controleer je internetverbinding en probeer het opnieuw.',
    toHome: 'Naar de startpagina',
    retry: 'Opnieuw proberen',
    cancel: 'Annuleren',
    headerNav: 'Hoofdmenu',
    agreementsLink: 'Wat hebben we afgesproken?',
  },
  role: {
    raadslid: 'Raadslid',
    collegelid: 'Collegelid',
    directie: 'Directie',
    ambtenaar: 'Ambtenaar',
    griffier: 'Griffier',
    gemeentesecretaris: 'Gemeentesecretaris',
    facilitator: 'Procesbegeleider',
  },
  home: {
    title: 'Welkom bij Stip',
    openLink: 'Open de link uit je uitnodiging.',
    explain: 'Je hebt een e-mail of briefje gekregen met een persoonlijke link. Als je die link opent, kom je vanzelf in je groep. Je hoeft geen wachtwoord te onthouden.',
    noLink: 'Geen link gekregen? Vraag het aan de procesbegeleider van je gemeente.',
    whatTitle: 'Wat is Stip?',
    what: 'Met Stip schrijft je gemeente samen aan de OverheidsParticipatie-visie. Raadsleden, college, directie en ambtenaren werken in groepen. Samen kiezen jullie een stip op de horizon.',
    signedIn: 'Je bent al aangemeld op dit apparaat.',
    continue: 'Ga verder',
    sessionCheckFailed: 'We konden niet nagaan of je bent aangemeld. Controleer je internetverbinding en probeer het opnieuw.',
  },
  linkFailure: {
    'link-unknown': {
      title: 'Deze link werkt niet',
      body: 'We kennen deze link niet. Misschien is hij niet helemaal goed gekopieerd. Kijk of je de hele link hebt gebruikt.',
      next: 'Werkt het nog steeds niet? Vraag de procesbegeleider om een nieuwe link.',
    },
    'link-expired': {
      title: 'Deze link is verlopen',
      body: 'Een link werkt maar een bepaalde tijd. Deze link is te oud.',
      next: 'Vraag de procesbegeleider om een nieuwe link.',
    },
    'link-revoked': {
      title: 'Deze link is ingetrokken',
      body: 'De procesbegeleider heeft deze link uitgezet. Misschien heb je al een nieuwe link gekregen.',
      next: 'Geen nieuwe link? Vraag de procesbegeleider om een nieuwe link.',
    },
    'setup-link-used': {
      title: 'Deze link is al gebruikt',
      body: 'Dit was een link om Stip in te richten. Zo\'n link werkt maar één keer, en hij is al geopend. Niemand heeft hem uitgezet.',
      next: 'Ben jij de procesbegeleider? Open dan je eigen procesbegeleiderslink. Die vind je op de pagina van je workshop, onder "Jouw links", op het apparaat waar je al bent aangemeld. Heb je die niet? Vraag degene die Stip heeft geïnstalleerd om een nieuwe inrichtlink te maken met: npm run stip -- setup-link',
    },
    unknownFailure: {
      title: 'Er ging iets mis met je link',
      body: 'We konden je niet aanmelden met deze link.',
      next: 'Vraag de procesbegeleider om een nieuwe link.',
    },
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    body: 'Kijk of het adres klopt. Of ga naar de startpagina.',
  },
  noSession: {
    title: 'Je bent niet aangemeld',
    body: 'Open de link uit je uitnodiging. Dan kom je vanzelf op de goede plek.',
  },
  noAccess: {
    title: 'Je hebt geen toegang tot deze pagina',
    body: 'Deze pagina hoort bij iemand anders of bij een andere workshop.',
    toOwn: 'Naar je eigen pagina',
  },
  waiting: {
    title: 'Je bent nog niet ingedeeld',
    body: 'De procesbegeleider verdeelt iedereen over drie groepen. Zodra je in een groep zit, ga je vanzelf verder. Je hoeft niets te doen.',
    hint: 'Deze pagina kijkt om de paar seconden of je al in een groep zit.',
  },
  room: {
    partsNav: 'Onderdelen',
    part: {
      openStaan: 'Open staan',
      loslaten: 'Loslaten',
      cultuur: 'Cultuurverandering',
      horizon: 'Stip op de horizon',
    },
    intro: {
      openStaan: 'Waar wil de gemeente open voor staan? Schrijf korte, duidelijke uitspraken.',
      loslaten: 'Wat kan de gemeente loslaten, zodat inwoners zelf meer kunnen doen?',
      cultuur: 'Welke verandering in houding en werkwijze is daarvoor nodig?',
      horizon: 'Waar wil jullie groep samen naartoe? Schrijf de stip op de horizon in een paar zinnen.',
    },
    newStatement: {
      openStaan: 'Nieuwe uitspraak over open staan',
      loslaten: 'Nieuwe uitspraak over loslaten',
      cultuur: 'Nieuwe uitspraak over cultuurverandering',
    },
    statementList: 'Uitspraken over {{part}}',
    add: 'Toevoegen',
    added: 'Uitspraak toegevoegd',
    emptyText: 'Schrijf eerst een uitspraak.',
    maxChars: 'Maximaal {{max}} tekens.',
    noStatements: 'Er zijn nog geen uitspraken.',
    statement: 'Uitspraak {{number}}',
    writtenBy: 'Geschreven door',
    you: 'jij',
    endorse: 'Eens',
    endorseCount_zero: 'Nog niemand eens',
    endorseCount_one: '{{count}} persoon eens',
    endorseCount_other: '{{count}} mensen eens',
    delete: 'Verwijderen',
    confirmDelete: 'Weet je zeker dat je deze uitspraak wilt verwijderen?',
    confirmDeleteYes: 'Ja, verwijderen',
    deleted: 'Uitspraak verwijderd',
    horizonLabel: 'Tekst van de stip op de horizon',
    horizonLoading: 'De tekst wordt geladen…',
    textSyncing: 'Tekst wordt geladen…',
    contentError: 'De tekst van de stip kon niet goed worden gelezen. Je wijzigingen worden niet opgeslagen. Laad de pagina opnieuw of vraag de procesbegeleider om hulp.',
    toolbar: {
      label: 'Opmaak',
      bold: 'Vet',
      italic: 'Cursief',
      bulletList: 'Opsomming',
      heading: 'Kop',
    },
    presence: {
      title: 'Nu in deze groep',
      nobody: 'Er is nog niemand verbonden.',
      you: '(jij)',
    },
    readOnlyNote: 'Je kunt hier nu alleen lezen.',
  },
  status: {
    label: 'Verbinding',
    connecting: 'Verbinden…',
    syncing: 'Bijwerken…',
    connected: 'Verbonden',
    reconnecting: 'Opnieuw verbinden…',
    offline: 'Offline — je wijzigingen worden bewaard',
    offlineWatching: 'Offline — geen verbinding',
    stopped: 'Niet verbonden',
    keptHint: 'Je wijzigingen worden op dit apparaat bewaard. Ze worden verstuurd zodra er weer verbinding is.',
  },
  stop: {
    readOnly: {
      title: 'Je kunt hier alleen lezen',
      body: 'Je mag in dit document niets veranderen. Je laatste wijziging is niet opgeslagen.',
    },
    permissionChanged: {
      title: 'Er is iets veranderd',
      body: 'De procesbegeleider heeft iets aangepast, bijvoorbeeld je groep. We brengen je naar de goede plek.',
    },
    sessionEnded: {
      title: 'Je sessie is beëindigd',
      body: 'Open je link opnieuw. Heb je de link niet meer? Vraag de procesbegeleider om een nieuwe link.',
    },
    badChange: {
      title: 'Er ging iets mis met je laatste wijziging',
      body: 'De pagina wordt opnieuw geladen.',
    },
    rateLimited: {
      title: 'Er ging iets mis met je laatste wijziging',
      body: 'Er werden te veel wijzigingen tegelijk verstuurd. De pagina wordt opnieuw geladen.',
    },
    lockedOut: {
      title: 'Je kunt dit document even niet openen',
      body: 'Er zijn in korte tijd te veel wijzigingen van jou geweigerd. Over een paar minuten kun je weer verder; laad dan de pagina opnieuw.',
    },
    documentFull: {
      title: 'Dit document is vol',
      body: 'Er kan niets meer bij. Vraag de procesbegeleider om hulp.',
    },
    noAccess: {
      title: 'Je hebt geen toegang tot deze groep',
      body: 'Je kunt alleen in je eigen groep werken.',
    },
    unknown: {
      title: 'De verbinding is gestopt',
      body: 'Laad de pagina opnieuw. Gebeurt dit vaker? Vraag de procesbegeleider om hulp.',
    },
    historyReset: {
      title: 'Deze groep is op de server opnieuw begonnen',
      titleVision: 'De visie is op de server opnieuw begonnen',
      body: 'Jouw kopie op dit apparaat past er niet meer bij. Wil je jouw tekst houden? Bewaar hem dan eerst als bestand. Ga daarna verder met de nieuwe versie.',
      save: 'Bewaar mijn tekst',
      saved: 'Je tekst is bewaard in het bestand {{fileName}}. Kijk bij je downloads.',
      continue: 'Verder met de nieuwe versie',
      fileTitle: 'Stip – jouw tekst van dit apparaat',
      fileSavedAt: 'Bewaard op {{date}}',
      fileGroup: '{{group}}',
      fileDraft: 'Jouw eigen uitspraken in {{group}}',
      fileVision: 'Visie',
      fileOther: 'Document',
      fileEmpty: 'In deze kopie staat geen tekst.',
    },
    reloadNow: 'Nu opnieuw laden',
    reloadPaused: 'De pagina is al een paar keer opnieuw geladen. Probeer het later nog eens of vraag de procesbegeleider om hulp.',
    toOwn: 'Naar je eigen plek',
  },
  facilitator: {
    title: 'Regie: {{gemeente}}',
  },
  apiError: {
    'no-session': 'Je bent niet (meer) aangemeld. Open je link opnieuw.',
    forbidden: 'Dat mag je hier niet doen.',
    'not-found': 'Dit bestaat niet (meer).',
    'rate-limited': 'Je doet dit te vaak achter elkaar. Wacht even en probeer het opnieuw.',
    internal: 'Er ging iets mis op de server. Probeer het later opnieuw.',
    network: 'Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw.',
    unknown: 'Er ging iets mis. Probeer het opnieuw.',
  },
  ...meetingRoomNl,
  ...groupsNl,
  ...roomNl,
  ...statementEditNl,
  ...meeting2RoomNl,
  ...statementLimitNl,
};

/** The shape every language must fill completely. */
export type Dictionary = DeepStrings<typeof nlFirst & typeof nlLater>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
