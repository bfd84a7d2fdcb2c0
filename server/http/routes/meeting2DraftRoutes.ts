// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2's private writing for the cockpit: the counts per role group (never the text) and
 * "Nu delen", the reveal of what is left in the role groups' drafts.
 */
import { RoleRevealBody } from '../../../shared/apiMeeting2.js';
import type { RevealAnswer } from '../../../shared/apiMeeting.js';
import { countRoleDrafts } from '../../services/meeting2/roleDraftCounter.js';
import { revealRoleDrafts } from '../../services/meeting2/roleRevealer.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator } from '../guards.js';

/** GET /api/workshops/<id>/meeting2/draft-counts: DraftCountsAnswer keyed by role group. */
export const getRoleDraftCounts: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await countRoleDrafts(r.deps.services, workshop.id) };
};

/** POST /api/workshops/<id>/meeting2/reveal: RevealAnswer keyed by role group. */
export const postRoleReveal: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(RoleRevealBody, r.body);
  const answer: RevealAnswer = { revealed: await revealRoleDrafts(r.deps.services, workshop.id, body.roleGroup) };
  return { status: 200, body: answer };
};
