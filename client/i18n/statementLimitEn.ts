// SPDX-License-Identifier: EUPL-1.2
/** English texts of the statement limits in the composer (statementLimitNl.ts). */
export const statementLimitEn = {
  statementLimit: {
    perAuthor: 'You have already written {{max}} statements, the most one person can add. To say something new, edit or delete one of your statements.',
    perDocument: 'This group already has {{max}} statements, the most it can hold. Ask the facilitator to merge or delete statements.',
    draftPerAuthor: 'You already have {{max}} statements of your own waiting, the most you can keep. Delete one, or wait until the facilitator shares them with the group.',
  },
};
