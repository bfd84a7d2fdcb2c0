// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2: set-up by role, moves and merges (facilitator), cases, the meeting-2 part of the live
 * state, the caller's role group and the expectations matrix (everyone in the workshop).
 */
import { CaseBody, Meeting2Body, Meeting2LiveBody, RoleGroupMergeBody, RoleGroupMoveBody, type MyRoleGroupAnswer } from '../../../shared/apiMeeting2.js';
import { addCase, removeCase, updateCase } from '../../services/meeting2/caseEditor.js';
import { readMatrix } from '../../services/meeting2/matrixReader.js';
import { updateMeeting2Live } from '../../services/meeting2/meeting2LiveUpdater.js';
import { meeting2Answer, mergeRoleGroups, moveToRoleGroup, roleGroupOfParticipant, roleGroupsInUse, saveMeeting2 } from '../../services/meeting2/meeting2Setup.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator, requireMember } from '../guards.js';

/** GET /api/workshops/<id>/meeting2: Meeting2Answer. */
export const getMeeting2: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await meeting2Answer(r.deps.services, workshop.id) };
};

/** PUT /api/workshops/<id>/meeting2: creates meeting 2 or changes it; Meeting2Answer. */
export const putMeeting2: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(Meeting2Body, r.body);
  return { status: 200, body: await saveMeeting2(r.deps.services, workshop.id, body) };
};

/** PUT /api/workshops/<id>/participants/<pid>/role-group: Meeting2Answer. */
export const putRoleGroup: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(RoleGroupMoveBody, r.body);
  return { status: 200, body: await moveToRoleGroup(r.deps.services, workshop.id, r.params.pid, body.roleGroup) };
};

/** POST /api/workshops/<id>/meeting2/merge: Meeting2Answer. */
export const postMerge: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(RoleGroupMergeBody, r.body);
  return { status: 200, body: await mergeRoleGroups(r.deps.services, workshop.id, body) };
};

/** GET /api/workshops/<id>/meeting2/cases: Meeting2Case[]. */
export const getCases: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  return { status: 200, body: await r.deps.services.stores.meeting2.listCases(workshop.id) };
};

/** POST /api/workshops/<id>/meeting2/cases: the new Meeting2Case. */
export const postCase: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(CaseBody, r.body);
  return { status: 201, body: await addCase(r.deps.services, workshop.id, body) };
};

/** PUT /api/workshops/<id>/meeting2/cases/<caseId>: the changed Meeting2Case. */
export const putCase: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(CaseBody, r.body);
  return { status: 200, body: await updateCase(r.deps.services, workshop.id, r.params.caseId, body) };
};

/** DELETE /api/workshops/<id>/meeting2/cases/<caseId>. */
export const deleteCase: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  await removeCase(r.deps.services, workshop.id, r.params.caseId);
  return { status: 204 };
};

/** PATCH /api/workshops/<id>/meeting2/live: the new Meeting2Live. */
export const patchMeeting2Live: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(Meeting2LiveBody, r.body);
  return { status: 200, body: await updateMeeting2Live(r.deps.services, workshop.id, body) };
};

/** GET /api/workshops/<id>/meeting2/mine: MyRoleGroupAnswer. */
export const getMyRoleGroup: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  const actor = r.actor;
  const answer: MyRoleGroupAnswer = {
    roleGroup: actor?.kind === 'participant' ? await roleGroupOfParticipant(r.deps.services, actor.participant) : null,
    groups: await roleGroupsInUse(r.deps.services, workshop.id),
  };
  return { status: 200, body: answer };
};

/** GET /api/workshops/<id>/meeting2/matrix: Meeting2Matrix. */
export const getMatrix: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  return { status: 200, body: await readMatrix(r.deps.services, workshop.id) };
};
