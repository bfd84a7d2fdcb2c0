// SPDX-License-Identifier: EUPL-1.2
/** English texts of the merge view's questions (see mergeDialogsNl.ts). */
import type { Dictionary } from './nl.js';
import type { mergeDialogsNl } from './mergeDialogsNl.js';

/** English merge dialog texts. */
export const mergeDialogsEn: Pick<Dictionary, keyof typeof mergeDialogsNl> = {
  mergeDialogs: {
    duplicateTitle: 'Already in the vision',
    duplicateText_one: 'This statement is already in the vision. Do you want to go to it, or take it in once more?',
    duplicateText_other: 'These {{count}} statements are already in the vision. Do you want to go to them, or take them in once more?',
    goTo: 'Go to the passage',
    addAgain: 'Take it in once more',
    wentTo: 'The cursor is now in the passage in the vision.',
    combineTitle: 'Combine into one sentence',
    combineText_one: 'Write the sentence for the vision. The chosen statement stays as its source.',
    combineText_other: 'Write one sentence that says what the {{count}} statements say together. All {{count}} stay as sources.',
    combineLabel: 'The shared sentence',
    combineEmpty: 'Write a sentence first.',
    combineSources_one: 'Source',
    combineSources_other: 'Sources ({{count}})',
    combineSubmit: 'Take into the vision',
    combinedWritten_one: 'The sentence is in the vision under {{section}}, with {{count}} source.',
    combinedWritten_other: 'The sentence is in the vision under {{section}}, with {{count}} sources.',
  },
};
