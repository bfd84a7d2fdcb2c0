// SPDX-License-Identifier: EUPL-1.2
/**
 * How the vision came about: per group of meeting 1 its stip op de horizon and the statements the
 * vision took up, each with its provenance as a footnote ("uit Groep 2, uitspraak over loslaten,
 * 4 × eens").
 */
import { heading, paragraph, placeholder, type Block } from '../../../../shared/dossier/dossierModel.js';
import { richBlocks } from '../../../../shared/dossier/richTextBlocks.js';
import type { Statement } from '../../../../shared/groupDoc.js';
import type { StatementKind } from '../../../../shared/statementKinds.js';
import { statementsTakenUp } from '../../../../shared/visionDoc.js';
import type { GroupData } from '../dossierData.js';
import type { DossierPart } from './dossierPart.js';

const KIND_WORDS: Record<StatementKind, string> = { openStaan: 'open staan', loslaten: 'loslaten', cultuur: 'cultuurverandering' };

/** The provenance footnote of a statement. */
const provenanceNote = (group: GroupData, s: Statement): string =>
  `uit ${group.name}, uitspraak over ${KIND_WORDS[s.kind]}, ${s.endorsedBy.length} × eens`;

function groupBlocks(group: GroupData, takenUp: Set<string>): { blocks: Block[]; empty: boolean } {
  const horizon = richBlocks(group.horizon.content ?? [], 2);
  const statements = group.statements.filter((s) => takenUp.has(`${group.group}:${s.id}`));
  return {
    blocks: [
      heading(2, group.name),
      heading(3, 'Stip op de horizon'),
      ...(horizon.length ? horizon : [placeholder(`De horizon van ${group.name} is nog niet ingevuld.`)]),
      heading(3, 'Uitspraken die in de visie staan'),
      statements.length
        ? { kind: 'list', ordered: false, items: statements.map((s) => [paragraph(s.text, provenanceNote(group, s))]) }
        : placeholder('Nog niet ingevuld: de visie neemt nog geen uitspraak van deze groep over.'),
    ],
    empty: horizon.length === 0 && statements.length === 0,
  };
}

/** Part `origin`. */
export const originPart: DossierPart = {
  id: 'origin',
  title: 'Hoe de visie tot stand kwam',
  build(data) {
    const takenUp = statementsTakenUp((data.shown ?? data.currentVision).provenance);
    const groups = data.groups.map((g) => groupBlocks(g, takenUp));
    return {
      blocks: [
        heading(1, this.title),
        paragraph('In bijeenkomst 1 schreven drie gemengde groepen uitspraken over open staan, loslaten en cultuurverandering, en elk een stip op de horizon. Hieronder staat per groep de horizon en welke uitspraken de visie overnam; de voetnoten zeggen waar elke uitspraak vandaan komt.'),
        ...groups.flatMap((g) => g.blocks),
      ],
      empty: groups.every((g) => g.empty),
    };
  },
};
