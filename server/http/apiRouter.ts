/** The routes of the JSON API (shared/api.ts, shared/apiMeeting.ts and shared/apiAvg.ts list them with their shapes). */
import type { ApiHandler } from './apiTypes.js';
import { Router } from './router.js';
import { getHealth } from './routes/healthRoutes.js';
import { getMe, logout } from './routes/sessionRoutes.js';
import { getWorkshop, listWorkshops, patchWorkshop, postWorkshop } from './routes/workshopRoutes.js';
import { deleteParticipant, patchParticipant, postImport, postParticipant, postRenewLink } from './routes/participantRoutes.js';
import { postAssignGroups } from './routes/groupRoutes.js';
import { getAuthors, getLinks } from './routes/linkRoutes.js';
import { getTime, patchLive, postReveal, postScreenLink } from './routes/meetingRoutes.js';
import { getVersion, getVersions, postVersion } from './routes/versionRoutes.js';
import { putAttendance } from './routes/attendanceRoutes.js';
import { getAudit } from './routes/auditRoutes.js';
import { deleteWorkshopRoute, getExport } from './routes/avgRoutes.js';

/** Builds the router of every /api route. */
export function buildApiRouter(): Router<ApiHandler> {
  return new Router<ApiHandler>()
    .add('GET', '/api/health', getHealth)
    .add('GET', '/api/me', getMe)
    .add('POST', '/api/logout', logout)
    .add('GET', '/api/workshops', listWorkshops)
    .add('POST', '/api/workshops', postWorkshop)
    .add('GET', '/api/workshops/:id', getWorkshop)
    .add('PATCH', '/api/workshops/:id', patchWorkshop)
    .add('POST', '/api/workshops/:id/participants', postParticipant)
    .add('POST', '/api/workshops/:id/participants/import', postImport)
    .add('PATCH', '/api/workshops/:id/participants/:pid', patchParticipant)
    .add('DELETE', '/api/workshops/:id/participants/:pid', deleteParticipant)
    .add('POST', '/api/workshops/:id/participants/:pid/link', postRenewLink)
    .add('POST', '/api/workshops/:id/groups/assign', postAssignGroups)
    .add('GET', '/api/workshops/:id/links', getLinks)
    .add('GET', '/api/workshops/:id/authors', getAuthors)
    .add('GET', '/api/time', getTime)
    .add('PATCH', '/api/workshops/:id/live', patchLive)
    .add('POST', '/api/workshops/:id/reveal', postReveal)
    .add('POST', '/api/workshops/:id/screen-link', postScreenLink)
    .add('GET', '/api/workshops/:id/versions', getVersions)
    .add('POST', '/api/workshops/:id/versions', postVersion)
    .add('GET', '/api/workshops/:id/versions/:n', getVersion)
    .add('PUT', '/api/workshops/:id/participants/:pid/attendance', putAttendance)
    .add('DELETE', '/api/workshops/:id', deleteWorkshopRoute)
    .add('GET', '/api/workshops/:id/export', getExport)
    .add('GET', '/api/workshops/:id/audit', getAudit);
}
