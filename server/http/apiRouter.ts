// SPDX-License-Identifier: EUPL-1.2
/** The router of the JSON API, built from the route contract (shared/api/routes.ts) and one handler per route. */
import { API_ROUTES, type RouteKey } from '../../shared/api/routes.js';
import type { ApiRoute } from '../../shared/api/routeContract.js';
import type { ApiHandler } from './apiTypes.js';
import { Router } from './router.js';
import { getHealth } from './routes/healthRoutes.js';
import { getMe, logout } from './routes/sessionRoutes.js';
import { getWorkshop, listWorkshops, patchWorkshop, postWorkshop } from './routes/workshopRoutes.js';
import { deleteParticipant, patchParticipant, postImport, postParticipant, postRenewLink } from './routes/participantRoutes.js';
import { postAssignGroups } from './routes/groupRoutes.js';
import { getAuthors, getLinks } from './routes/linkRoutes.js';
import { getDraftCounts, getTime, patchLive, postReveal, postRenewScreenLink, postScreenLink } from './routes/meetingRoutes.js';
import { getVersion, getVersions, postVersion } from './routes/versionRoutes.js';
import { putAttendance } from './routes/attendanceRoutes.js';
import { getAudit } from './routes/auditRoutes.js';
import { deleteWorkshopRoute, getExport } from './routes/avgRoutes.js';
import { CONSULTATION_HANDLERS } from './routes/consultationRoutes.js';
import {
  deleteAgreementRoute, getAgreementRights, getTeamLeaders, patchAgreement, postAgreement, postIntervisie, postProgress, putTeamLeader,
} from './routes/agreementRoutes.js';
import {
  deleteCase, getCases, getMatrix, getMeeting2, getMyRoleGroup, patchMeeting2Live, postCase, postMerge, putCase, putMeeting2, putRoleGroup,
} from './routes/meeting2Routes.js';
import { getRoleDraftCounts, postRoleReveal } from './routes/meeting2DraftRoutes.js';
import { getDossier, getExportFile, getExportJob, getExportSettings, postExport, putExportSettings } from './routes/exportRoutes.js';

/** The handler of every route of the contract (the type makes a missing one a compile error). */
export const API_HANDLERS: { readonly [K in RouteKey]: ApiHandler } = {
  getHealth,
  getMe,
  logout,
  getTime,
  listWorkshops,
  createWorkshop: postWorkshop,
  getWorkshop,
  updateWorkshop: patchWorkshop,
  assignGroups: postAssignGroups,
  getLinks,
  getAuthors,
  addParticipant: postParticipant,
  importParticipants: postImport,
  updateParticipant: patchParticipant,
  removeParticipant: deleteParticipant,
  renewLink: postRenewLink,
  setAttendance: putAttendance,
  updateLive: patchLive,
  revealDrafts: postReveal,
  draftCounts: getDraftCounts,
  createScreenLink: postScreenLink,
  renewScreenLink: postRenewScreenLink,
  listVersions: getVersions,
  createVersion: postVersion,
  getVersion,
  getAuditLog: getAudit,
  exportWorkshop: getExport,
  deleteWorkshop: deleteWorkshopRoute,
  ...CONSULTATION_HANDLERS,
  createAgreement: postAgreement,
  updateAgreement: patchAgreement,
  deleteAgreement: deleteAgreementRoute,
  agreementRights: getAgreementRights,
  recordProgress: postProgress,
  addIntervisieNote: postIntervisie,
  listTeamLeaders: getTeamLeaders,
  setTeamLeader: putTeamLeader,
  getMeeting2,
  saveMeeting2: putMeeting2,
  moveToRoleGroup: putRoleGroup,
  mergeRoleGroups: postMerge,
  listCases: getCases,
  addCase: postCase,
  updateCase: putCase,
  removeCase: deleteCase,
  updateMeeting2Live: patchMeeting2Live,
  myRoleGroup: getMyRoleGroup,
  getMatrix,
  roleDraftCounts: getRoleDraftCounts,
  revealRoleDrafts: postRoleReveal,
  getDossier,
  getExportSettings,
  updateExportSettings: putExportSettings,
  startExport: postExport,
  getExportJob,
  downloadExport: getExportFile,
};

/** A routed request's contract entry and handler. */
export interface RoutedApi { key: RouteKey; route: ApiRoute; handler: ApiHandler }

/** Builds the router of every /api route from the contract. */
export function buildApiRouter(handlers: { readonly [K in RouteKey]: ApiHandler } = API_HANDLERS): Router<RoutedApi> {
  const router = new Router<RoutedApi>();
  for (const key of Object.keys(API_ROUTES) as RouteKey[]) {
    const route: ApiRoute = API_ROUTES[key];
    router.add(route.method, route.path, { key, route, handler: handlers[key] });
  }
  return router;
}
