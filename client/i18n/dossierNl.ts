// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts (B1) of the dossier: the "Dossier downloaden" page and the download on a version's page.
 * Spread into nl.ts; en.ts must translate every key (the Dictionary type checks it).
 */
export const dossierNl = {
  dossier: {
    title: 'Dossier downloaden',
    navLabel: 'Dossier',
    intro: 'Het dossier is het document voor de gemeenteraad: de visie, hoe die tot stand kwam, de consultatie, bijeenkomst 2 en de afspraken. Kies welke delen erin komen en in welk formaat. Delen die nog leeg zijn, komen erin met "nog niet ingevuld".',
    loadFailed: 'Het dossier kon niet worden geladen.',
    parts: {
      title: 'Welke delen?',
      hint: 'De titelpagina staat er altijd in.',
      empty: 'Nog leeg: komt erin als "nog niet ingevuld".',
      filled: 'Ingevuld.',
      name: {
        vision: 'De visie',
        origin: 'Hoe de visie tot stand kwam (horizons en uitspraken)',
        consultation: 'Consultatie en reactienota',
        diff: 'Bijlage: verschil tussen versie 1 en 2',
        meeting2: 'Bijeenkomst 2: ambities en verwachtingen',
        agreements: 'Afsprakenregister',
        participants: 'Deelnemerslijst',
      },
    },
    make: {
      title: 'Dossier maken',
      version: 'Versie van de visie',
      versionChoice: 'Versie {{number}}: {{label}}',
      noVersion: 'Er is nog geen versie van de visie vastgelegd. De visie komt erin als "nog niet ingevuld".',
    },
    download: {
      formatLegend: 'Formaat',
      format: {
        docx: 'Word (.docx): om verder te bewerken',
        pdf: 'PDF: toegankelijk, om te publiceren',
        md: 'Markdown (.md): voor een website',
      },
      short: { docx: 'Word', pdf: 'PDF', md: 'Markdown' },
      button: 'Maak het dossier als {{format}}',
      busy: 'Bezig met maken…',
      progressLabel: 'Voortgang van het dossier',
      progress: 'Het dossier wordt gemaakt: {{percent}}% klaar.',
      ready: 'Het dossier is klaar.',
      link: 'Download {{file}}',
      failed: 'Het dossier kon niet worden gemaakt.',
      nothingChosen: 'Kies eerst minstens één deel.',
    },
    publish: {
      title: 'Downloaden door deelnemers',
      label: 'Deelnemers mogen de openbare delen downloaden',
      hint: 'Openbare delen: {{parts}}. Andere delen kunnen deelnemers nooit downloaden.',
      on: 'Deelnemers kunnen de openbare delen nu downloaden.',
      off: 'Deelnemers kunnen het dossier nu niet downloaden.',
      failed: 'Deze keuze is niet opgeslagen.',
    },
    version: {
      title: 'Deze versie downloaden',
      intro: 'Download de visie van deze versie als document.',
    },
  },
};
