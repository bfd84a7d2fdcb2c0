// SPDX-License-Identifier: EUPL-1.2
/** The agreements register: edit (facilitator), progress (owning groups), intervisie notes (team leaders), team leaders (facilitator). */
import { AgreementCreateBody, AgreementUpdateBody, IntervisieBody, ProgressBody, TeamLeaderBody } from '../../../shared/apiAgreements.js';
import { createAgreement } from '../../services/agreements/agreementCreator.js';
import { agreementRights } from '../../services/agreements/agreementRights.js';
import { deleteAgreement, updateAgreement } from '../../services/agreements/agreementUpdater.js';
import { addIntervisieNote } from '../../services/agreements/intervisieNoter.js';
import { recordProgress } from '../../services/agreements/progressRecorder.js';
import { listTeamLeaders, markTeamLeader } from '../../services/agreements/teamLeaderMarker.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireActor, requireFacilitator, requireMember } from '../guards.js';

/** POST /api/workshops/<id>/agreements: Agreement. */
export const postAgreement: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(AgreementCreateBody, r.body);
  return { status: 201, body: await createAgreement(r.deps.services, workshop.id, body) };
};

/** PATCH /api/workshops/<id>/agreements/<aid>: Agreement. */
export const patchAgreement: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(AgreementUpdateBody, r.body);
  return { status: 200, body: await updateAgreement(r.deps.services, workshop.id, r.params.aid, body) };
};

/** DELETE /api/workshops/<id>/agreements/<aid>. */
export const deleteAgreementRoute: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  await deleteAgreement(r.deps.services, workshop.id, r.params.aid);
  return { status: 204 };
};

/** GET /api/workshops/<id>/agreements/rights: AgreementRights. */
export const getAgreementRights: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  return { status: 200, body: await agreementRights(r.deps.services, workshop.id, requireActor(r)) };
};

/** POST /api/workshops/<id>/agreements/<aid>/progress: ProgressEntry. */
export const postProgress: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  const body = validateBody(ProgressBody, r.body);
  return { status: 201, body: await recordProgress(r.deps.services, workshop.id, r.params.aid, requireActor(r), body) };
};

/** POST /api/workshops/<id>/agreements/<aid>/intervisie: IntervisieNote. */
export const postIntervisie: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  const body = validateBody(IntervisieBody, r.body);
  return { status: 201, body: await addIntervisieNote(r.deps.services, workshop.id, r.params.aid, requireActor(r), body) };
};

/** GET /api/workshops/<id>/team-leaders: TeamLeadersAnswer. */
export const getTeamLeaders: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await listTeamLeaders(r.deps.services, workshop.id) };
};

/** PUT /api/workshops/<id>/team-leaders/<pid>: TeamLeadersAnswer. */
export const putTeamLeader: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(TeamLeaderBody, r.body);
  return { status: 200, body: await markTeamLeader(r.deps.services, workshop.id, r.params.pid, body.teamLeader) };
};
