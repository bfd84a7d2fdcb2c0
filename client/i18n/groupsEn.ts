// SPDX-License-Identifier: EUPL-1.2
/** English texts of group names, dragging people between groups and the workshop's language (see groupsNl.ts). */
import type { Dictionary } from './nl.js';
import type { groupsNl } from './groupsNl.js';

/** English translation of the group and language texts. */
export const groupsEn: Pick<Dictionary, keyof typeof groupsNl> = {
  groups: {
    defaultName: 'Group {{group}}',
    dragHint: 'Drag a card to another group, or choose the group on the person\'s card.',
    dropHere: 'Drop here to move',
    rename: 'Change name',
    nameLabel: 'New name for {{group}}',
    nameHint: 'At most {{max}} characters. Leave the field empty for the usual name: {{fallback}}.',
    save: 'Save',
    tooLong: 'This name is too long. Use at most {{max}} characters.',
    renamed: '{{old}} is now called {{name}}.',
  },
  workshopLanguage: {
    label: 'Language of the workshop',
    hint: 'Participants and the big screen see Stip in this language. Does someone choose another language with the button at the top? Then that person keeps their language.',
    name: {
      nl: 'Dutch',
      en: 'English',
    },
    saved: 'Participants now see Stip in {{language}}.',
  },
};
