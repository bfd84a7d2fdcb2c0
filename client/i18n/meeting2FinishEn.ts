// SPDX-License-Identifier: EUPL-1.2
/** English texts of meeting 2's cockpit counts and "share now", and of the agreements on the big screen (keys of meeting2FinishNl.ts). */
export const meeting2FinishEn = {
  m2Agreement: {
    make: 'Make an agreement of this',
    title: 'New agreement from the matrix',
    intro: 'The text, the group that carries it out and where it came from are filled in already. Change what is needed, choose a moment to look back and add the agreement.',
    cancel: 'Cancel',
    pagingLabel: 'the agreements',
  },
  m2Drafts: {
    titleWriting: 'Step 1: what everyone writes on their own, per group',
    titleLeft: 'Not shared yet',
    leftIntro: 'Some participants wrote something for themselves that is not in their group yet, for example while offline. You see numbers only.',
    statementsLabel: 'Own ambitions and expectations',
    statements_zero: 'nothing yet',
    statements_one: '{{count}} item',
    statements_other: '{{count}} items',
    share: 'Share now',
    shareGroup: 'Share now with {{group}}',
    confirm_one: 'What is not shared yet ({{count}} item) goes into the group {{group}} now. Everyone in that group then sees it, with the writer’s name if names are shown. This cannot be undone. Share now?',
    confirm_other: 'What is not shared yet ({{count}} items) goes into the group {{group}} now. Everyone in that group then sees it, with the writer’s name if names are shown. This cannot be undone. Share now?',
    confirmYes: 'Yes, share now',
    shared_zero: 'There was nothing left to share in {{group}}.',
    shared_one: '{{count}} item was shared with {{group}}.',
    shared_other: '{{count}} items were shared with {{group}}.',
    ownLeftNote: 'You wrote this for yourself, for example without internet. It is not in your group yet. Do you want your group to see it? Then choose "Share with the group".',
    ownShared: 'Shared with your group. Everyone in your group sees it now.',
  },
};
