// SPDX-License-Identifier: EUPL-1.2
/** English texts of the group board's safety (see boardNl.ts). */
import type { Dictionary } from './nl.js';
import type { boardNl } from './boardNl.js';

/** English board texts. */
export const boardEn: Pick<Dictionary, keyof typeof boardNl> = {
  board: {
    askTitle: 'Meeting 1 has already started',
    askText: 'If Stip divides everyone again, people may get another group. What they already wrote stays with their old group. This also goes for their own statements from step 1: at the reveal they appear in the old group. Anyone with the group open on a phone or laptop moves to the new group by itself. Moves you made yourself are lost.',
    askAll: 'Yes, divide everyone again',
    askUnplaced: 'Only place people without a group',
    askUnplacedNone: 'Placing only people without a group is not needed: everyone already has a group.',
    placeUnplaced: 'Place people without a group',
    placeUnplacedHint: 'Anyone who already has a group stays in it.',
    placed_one: '{{count}} person got a group. The others stayed in their group.',
    placed_other: '{{count}} people got a group. The others stayed in their group.',
    mixTitle: 'Make-up per group',
    mixCaption: 'Number of people per role in each group',
    mixGroup: 'Group',
    mixTotal: 'Total',
    category: {
      raad: 'Council',
      collegeDirectie: 'Executive board and management',
      ambtenaren: 'Civil servants',
      griffie: 'Clerk and secretary',
    },
    mixOk: 'The groups are about the same size and the roles are spread.',
    mixWarnTitle: 'Note: the groups are not well mixed',
    sizesUneven: 'The groups are not the same size: {{sizes}}.',
    sizeOf_one: '{{group}} has {{count}} person',
    sizeOf_other: '{{group}} has {{count}} people',
    missing: '{{group}} has nobody from {{category}}, while another group has two or more.',
    onlyOne: 'Everyone has the same role ({{category}}). A mix is not possible. Add people with other roles.',
    mixAdvice: 'What can you do? Drag a card to another group, or use "Move" at the person. Or let Stip divide everything again.',
  },
};
