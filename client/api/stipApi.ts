/** The calls of the Stip HTTP API (routes and shapes in shared/api.ts), one function per route. */
import type {
  AuthorNames, ImportAnswer, LinkView, MeAnswer, ParticipantCreateBody, ParticipantUpdateBody, ParticipantView,
  WorkshopCreateBody, WorkshopDetail, WorkshopSummary, WorkshopUpdateBody,
} from '../../shared/api.js';
import { apiDelete, apiGet, apiPatch, apiPost } from './http.js';

const workshopPath = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

/** Who this session is. */
export const fetchMe = () => apiGet<MeAnswer>('/api/me');
/** Ends the session on this device. */
export const logout = () => apiPost<void>('/api/logout');
/** All workshops (set-up session). */
export const listWorkshops = () => apiGet<WorkshopSummary[]>('/api/workshops');
/** Creates a workshop. */
export const createWorkshop = (body: Partial<WorkshopCreateBody> & { gemeente: string }) => apiPost<WorkshopDetail>('/api/workshops', body);
/** One workshop with its participants (facilitator). */
export const fetchWorkshop = (id: string) => apiGet<WorkshopDetail>(workshopPath(id));
/** Changes a workshop's settings. */
export const updateWorkshop = (id: string, body: WorkshopUpdateBody) => apiPatch<WorkshopDetail>(workshopPath(id), body);
/** Adds one participant. */
export const addParticipant = (id: string, body: Partial<ParticipantCreateBody> & Pick<ParticipantCreateBody, 'name' | 'role'>) =>
  apiPost<ParticipantView>(`${workshopPath(id)}/participants`, body);
/** Imports participants from CSV text. */
export const importParticipants = (id: string, csv: string) => apiPost<ImportAnswer>(`${workshopPath(id)}/participants/import`, { csv });
/** Changes a participant (e.g. moves them to another group). */
export const updateParticipant = (id: string, participantId: string, body: ParticipantUpdateBody) =>
  apiPatch<ParticipantView>(`${workshopPath(id)}/participants/${encodeURIComponent(participantId)}`, body);
/** Removes a participant. */
export const removeParticipant = (id: string, participantId: string) =>
  apiDelete<void>(`${workshopPath(id)}/participants/${encodeURIComponent(participantId)}`);
/** Lets the server divide everyone over the groups again. */
export const assignGroups = (id: string) => apiPost<WorkshopDetail>(`${workshopPath(id)}/groups/assign`);
/** All join links of a workshop. */
export const fetchLinks = (id: string) => apiGet<LinkView[]>(`${workshopPath(id)}/links`);
/** Author key -> name (empty when the workshop shows roles only). */
export const fetchAuthors = (id: string) => apiGet<AuthorNames>(`${workshopPath(id)}/authors`);
