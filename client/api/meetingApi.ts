/** The calls of the meeting API (routes and shapes in shared/apiMeeting.ts), one function per route. */
import type { ParticipantView } from '../../shared/api.js';
import type { LiveState } from '../../shared/liveDoc.js';
import type {
  AttendanceBody, LiveUpdateBody, RevealAnswer, ScreenLinkAnswer, VisionVersionSummary, VisionVersionView,
} from '../../shared/apiMeeting.js';
import { apiGet, apiPatch, apiPost, apiPut } from './http.js';

const workshopPath = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

/** Changes the live state (step, timer, locks, message, focus, plenary view). */
export const updateLive = (id: string, body: LiveUpdateBody) => apiPatch<LiveState>(`${workshopPath(id)}/live`, body);
/** Moves private drafts into the group documents (one group, or all). */
export const revealDrafts = (id: string, group?: number) =>
  apiPost<RevealAnswer>(`${workshopPath(id)}/reveal`, group === undefined ? {} : { group });
/** Makes a read-only link for the big screen. */
export const createScreenLink = (id: string) => apiPost<ScreenLinkAnswer>(`${workshopPath(id)}/screen-link`);
/** The frozen versions of the vision. */
export const listVersions = (id: string) => apiGet<VisionVersionSummary[]>(`${workshopPath(id)}/versions`);
/** Freezes the current vision as a new version. */
export const createVersion = (id: string, label: string) => apiPost<VisionVersionSummary>(`${workshopPath(id)}/versions`, { label });
/** One frozen version with its content and provenance. */
export const fetchVersion = (id: string, number: number) => apiGet<VisionVersionView>(`${workshopPath(id)}/versions/${number}`);
/** Records whether a participant was at a meeting (null: not known). */
export const setAttendance = (id: string, participantId: string, body: AttendanceBody) =>
  apiPut<ParticipantView>(`${workshopPath(id)}/participants/${encodeURIComponent(participantId)}/attendance`, body);
/** Gives a participant a new join link; the old one stops working. */
export const renewLink = (id: string, participantId: string) =>
  apiPost<ParticipantView>(`${workshopPath(id)}/participants/${encodeURIComponent(participantId)}/link`);
/** The server's clock (for timers). */
export const fetchServerTime = () => apiGet<{ now: number }>('/api/time');
