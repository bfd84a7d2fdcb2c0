// SPDX-License-Identifier: EUPL-1.2
/** Participants of a workshop (facilitator): add, import CSV, change (incl. group move), remove, renew link. */
import { ParticipantCreateBody, ParticipantImportBody, ParticipantUpdateBody, type ImportAnswer } from '../../../shared/api.js';
import { renewParticipantLink } from '../../services/workshop/linkIssuer.js';
import { addParticipants } from '../../services/workshop/participantAdder.js';
import { importParticipants } from '../../services/workshop/participantImporter.js';
import { participantIn } from '../../services/workshop/participantLookup.js';
import { removeParticipant } from '../../services/workshop/participantRemover.js';
import { updateParticipant } from '../../services/workshop/participantUpdater.js';
import { participantView, workshopDetail } from '../../services/workshop/workshopPresenter.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator } from '../guards.js';

/** POST /api/workshops/<id>/participants. */
export const postParticipant: ApiHandler = async (r) => {
  await requireFacilitator(r, r.params.id);
  const body = validateBody(ParticipantCreateBody, r.body);
  const [added] = await addParticipants(r.deps.services, r.params.id, [body]);
  return { status: 201, body: await participantView(r.deps.services, added) };
};

/** POST /api/workshops/<id>/participants/import. */
export const postImport: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(ParticipantImportBody, r.body);
  const { added, errors } = await importParticipants(r.deps.services, workshop.id, body.csv);
  const views = [];
  for (const p of added) views.push(await participantView(r.deps.services, p));
  const answer: ImportAnswer = {
    added: views,
    errors,
    workshop: await workshopDetail(r.deps.services, workshop),
  };
  return { status: 200, body: answer };
};

/** PATCH /api/workshops/<id>/participants/<pid>. */
export const patchParticipant: ApiHandler = async (r) => {
  await requireFacilitator(r, r.params.id);
  const body = validateBody(ParticipantUpdateBody, r.body);
  const updated = await updateParticipant(r.deps.services, r.params.id, r.params.pid, body);
  return { status: 200, body: await participantView(r.deps.services, updated) };
};

/** DELETE /api/workshops/<id>/participants/<pid>. */
export const deleteParticipant: ApiHandler = async (r) => {
  await requireFacilitator(r, r.params.id);
  await removeParticipant(r.deps.services, r.params.id, r.params.pid);
  return { status: 204 };
};

/** POST /api/workshops/<id>/participants/<pid>/link: revokes the old link (sessions end) and answers with a new one. */
export const postRenewLink: ApiHandler = async (r) => {
  await requireFacilitator(r, r.params.id);
  const p = await participantIn(r.deps.services, r.params.id, r.params.pid);
  await renewParticipantLink(r.deps.services, p.id);
  return { status: 200, body: await participantView(r.deps.services, p) };
};
