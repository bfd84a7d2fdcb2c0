// SPDX-License-Identifier: EUPL-1.2
/**
 * Dossier export routes: the overview and the download setting (facilitator); start an export,
 * follow it, download the file (everyone in the workshop; participants only published parts when
 * allowed, see services/export/dossierExporter.ts). A job belongs to the session that started it.
 */
import { ExportSettingsBody, ExportStartBody } from '../../../shared/apiExport.js';
import { isFacilitatorOf } from '../../auth/permissions.js';
import { dossierOverview, startDossierExport } from '../../services/export/dossierExporter.js';
import { exportJobView } from '../../services/export/ExportJobs.js';
import type { ApiHandler, ApiRequest } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireActor, requireFacilitator, requireMember } from '../guards.js';
import { HttpError } from '../httpError.js';
import { FileBody } from '../respond.js';

/** GET /api/workshops/<id>/dossier: DossierOverview. */
export const getDossier: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  return { status: 200, body: await dossierOverview(r.deps.services, workshop) };
};

/** GET /api/workshops/<id>/dossier/settings. */
export const getExportSettings: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  return { status: 200, body: { participantsMayDownload: await r.deps.services.stores.exportSettings.participantsMayDownload(workshop.id) } };
};

/** PUT /api/workshops/<id>/dossier/settings. */
export const putExportSettings: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(ExportSettingsBody, r.body);
  await r.deps.services.stores.exportSettings.setParticipantsMayDownload(workshop.id, body.participantsMayDownload);
  return { status: 200, body };
};

/** POST /api/workshops/<id>/exports: `{ jobId }` (202). */
export const postExport: ApiHandler = async (r) => {
  const workshop = await requireMember(r, r.params.id);
  const body = validateBody(ExportStartBody, r.body);
  const actor = requireActor(r);
  const jobId = await startDossierExport(r.deps.services, workshop, actor.sessionHash, body, isFacilitatorOf(actor, workshop.id));
  return { status: 202, body: { jobId } };
};

async function jobOf(r: ApiRequest) {
  const workshop = await requireMember(r, r.params.id);
  const job = r.deps.services.dossier.jobs.get(r.params.job, workshop.id, requireActor(r).sessionHash);
  if (!job) throw new HttpError('not-found', 'No such export (they are kept ten minutes)');
  return job;
}

/** GET /api/workshops/<id>/exports/<job>: ExportJobView. */
export const getExportJob: ApiHandler = async (r) => ({ status: 200, body: exportJobView(await jobOf(r)) });

/** GET /api/workshops/<id>/exports/<job>/file: the file, streamed from the data folder, as an attachment. */
export const getExportFile: ApiHandler = async (r) => {
  const job = await jobOf(r);
  if (job.error !== null) throw new HttpError('export-failed', job.error);
  if (!job.file) throw new HttpError('not-found', 'The export is not ready yet');
  return {
    status: 200,
    body: new FileBody(job.file.path, job.file.size),
    headers: { 'Content-Type': job.file.mediaType, 'Content-Disposition': `attachment; filename="${job.fileName}"` },
  };
};
