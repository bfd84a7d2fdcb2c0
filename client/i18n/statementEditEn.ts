// SPDX-License-Identifier: EUPL-1.2
/** English texts of who changed a statement and the edit setting (see statementEditNl.ts). */
export const statementEditEn = {
  statementEdit: {
    editedBy: 'Changed by',
    ownOnly: 'Only the writer and the facilitator can change this statement. The facilitator set it up this way. Do you agree? Choose "Agree". Want to say something else? Write a statement of your own.',
    settingTitle: 'Changing statements',
    settingLabel: 'Only change own statements',
    settingHint: 'When this is on, everyone changes only their own statements. Participants can read others\' statements and support them with "Agree". When it is off, the group sharpens the statements together. Each statement shows who changed it. As the facilitator, you can always change everything.',
    settingOn: 'Participants now change only their own statements.',
    settingOff: 'Participants can now also change statements by others.',
  },
};
