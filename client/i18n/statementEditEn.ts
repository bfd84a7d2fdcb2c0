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
    heldTitle: 'Your change was not saved',
    heldBody: 'The group does not see this text: you may no longer change this. Want to keep it? Copy the text and put it in a statement of your own.',
    heldHorizon: 'You wrote this in the stip op de horizon:',
    heldStatement: 'You wrote this in a statement the group does not see:',
    heldCopy: 'Copy text',
    heldCopied: 'The text was copied.',
    heldCopyFailed: 'Copying did not work. The text is selected: copy it yourself.',
    heldDismiss: 'Close message',
  },
};
