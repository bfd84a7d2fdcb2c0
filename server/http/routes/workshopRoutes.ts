// SPDX-License-Identifier: EUPL-1.2
/**
 * Workshops: list and create (set-up session), read and change (facilitator). A workshop's vision
 * gets its starting content (services/visionSections.ts) on creation, or on the facilitator's
 * first read when the workshop was made without it (older workshops, the CLI); nowhere else.
 */
import { WorkshopCreateBody, WorkshopUpdateBody } from '../../../shared/api.js';
import { createWorkshop } from '../../services/workshop/workshopCreator.js';
import { updateWorkshop } from '../../services/workshop/workshopUpdater.js';
import { workshopDetail, workshopSummary } from '../../services/workshop/workshopPresenter.js';
import { ensureVisionSections } from '../../services/vision/visionSections.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator, requireSetup } from '../guards.js';

/** GET /api/workshops. */
export const listWorkshops: ApiHandler = async (r) => {
  requireSetup(r);
  const list = (await r.deps.services.stores.workshops.listWorkshops()).map((w) => workshopSummary(w, w.participantCount));
  return { status: 200, body: list };
};

/** POST /api/workshops. */
export const postWorkshop: ApiHandler = async (r) => {
  requireSetup(r);
  const body = validateBody(WorkshopCreateBody, r.body);
  const workshop = await createWorkshop(r.deps.services, body);
  // The workshop exists now; if this fails, the facilitator's first read writes the sections.
  await ensureVisionSections(r.deps.services.documents, workshop).catch(() => undefined);
  return { status: 201, body: await workshopDetail(r.deps.services, workshop) };
};

/** GET /api/workshops/<id>. */
export const getWorkshop: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  await ensureVisionSections(r.deps.services.documents, workshop);
  return { status: 200, body: await workshopDetail(r.deps.services, workshop) };
};

/** PATCH /api/workshops/<id>: also tells open screens to reload the settings they show (live settings revision). */
export const patchWorkshop: ApiHandler = async (r) => {
  await requireFacilitator(r, r.params.id);
  const body = validateBody(WorkshopUpdateBody, r.body);
  await updateWorkshop(r.deps.services, r.params.id, body);
  return { status: 200, body: await workshopDetail(r.deps.services, (await r.deps.services.stores.workshops.getWorkshop(r.params.id))!) };
};
