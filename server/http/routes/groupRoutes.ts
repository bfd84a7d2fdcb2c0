/** POST /api/workshops/<id>/groups/assign: deals everyone over three equally mixed groups (facilitator). */
import { rebalanceGroups } from '../../services/workshop/groupPlacer.js';
import { workshopDetail } from '../../services/workshop/workshopPresenter.js';
import type { ApiHandler } from '../apiTypes.js';
import { requireFacilitator } from '../guards.js';

/** POST /api/workshops/<id>/groups/assign. */
export const postAssignGroups: ApiHandler = (r) => {
  const workshop = requireFacilitator(r, r.params.id);
  rebalanceGroups(r.deps.services, workshop.id);
  return { status: 200, body: workshopDetail(r.deps.services, workshop) };
};
