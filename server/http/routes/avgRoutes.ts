// SPDX-License-Identifier: EUPL-1.2
/**
 * AVG routes (facilitator): GET /api/workshops/<id>/export (every piece of personal data of the
 * workshop as JSON) and DELETE /api/workshops/<id> with
 * `{confirm: "<gemeente>"}` (the workshop and everything in it, for good).
 */
import { WorkshopDeleteBody } from '../../../shared/apiAvg.js';
import { clearedSessionCookie } from '../../auth/sessionCookie.js';
import { deleteConfirmedWorkshop } from '../../services/privacy/workshopDeleter.js';
import { exportWorkshop } from '../../services/privacy/workshopExporter.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator } from '../guards.js';

/** GET /api/workshops/<id>/export. */
export const getExport: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = await exportWorkshop(r.deps.services, workshop);
  return { status: 200, body, headers: { 'Content-Disposition': `attachment; filename="stip-export-${workshop.id}.json"` } };
};

/** DELETE /api/workshops/<id>. */
export const deleteWorkshopRoute: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(WorkshopDeleteBody, r.body);
  const actor = r.actor!;
  const answer = await deleteConfirmedWorkshop(r.deps.services, workshop.id, body.confirm, actor);
  const ownSessionEnded = actor.kind === 'participant' && actor.participant.workshopId === workshop.id;
  const headers: Record<string, string> = ownSessionEnded ? { 'Set-Cookie': clearedSessionCookie(r.deps.secureCookies) } : {};
  return { status: 200, body: answer, headers };
};
