// SPDX-License-Identifier: EUPL-1.2
/**
 * What the dossier page and the version page ask of the server: the overview, the download setting,
 * and an export followed until its file is ready. Components call these, never client/api directly.
 */
import type { ExportJobView, ExportStartBody } from '../../shared/apiExport.js';
import { exportFileUrl, fetchDossierOverview, fetchExportJob, fetchExportSettings, postExport, putExportSettings } from '../api/exportApi.js';

const POLL_MS = 400;

/** Every part with whether it is still empty, the versions and the download setting. */
export const loadDossierOverview = (workshopId: string) => fetchDossierOverview(workshopId);

/** Whether participants may download the published parts. */
export const loadExportSettings = (workshopId: string) => fetchExportSettings(workshopId);

/** Sets whether participants may download the published parts. */
export const saveExportSettings = (workshopId: string, allowed: boolean) => putExportSettings(workshopId, allowed);

/** A finished export: where to download it and under which name. */
export interface ReadyExport { url: string; fileName: string }

/** Thrown when the server could not make the file; `reason` is its Dutch sentence. */
export class ExportJobFailed extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ExportJobFailed';
  }
}

/** Starts an export and follows it, reporting progress (0…1), until the file is ready. */
export async function runExport(workshopId: string, body: ExportStartBody, onProgress: (progress: number) => void, signal?: AbortSignal): Promise<ReadyExport> {
  const { jobId } = await postExport(workshopId, body);
  for (;;) {
    const job: ExportJobView = await fetchExportJob(workshopId, jobId);
    if (job.state === 'failed') throw new ExportJobFailed(job.error ?? '');
    if (job.state === 'done') return { url: exportFileUrl(workshopId, jobId), fileName: job.fileName ?? 'dossier' };
    onProgress(job.progress);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
  }
}
