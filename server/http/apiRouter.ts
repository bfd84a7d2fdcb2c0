/** The routes of the JSON API (shared/api.ts lists them with their shapes). */
import type { ApiHandler } from './apiTypes.js';
import { Router } from './router.js';
import { getHealth } from './routes/healthRoutes.js';
import { getMe, logout } from './routes/sessionRoutes.js';
import { getWorkshop, listWorkshops, patchWorkshop, postWorkshop } from './routes/workshopRoutes.js';
import { deleteParticipant, patchParticipant, postImport, postParticipant, postRenewLink } from './routes/participantRoutes.js';
import { postAssignGroups } from './routes/groupRoutes.js';
import { getAuthors, getLinks } from './routes/linkRoutes.js';

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
    .add('GET', '/api/workshops/:id/authors', getAuthors);
}
