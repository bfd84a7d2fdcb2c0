// SPDX-License-Identifier: EUPL-1.2
/** English texts of the dossier (translations of dossierNl.ts). */
import type { dossierNl } from './dossierNl.js';

/** The dossier texts in English. */
export const dossierEn: typeof dossierNl = {
  dossier: {
    title: 'Download dossier',
    navLabel: 'Dossier',
    intro: 'The dossier is the document for the municipal council: the vision, how it came about, the consultation, meeting 2 and the agreements. Choose which parts go in and in which format. Parts that are still empty go in as "nog niet ingevuld" (not filled in yet).',
    loadFailed: 'The dossier could not be loaded.',
    parts: {
      title: 'Which parts?',
      hint: 'The title page is always included.',
      empty: 'Still empty: goes in as "not filled in yet".',
      filled: 'Filled in.',
      name: {
        vision: 'The vision',
        origin: 'How the vision came about (horizons and statements)',
        consultation: 'Consultation and response report',
        diff: 'Appendix: difference between version 1 and 2',
        meeting2: 'Meeting 2: ambitions and expectations',
        agreements: 'Register of agreements',
        participants: 'List of participants',
      },
    },
    make: {
      title: 'Make the dossier',
      version: 'Version of the vision',
      versionChoice: 'Version {{number}}: {{label}}',
      noVersion: 'No version of the vision has been frozen yet. The vision goes in as "not filled in yet".',
    },
    download: {
      formatLegend: 'Format',
      format: {
        docx: 'Word (.docx): to edit further',
        pdf: 'PDF: accessible, to publish',
        md: 'Markdown (.md): for a website',
      },
      short: { docx: 'Word', pdf: 'PDF', md: 'Markdown' },
      button: 'Make the dossier as {{format}}',
      busy: 'Making…',
      progressLabel: 'Progress of the dossier',
      progress: 'The dossier is being made: {{percent}}% done.',
      ready: 'The dossier is ready.',
      link: 'Download {{file}}',
      failed: 'The dossier could not be made.',
      nothingChosen: 'First choose at least one part.',
    },
    publish: {
      title: 'Downloads by participants',
      label: 'Participants may download the public parts',
      hint: 'Public parts: {{parts}}. Participants can never download other parts.',
      on: 'Participants can now download the public parts.',
      off: 'Participants cannot download the dossier now.',
      failed: 'This choice was not saved.',
    },
    version: {
      title: 'Download this version',
      intro: 'Download the vision of this version as a document.',
    },
  },
};
