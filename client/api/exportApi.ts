// SPDX-License-Identifier: EUPL-1.2
/** The calls of the dossier export API (routes in shared/api/exportRoutes.ts). */
import type { ExportStartBody } from '../../shared/apiExport.js';
import { buildPath } from '../../shared/api/routeContract.js';
import { EXPORT_ROUTES } from '../../shared/api/exportRoutes.js';
import { callApi } from './http.js';

/** Every part with whether it is still empty, the versions and the download setting (facilitator). */
export const fetchDossierOverview = (id: string) => callApi(EXPORT_ROUTES.getDossier, { id });

/** Whether participants may download the published parts. */
export const fetchExportSettings = (id: string) => callApi(EXPORT_ROUTES.getExportSettings, { id });

/** Lets participants download the published parts, or not (facilitator). */
export const putExportSettings = (id: string, participantsMayDownload: boolean) =>
  callApi(EXPORT_ROUTES.updateExportSettings, { id }, { participantsMayDownload });

/** Starts an export; answers its job id. */
export const postExport = (id: string, body: ExportStartBody) => callApi(EXPORT_ROUTES.startExport, { id }, body);

/** Where an export is. */
export const fetchExportJob = (id: string, job: string) => callApi(EXPORT_ROUTES.getExportJob, { id, job });

/** The address of a finished export's file (a plain download link: the answer is the file, not JSON). */
export const exportFileUrl = (id: string, job: string) => buildPath(EXPORT_ROUTES.downloadExport.path, { id, job });
