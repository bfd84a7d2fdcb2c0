// SPDX-License-Identifier: EUPL-1.2
/** GET /api/workshops/<id>/links (facilitator) and GET /api/workshops/<id>/authors (any member). */
import { authorNames, linkViews } from '../../services/workshop/workshopPresenter.js';
import type { ApiHandler } from '../apiTypes.js';
import { requireFacilitator, requireMember } from '../guards.js';

/** GET /api/workshops/<id>/links. */
export const getLinks: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await linkViews(r.deps.services, workshop.id) };
};

/** GET /api/workshops/<id>/authors: author key → name, `{}` when the workshop shows roles only. */
export const getAuthors: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  return { status: 200, body: await authorNames(r.deps.services, workshop) };
};
