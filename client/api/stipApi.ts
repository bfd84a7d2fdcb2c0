// SPDX-License-Identifier: EUPL-1.2
/** The calls of the Stip HTTP API (routes in shared/api/routes.ts), one function per route. */
import type { GroupAssignBody, ParticipantCreateBody, ParticipantUpdateBody, WorkshopCreateBody, WorkshopUpdateBody } from '../../shared/api.js';
import { PARTICIPANT_ROUTES } from '../../shared/api/participantRoutes.js';
import { SESSION_ROUTES } from '../../shared/api/sessionRoutes.js';
import { WORKSHOP_ROUTES } from '../../shared/api/workshopRoutes.js';
import { callApi } from './http.js';

/** Who this session is. */
export const fetchMe = () => callApi(SESSION_ROUTES.getMe, {});
/** Ends the session on this device. */
export const logout = (): Promise<void> => callApi(SESSION_ROUTES.logout, {}).then(() => undefined);
/** All workshops (set-up session). */
export const listWorkshops = () => callApi(WORKSHOP_ROUTES.listWorkshops, {});
/** Creates a workshop. */
export const createWorkshop = (body: Partial<WorkshopCreateBody> & { gemeente: string }) => callApi(WORKSHOP_ROUTES.createWorkshop, {}, body);
/** One workshop with its participants (facilitator). */
export const fetchWorkshop = (id: string) => callApi(WORKSHOP_ROUTES.getWorkshop, { id });
/** Changes a workshop's settings. */
export const updateWorkshop = (id: string, body: WorkshopUpdateBody) => callApi(WORKSHOP_ROUTES.updateWorkshop, { id }, body);
/** Adds one participant. */
export const addParticipant = (id: string, body: Partial<ParticipantCreateBody> & Pick<ParticipantCreateBody, 'name' | 'role'>) =>
  callApi(PARTICIPANT_ROUTES.addParticipant, { id }, body);
/** Imports participants from CSV text. */
export const importParticipants = (id: string, csv: string) => callApi(PARTICIPANT_ROUTES.importParticipants, { id }, { csv });
/** Changes a participant (e.g. moves them to another group). */
export const updateParticipant = (id: string, participantId: string, body: ParticipantUpdateBody) =>
  callApi(PARTICIPANT_ROUTES.updateParticipant, { id, pid: participantId }, body);
/** Removes a participant. */
export const removeParticipant = (id: string, participantId: string) => callApi(PARTICIPANT_ROUTES.removeParticipant, { id, pid: participantId });
/** Lets the server divide everyone over the groups again. */
export const assignGroups = (id: string, body: Partial<GroupAssignBody> = {}) => callApi(WORKSHOP_ROUTES.assignGroups, { id }, body);
/** Author key -> name (empty when the workshop shows roles only). */
export const fetchAuthors = (id: string) => callApi(WORKSHOP_ROUTES.getAuthors, { id });
