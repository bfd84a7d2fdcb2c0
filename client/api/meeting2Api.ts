// SPDX-License-Identifier: EUPL-1.2
/** The calls of the meeting-2 API (routes in shared/api/meeting2Routes.ts), one function per route. */
import type { CaseBody, Meeting2Body, Meeting2LiveBody, RoleGroupMergeBody } from '../../shared/apiMeeting2.js';
import { MEETING2_ROUTES } from '../../shared/api/meeting2Routes.js';
import type { RoleGroup } from '../../shared/docNames.js';
import { callApi } from './http.js';

/** Meeting 2's set-up. */
export const fetchMeeting2 = (id: string) => callApi(MEETING2_ROUTES.getMeeting2, { id });
/** Creates meeting 2 or changes it. */
export const saveMeeting2 = (id: string, body: Meeting2Body) => callApi(MEETING2_ROUTES.saveMeeting2, { id }, body);
/** Moves one person to another role group. */
export const moveToRoleGroup = (id: string, participantId: string, roleGroup: RoleGroup) =>
  callApi(MEETING2_ROUTES.moveToRoleGroup, { id, pid: participantId }, { roleGroup });
/** Merges a role group into another, or undoes that. */
export const mergeRoleGroups = (id: string, body: RoleGroupMergeBody) => callApi(MEETING2_ROUTES.mergeRoleGroups, { id }, body);
/** The cases, in order. */
export const fetchCases = (id: string) => callApi(MEETING2_ROUTES.listCases, { id });
/** Adds a case. */
export const addCase = (id: string, body: CaseBody) => callApi(MEETING2_ROUTES.addCase, { id }, body);
/** Changes a case. */
export const updateCase = (id: string, caseId: string, body: CaseBody) => callApi(MEETING2_ROUTES.updateCase, { id, caseId }, body);
/** Removes a case. */
export const removeCase = (id: string, caseId: string) => callApi(MEETING2_ROUTES.removeCase, { id, caseId });
/** Changes the meeting-2 part of the live state. */
export const updateMeeting2Live = (id: string, body: Meeting2LiveBody) => callApi(MEETING2_ROUTES.updateMeeting2Live, { id }, body);
/** The caller's role group and the groups in use. */
export const fetchMyRoleGroup = (id: string) => callApi(MEETING2_ROUTES.myRoleGroup, { id });
/** Per role group how many members wrote privately in step 1, and how many statements (counts only). */
export const fetchRoleDraftCounts = (id: string) => callApi(MEETING2_ROUTES.roleDraftCounts, { id });
/** "Nu delen": reveals what is left in one role group's drafts (or every group's). */
export const revealRoleDrafts = (id: string, roleGroup?: RoleGroup) => callApi(MEETING2_ROUTES.revealRoleDrafts, { id }, roleGroup ? { roleGroup } : {});
