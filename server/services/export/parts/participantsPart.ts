// SPDX-License-Identifier: EUPL-1.2
/**
 * The participants (optional): names with role and group when the workshop shows names; otherwise
 * only how many took part per role.
 */
import { heading, paragraph, placeholder, text } from '../../../../shared/dossier/dossierModel.js';
import { ROLES, type Role } from '../../../../shared/roles.js';
import { groupName } from '../../../../shared/groupNames.js';
import type { DossierPart } from './dossierPart.js';

const ROLE_WORDS: Record<Role, string> = {
  raadslid: 'Raadslid', collegelid: 'Collegelid', directie: 'Directie', ambtenaar: 'Ambtenaar',
  griffier: 'Griffier', gemeentesecretaris: 'Gemeentesecretaris', facilitator: 'Procesbegeleider',
};

/** Part `participants`. */
export const participantsPart: DossierPart = {
  id: 'participants',
  title: 'Deelnemers',
  build(data) {
    const { participants, workshop } = data.input;
    const title = heading(1, this.title);
    if (participants.length === 0) return { blocks: [title, placeholder('Nog niet ingevuld: er zijn nog geen deelnemers.')], empty: true };
    if (workshop.showNames) {
      const sorted = [...participants].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return {
        blocks: [title, {
          kind: 'table', caption: 'Deelnemers met rol en groep', header: ['Naam', 'Rol', 'Groep'],
          rows: sorted.map((p) => [[text(p.name)], [text(ROLE_WORDS[p.role])], [text(p.group ? groupName(workshop.groupNames, p.group) : '–')]]),
        }],
        empty: false,
      };
    }
    const counts = ROLES.map((r) => [r, participants.filter((p) => p.role === r).length] as const).filter(([, n]) => n > 0);
    return {
      blocks: [title, paragraph('Deze workshop toont geen namen: alleen het aantal deelnemers per rol.'), {
        kind: 'table', caption: 'Aantal deelnemers per rol', header: ['Rol', 'Aantal'],
        rows: counts.map(([r, n]) => [[text(ROLE_WORDS[r])], [text(String(n))]]),
      }],
      empty: false,
    };
  },
};
