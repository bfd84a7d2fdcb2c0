// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2: the ambitions per role group (houding en gedrag) and the expectations matrix as a real
 * table: the header row names the groups expected of ("aan"), the first cell of each row the group
 * that expects ("van"); the diagonal holds each group's own ambitions. Read from the role-group
 * documents (shared/roleGroupDoc.ts); statements of white space only are left out, as on the
 * plenary matrix.
 */
import { heading, NOT_FILLED_IN, paragraph, placeholder, text, type Block, type Inline } from '../../../../shared/dossier/dossierModel.js';
import { ROLE_GROUPS, roleGroupDocName, type RoleGroup } from '../../../../shared/docNames.js';
import type { Statement } from '../../../../shared/groupDoc.js';
import { readRoleGroupDoc, type RoleGroupSnapshot } from '../../../../shared/roleGroupDoc.js';
import type { DossierPart } from './dossierPart.js';
import { ROLE_GROUP_NAMES } from './roleGroupNames.js';


const written = (s: Statement<string>) => s.text.trim() !== '';
const withEndorsements = (s: Statement<string>) => (s.endorsedBy.length ? `${s.text} (${s.endorsedBy.length} × eens)` : s.text);

/** A matrix cell: the statements one under the other, or "nog niet ingevuld". */
function cell(statements: Statement<string>[]): Inline[] {
  if (statements.length === 0) return [text(NOT_FILLED_IN, ['italic'])];
  return statements.flatMap((s, i): Inline[] => [...(i ? [{ kind: 'break' } as const] : []), text(`• ${withEndorsements(s)}`)]);
}

/** The expectations matrix: rows "van", columns "aan", own ambitions on the diagonal. */
function matrix(groups: Record<RoleGroup, RoleGroupSnapshot>): Block {
  return {
    kind: 'table',
    caption: 'Verwachtingen van elkaar: wat de groep in de rij (van) verwacht van de groep in de kolom (aan); waar rij en kolom dezelfde groep zijn, staan de eigen ambities',
    header: ['Verwachting van … aan …', ...ROLE_GROUPS.map((g) => ROLE_GROUP_NAMES[g])],
    rows: ROLE_GROUPS.map((from) => [
      [text(ROLE_GROUP_NAMES[from], ['bold'])],
      ...ROLE_GROUPS.map((to) => cell((from === to ? groups[from].ambitions : groups[from].expectations[to]).filter(written))),
    ]),
  };
}

/** Part `meeting2`. */
export const meeting2Part: DossierPart = {
  id: 'meeting2',
  title: 'Bijeenkomst 2: cultuurverandering',
  build(data) {
    const groups = Object.fromEntries(ROLE_GROUPS.map((g) => [g, data.readDoc(roleGroupDocName(data.input.workshop.id, g), (doc) => readRoleGroupDoc(doc, g))])) as Record<RoleGroup, RoleGroupSnapshot>;
    const ambitions = ROLE_GROUPS.flatMap((g) => {
      const own = groups[g].ambitions.filter(written);
      return [
        heading(3, ROLE_GROUP_NAMES[g]),
        own.length ? { kind: 'list', ordered: false, items: own.map((s) => [paragraph(withEndorsements(s))]) } satisfies Block : placeholder('Nog niet ingevuld.'),
      ];
    });
    const empty = ROLE_GROUPS.every((g) => groups[g].ambitions.filter(written).length === 0 && ROLE_GROUPS.every((to) => groups[g].expectations[to].filter(written).length === 0));
    return {
      blocks: [
        heading(1, this.title),
        heading(2, 'Ambities per groep: houding en gedrag'),
        ...ambitions,
        heading(2, 'Verwachtingen van elkaar'),
        paragraph('In de tabel staat per rij wat die groep verwacht van de groep in de kolom. Waar rij en kolom dezelfde groep zijn, staan de eigen ambities van die groep.'),
        matrix(groups),
      ],
      empty,
    };
  },
};
