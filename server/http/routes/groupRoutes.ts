// SPDX-License-Identifier: EUPL-1.2
/**
 * POST /api/workshops/<id>/groups/assign (facilitator): deals everyone over three equally mixed
 * groups, or places only the people without a group. Once meeting 1 has started, dealing everyone
 * again needs `confirmStarted` (else 409 `meeting-started`, nothing changed).
 */
import { GroupAssignBody } from '../../../shared/api.js';
import { placeUngrouped, rebalanceGroups } from '../../services/workshop/groupPlacer.js';
import { meeting1Started } from '../../services/workshop/meetingStart.js';
import { workshopDetail } from '../../services/workshop/workshopPresenter.js';
import { DomainError } from '../../services/domainError.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator } from '../guards.js';

/** POST /api/workshops/<id>/groups/assign. */
export const postAssignGroups: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(GroupAssignBody, r.body ?? {});
  if (body.mode === 'unplaced') await placeUngrouped(r.deps.services, workshop.id);
  else {
    if (!body.confirmStarted && await meeting1Started(r.deps.services, workshop.id)) {
      throw new DomainError('meeting-started', 'meeting 1 has started: confirm to deal everyone again');
    }
    await rebalanceGroups(r.deps.services, workshop.id);
  }
  return { status: 200, body: await workshopDetail(r.deps.services, workshop) };
};
