// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2: the ambitions per role group (houding en gedrag) and the expectations matrix as a real
 * table: the header row names the groups expected of ("aan"), the first cell of each row the group
 * that expects ("van"); the diagonal holds each group's own ambitions. Read from the role-group
 * documents (shared/roleGroupDoc.ts); statements of white space only are left out, as on the
 * plenary matrix. A role group merged into another (it had no members) is left out, as on the app's
 * matrix: the group it joined is named "Raad (met College en directie)" and a sentence says so.
 */
import { heading, NOT_FILLED_IN, paragraph, placeholder, text, type Block, type Inline } from '../../../../shared/dossier/dossierModel.js';
import { ROLE_GROUPS, roleGroupDocName, type RoleGroup } from '../../../../shared/docNames.js';
import type { Statement } from '../../../../shared/groupDoc.js';
import { activeRoleGroups, type RoleGroupMerges } from '../../../../shared/roleGroupFormation.js';
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

/** The names of the groups in use: a group others joined is "Raad (met College en directie)". */
function groupNames(inUse: RoleGroup[], merges: RoleGroupMerges): Record<RoleGroup, string> {
  const names = { ...ROLE_GROUP_NAMES };
  for (const g of inUse) {
    const joined = ROLE_GROUPS.filter((m) => merges[m] === g).map((m) => ROLE_GROUP_NAMES[m]);
    if (joined.length) names[g] = `${ROLE_GROUP_NAMES[g]} (met ${joined.join(' en ')})`;
  }
  return names;
}

/** The expectations matrix of the groups in use: rows "van", columns "aan", own ambitions on the diagonal. */
function matrix(groups: Record<RoleGroup, RoleGroupSnapshot>, inUse: RoleGroup[], names: Record<RoleGroup, string>): Block {
  return {
    kind: 'table',
    caption: 'Verwachtingen van elkaar: wat de groep in de rij (van) verwacht van de groep in de kolom (aan); waar rij en kolom dezelfde groep zijn, staan de eigen ambities',
    header: ['Verwachting van … aan …', ...inUse.map((g) => names[g])],
    rowHeaders: true,
    rows: inUse.map((from) => [
      [text(names[from], ['bold'])],
      ...inUse.map((to) => cell((from === to ? groups[from].ambitions : groups[from].expectations[to]).filter(written))),
    ]),
  };
}

/** "College en directie had geen eigen groep: de leden deden mee met Raad." for each merged group. */
const mergeNotes = (merges: RoleGroupMerges): Block[] => ROLE_GROUPS.filter((g) => merges[g])
  .map((g) => paragraph(`${ROLE_GROUP_NAMES[g]} had geen eigen groep in bijeenkomst 2: wie bij deze groep hoorde, deed mee met ${ROLE_GROUP_NAMES[merges[g]!]}.`));

/** Part `meeting2`. */
export const meeting2Part: DossierPart = {
  id: 'meeting2',
  title: 'Bijeenkomst 2: cultuurverandering',
  build(data) {
    const merges = data.input.roleGroupMerges;
    const inUse = activeRoleGroups(merges);
    const names = groupNames(inUse, merges);
    const groups = Object.fromEntries(inUse.map((g) => [g, data.readDoc(roleGroupDocName(data.input.workshop.id, g), (doc) => readRoleGroupDoc(doc, g))])) as Record<RoleGroup, RoleGroupSnapshot>;
    const ambitions = inUse.flatMap((g) => {
      const own = groups[g].ambitions.filter(written);
      return [
        heading(3, names[g]),
        own.length ? { kind: 'list', ordered: false, items: own.map((s) => [paragraph(withEndorsements(s))]) } satisfies Block : placeholder('Nog niet ingevuld.'),
      ];
    });
    const empty = inUse.every((g) => groups[g].ambitions.filter(written).length === 0 && inUse.every((to) => groups[g].expectations[to].filter(written).length === 0));
    return {
      blocks: [
        heading(1, this.title),
        heading(2, 'Ambities per groep: houding en gedrag'),
        ...mergeNotes(merges),
        ...ambitions,
        heading(2, 'Verwachtingen van elkaar'),
        paragraph('In de tabel staat per rij wat die groep verwacht van de groep in de kolom. Waar rij en kolom dezelfde groep zijn, staan de eigen ambities van die groep.'),
        matrix(groups, inUse, names),
      ],
      empty,
    };
  },
};
