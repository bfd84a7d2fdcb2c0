// SPDX-License-Identifier: EUPL-1.2
/**
 * Every route of the JSON API, by key (the list is the contract: the server's router, access
 * checks, screen rule and audit log are built from it, the client's calls are typed from it).
 * Writes need `Content-Type: application/json` and, when an Origin is sent, the same host (CSRF).
 */
import { CONSULTATION_ROUTES } from './consultationRoutes.js';
import { AGREEMENT_ROUTES } from './agreementRoutes.js';
import { EXPORT_ROUTES } from './exportRoutes.js';
import { MEETING_ROUTES } from './meetingRoutes.js';
import { MEETING2_ROUTES } from './meeting2Routes.js';
import { PARTICIPANT_ROUTES } from './participantRoutes.js';
import { PRIVACY_ROUTES } from './privacyRoutes.js';
import { SESSION_ROUTES } from './sessionRoutes.js';
import { VERSION_ROUTES } from './versionRoutes.js';
import { WORKSHOP_ROUTES } from './workshopRoutes.js';

/** All routes of the API. */
export const API_ROUTES = {
  ...SESSION_ROUTES,
  ...WORKSHOP_ROUTES,
  ...PARTICIPANT_ROUTES,
  ...MEETING_ROUTES,
  ...MEETING2_ROUTES,
  ...VERSION_ROUTES,
  ...PRIVACY_ROUTES,
  ...CONSULTATION_ROUTES,
  ...AGREEMENT_ROUTES,
  ...EXPORT_ROUTES,
};

/** The key of a route, e.g. `getWorkshop`. */
export type RouteKey = keyof typeof API_ROUTES;
