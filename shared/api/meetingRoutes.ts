// SPDX-License-Identifier: EUPL-1.2
/** Routes of running a meeting (facilitator): the live state, revealing private statements, the plenary screen's link. */
import type { LiveState } from '../liveDoc.js';
import { LiveUpdateBody, RevealBody, type DraftCountsAnswer, type RevealAnswer, type ScreenLinkAnswer } from '../apiMeeting.js';
import { defineRoute } from './routeContract.js';

/** The meeting routes. */
export const MEETING_ROUTES = {
  /** Changes the live state (step, timer, locks, message, focus, plenary view) together; leaving step 'write' reveals. */
  updateLive: defineRoute<LiveState>()({
    method: 'PATCH', path: '/api/workshops/:id/live', body: LiveUpdateBody, access: 'facilitator',
    audit: [
      { action: 'live.update', objectType: 'live', objectId: (f) => f.notes.liveChanges || null },
      { action: 'reveal', objectType: 'group', objectId: () => null, when: (f) => f.notes.autoRevealed === true },
    ],
  }),
  /** Moves the private statements of one group (or all) into the group documents. */
  revealDrafts: defineRoute<RevealAnswer>()({
    method: 'POST', path: '/api/workshops/:id/reveal', body: RevealBody, access: 'facilitator',
    audit: [{ action: 'reveal', objectType: 'group', objectId: (f) => (f.body.group === undefined ? null : String(f.body.group)) }],
  }),
  /** How many members of each group wrote privately in step 1, and how many statements: counts only, never text. */
  draftCounts: defineRoute<DraftCountsAnswer>()({
    method: 'GET', path: '/api/workshops/:id/draft-counts', access: 'facilitator',
  }),
  /** The read-only link of the plenary screen. */
  createScreenLink: defineRoute<ScreenLinkAnswer>()({
    method: 'POST', path: '/api/workshops/:id/screen-link', access: 'facilitator',
    audit: [{ action: 'screenLink.create', objectType: 'screenLink', objectId: () => null }],
  }),
  /** Gives the plenary screen a new link: the old one is revoked, the screen's sessions end and its sockets close. */
  renewScreenLink: defineRoute<ScreenLinkAnswer>()({
    method: 'POST', path: '/api/workshops/:id/screen-link/renew', access: 'facilitator',
    audit: [{ action: 'screenLink.renew', objectType: 'screenLink', objectId: () => null, on: 'ok-or-refused' }],
  }),
};
