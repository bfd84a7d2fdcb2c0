// SPDX-License-Identifier: EUPL-1.2
/** Frozen versions of the vision: list and read (everyone in the workshop), freeze (facilitator). */
import { VersionCreateBody } from '../../../shared/apiMeeting.js';
import { freezeVision, versionSummary, visionVersionView } from '../../services/vision/versionFreezer.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator, requireMember } from '../guards.js';
import { HttpError } from '../httpError.js';

/** GET /api/workshops/<id>/versions: VisionVersionSummary[], oldest first. */
export const getVersions: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  return { status: 200, body: (await r.deps.services.stores.versions.list(workshop.id)).map(versionSummary) };
};

/** POST /api/workshops/<id>/versions: freezes the current vision under the next number. */
export const postVersion: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(VersionCreateBody, r.body);
  const version = await freezeVision(r.deps.services, workshop.id, body.label);
  return { status: 201, body: version };
};

/** GET /api/workshops/<id>/versions/<n>: VisionVersionView. */
export const getVersion: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  const number = /^[1-9][0-9]{0,8}$/.test(r.params.n) ? Number(r.params.n) : null;
  const view = number === null ? null : await visionVersionView(r.deps.services, workshop.id, number);
  if (!view) throw new HttpError('not-found', 'No such version of the vision');
  return { status: 200, body: view };
};
