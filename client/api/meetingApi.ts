// SPDX-License-Identifier: EUPL-1.2
/** The calls of the meeting API (routes in shared/api/meetingRoutes.ts, versionRoutes.ts and participantRoutes.ts), one function per route. */
import type { AttendanceBody, LiveUpdateBody } from '../../shared/apiMeeting.js';
import { MEETING_ROUTES } from '../../shared/api/meetingRoutes.js';
import { PARTICIPANT_ROUTES } from '../../shared/api/participantRoutes.js';
import { SESSION_ROUTES } from '../../shared/api/sessionRoutes.js';
import { VERSION_ROUTES } from '../../shared/api/versionRoutes.js';
import { callApi } from './http.js';

/** Changes the live state (step, timer, locks, message, focus, plenary view). */
export const updateLive = (id: string, body: LiveUpdateBody) => callApi(MEETING_ROUTES.updateLive, { id }, body);
/** Per group how many members wrote privately in step 1, and how many statements (counts only). */
export const fetchDraftCounts = (id: string) => callApi(MEETING_ROUTES.draftCounts, { id });
/** Makes a read-only link for the big screen. */
export const createScreenLink = (id: string) => callApi(MEETING_ROUTES.createScreenLink, { id });
/** Gives the big screen a new link; the old one stops working and the screen's connections close. */
export const renewScreenLink = (id: string) => callApi(MEETING_ROUTES.renewScreenLink, { id });
/** The frozen versions of the vision. */
export const listVersions = (id: string) => callApi(VERSION_ROUTES.listVersions, { id });
/** Freezes the current vision as a new version. */
export const createVersion = (id: string, label: string) => callApi(VERSION_ROUTES.createVersion, { id }, { label });
/** One frozen version with its content and provenance. */
export const fetchVersion = (id: string, number: number) => callApi(VERSION_ROUTES.getVersion, { id, n: String(number) });
/** Records whether a participant was at a meeting (null: not known). */
export const setAttendance = (id: string, participantId: string, body: AttendanceBody) =>
  callApi(PARTICIPANT_ROUTES.setAttendance, { id, pid: participantId }, body);
/** Gives a participant a new join link; the old one stops working. */
export const renewLink = (id: string, participantId: string) => callApi(PARTICIPANT_ROUTES.renewLink, { id, pid: participantId });
/** The server's clock (for timers). */
export const fetchServerTime = () => callApi(SESSION_ROUTES.getTime, {});
