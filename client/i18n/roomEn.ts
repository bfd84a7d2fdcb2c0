// SPDX-License-Identifier: EUPL-1.2
/** English texts of the participant's room on a phone (see roomNl.ts). */
export const roomEn = {
  account: {
    menu: 'More',
    menuLabel: 'More: log out',
    logoutQuestion: 'Log out on this device? The copies this device keeps to work without internet will be deleted. What you have written stays with your group. With your personal link you can come back later.',
    logoutConfirm: 'Yes, log out and delete',
  },
  notice: {
    region: 'Notices from the facilitator',
    step: 'New step',
    lock: 'Locked',
    unlockedLabel: 'Unlocked',
    unlocked: 'Your group is unlocked again. You can go on.',
    close: 'Close notice',
  },
  closed: {
    locked: 'Not possible now: the facilitator has locked your group. You can read everything.',
    readOnly: 'Not possible now: you can only read this group.',
    waiting: 'One moment: we are checking which step the meeting is at. Then you can write.',
  },
  beforeStart: {
    title: 'The meeting starts soon',
    body: 'The facilitator will start step 1 soon. Then everyone first writes statements on their own. After that the facilitator shares them with your group.',
    privateNote: 'You can start already. Only you see what you write now, until the facilitator shares it.',
  },
};
