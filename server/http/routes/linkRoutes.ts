// SPDX-License-Identifier: EUPL-1.2
/** GET /api/workshops/<id>/links (facilitator) and GET /api/workshops/<id>/authors (any member). */
import { authorNames, linkViews } from '../../services/workshop/workshopPresenter.js';
import type { ApiHandler } from '../apiTypes.js';
import { requireFacilitator, requireMember } from '../guards.js';

/** GET /api/workshops/<id>/links. */
export const getLinks: ApiHandler = (r) => {
  const workshop = requireFacilitator(r, r.params.id);
  return { status: 200, body: linkViews(r.deps.services, workshop.id) };
};

/** GET /api/workshops/<id>/authors: author key → name, `{}` when the workshop shows roles only. */
export const getAuthors: ApiHandler = (r) => {
  const workshop = requireMember(r, r.params.id);
  return { status: 200, body: authorNames(r.deps.services, workshop) };
};
