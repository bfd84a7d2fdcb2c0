// SPDX-License-Identifier: EUPL-1.2
/**
 * The afspraken register (shared/agreementsDoc.ts) as a table of three columns (readable on an A4
 * page): number and text (its sources in meeting 2 as plain-text footnotes); owners and status;
 * review moments and the latest progress (state and date, with its short note). Entries carry roles, never names.
 */
import { heading, paragraph, placeholder, text, type Inline } from '../../../../shared/dossier/dossierModel.js';
import { agreementsDocName } from '../../../../shared/docNames.js';
import { readRegister, type AgreementSource, type ProgressState, type RegisterEntry } from '../../../../shared/agreementsDoc.js';
import type { DossierPart } from './dossierPart.js';
import { ROLE_GROUP_NAMES } from './roleGroupNames.js';
import { dutchDate } from './dossierDates.js';

const BREAK: Inline = { kind: 'break' };
const STATE_WORDS: Record<ProgressState, string> = { opKoers: 'op koers', aandachtNodig: 'aandacht nodig', nietGelukt: 'niet gelukt' };

/** A source as a footnote: "Ambitie van Raad: …" or "Verwachting van Raad aan Ambtenaren: …". */
const sourceNote = (s: AgreementSource): string => (s.kind === 'ambition'
  ? `Ambitie van ${ROLE_GROUP_NAMES[s.roleGroup]} in bijeenkomst 2: "${s.quote}"`
  : `Verwachting van ${ROLE_GROUP_NAMES[s.from]} aan ${ROLE_GROUP_NAMES[s.to]} in bijeenkomst 2: "${s.quote}"`);

/** The latest progress entry: state, date and note. */
function latestProgress(a: RegisterEntry): Inline[] {
  const last = [...a.progress].sort((x, y) => x.at - y.at).at(-1);
  if (!last) return [text('nog geen.')];
  const when = last.reviewMoment ? dutchDate(last.reviewMoment) : dutchDate(last.at);
  return [text(`${STATE_WORDS[last.state]} (${when})${last.note.trim() ? `: ${last.note.trim()}` : '.'}`)];
}

/** Part `agreements`. */
export const agreementsPart: DossierPart = {
  id: 'agreements',
  title: 'Het afsprakenregister',
  build(data) {
    const { agreements } = data.readDoc(agreementsDocName(data.input.workshop.id), readRegister);
    if (agreements.length === 0) {
      return { blocks: [heading(1, this.title), placeholder('Nog niet ingevuld: er zijn nog geen afspraken vastgelegd.')], empty: true };
    }
    return {
      blocks: [
        heading(1, this.title),
        paragraph(`${agreements.length === 1 ? 'Dit is de afspraak' : `Dit zijn de ${agreements.length} afspraken`} uit bijeenkomst 2: wie ervoor zorgt, wanneer we terugkijken en hoe het er nu voor staat. De voetnoten zeggen waar elke afspraak vandaan komt.`),
        {
          kind: 'table', caption: 'Het afsprakenregister',
          header: ['Afspraak', 'Eigenaar en status', 'Evaluatie en voortgang'],
          rows: agreements.map((a) => [
            [text(`Afspraak ${a.number}.`, ['bold']), BREAK, text(a.text), ...a.sources.map((s): Inline => ({ kind: 'note', text: sourceNote(s) }))],
            [text(`Eigenaar: ${a.owners.map((g) => ROLE_GROUP_NAMES[g]).join(', ')}.`), BREAK, text(`Status: ${a.status}.`)],
            [text(`Evaluatiemomenten: ${a.reviewMoments.length ? a.reviewMoments.map((d) => dutchDate(d) ?? d).join(', ') : 'nog geen'}.`), BREAK, text('Laatste voortgang: '), ...latestProgress(a)],
          ]),
        },
      ],
      empty: false,
    };
  },
};
