// SPDX-License-Identifier: EUPL-1.2
/**
 * Running a meeting (facilitator): the live state (step, timer, locks, message, focus, plenary
 * view), revealing private statements, and the plenary screen's link; plus the server clock.
 * A live update tells the audit log what it set (liveChanges) and whether it revealed.
 */
import { LiveUpdateBody, RevealBody, type RevealAnswer, type ScreenLinkAnswer } from '../../../shared/apiMeeting.js';
import { liveChanges, updateLive } from '../../services/meeting/liveUpdater.js';
import { revealDrafts } from '../../services/meeting/revealer.js';
import { countDrafts } from '../../services/meeting/draftCounter.js';
import { renewScreenLink, screenLink } from '../../services/workshop/screenLinkIssuer.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator } from '../guards.js';

/** PATCH /api/workshops/<id>/live: applies the changes together and answers the new LiveState. */
export const patchLive: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(LiveUpdateBody, r.body);
  let autoRevealed = false;
  const after = await updateLive(r.deps.services, workshop.id, body, () => { autoRevealed = true; });
  return { status: 200, body: after, notes: { liveChanges: liveChanges(body), autoRevealed } };
};

/** POST /api/workshops/<id>/reveal: moves private statements of one group (or all) into the group documents. */
export const postReveal: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(RevealBody, r.body);
  const answer: RevealAnswer = { revealed: await revealDrafts(r.deps.services, workshop.id, body.group) };
  return { status: 200, body: answer };
};

/** GET /api/workshops/<id>/draft-counts: per group how many members wrote privately and how many statements. */
export const getDraftCounts: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await countDrafts(r.deps.services, workshop.id) };
};

/** POST /api/workshops/<id>/screen-link: the read-only link of the plenary screen. */
export const postScreenLink: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const answer: ScreenLinkAnswer = { link: await screenLink(r.deps.services, workshop.id) };
  return { status: 200, body: answer };
};

/** POST /api/workshops/<id>/screen-link/renew: revokes the screen's link (its sessions end, its sockets close) and answers a new one. */
export const postRenewScreenLink: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const answer: ScreenLinkAnswer = { link: (await renewScreenLink(r.deps.services, workshop.id)).link };
  return { status: 200, body: answer };
};

/** GET /api/time: the server clock, so clients can show timers in server time. */
export const getTime: ApiHandler = (r) => ({ status: 200, body: { now: r.deps.services.now() } });
