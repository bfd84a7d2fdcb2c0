/**
 * Meeting 2: the ambitions per role group (houding en gedrag) and the expectations matrix as a real
 * table (rows: who expects, columns: of whom). Placeholder until meeting 2 exists (replace this
 * file): the matrix is already a table, every cell "nog niet ingevuld".
 */
import { heading, NOT_FILLED_IN, placeholder, text, type Block } from '../../../../shared/dossier/dossierModel.js';
import { ROLE_GROUPS, type RoleGroup } from '../../../../shared/docNames.js';
import type { DossierPart } from './dossierPart.js';

const ROLE_GROUP_NAMES: Record<RoleGroup, string> = { raad: 'Raad', college: 'College en directie', ambtenaren: 'Ambtenaren' };

/** The expectations matrix with every cell empty. */
function emptyMatrix(): Block {
  return {
    kind: 'table',
    caption: 'Verwachtingen van elkaar: wat de groep in de rij verwacht van de groep in de kolom',
    header: ['Verwachting van … aan …', ...ROLE_GROUPS.map((g) => ROLE_GROUP_NAMES[g])],
    rows: ROLE_GROUPS.map((from) => [
      [text(ROLE_GROUP_NAMES[from], ['bold'])],
      ...ROLE_GROUPS.map((to) => [text(from === to ? '–' : NOT_FILLED_IN)]),
    ]),
  };
}

/** Part `meeting2`. */
export const meeting2Part: DossierPart = {
  id: 'meeting2',
  title: 'Bijeenkomst 2: cultuurverandering',
  build() {
    return {
      blocks: [
        heading(1, this.title),
        heading(2, 'Ambities per groep: houding en gedrag'),
        ...ROLE_GROUPS.flatMap((g) => [heading(3, ROLE_GROUP_NAMES[g]), placeholder('Nog niet ingevuld.')]),
        heading(2, 'Verwachtingen van elkaar'),
        emptyMatrix(),
      ],
      empty: true,
    };
  },
};
