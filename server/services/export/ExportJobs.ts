// SPDX-License-Identifier: EUPL-1.2
/**
 * The running and finished exports of this server, in memory: each job belongs to one workshop and
 * one session (only that session may follow and download it). A finished file lies in the data
 * folder (exportFiles.ts) and is kept ten minutes; it is removed then, when the job fails or is
 * pushed out, and when the server stops.
 */
import crypto from 'node:crypto';
import type { ExportJobView } from '../../../shared/apiExport.js';
import type { ExportFormat } from '../../../shared/dossier/dossierParts.js';
import { EXPORT_STEPS, type ExportStep } from './dossierRenderer.js';
import { removeExportFile } from './exportFiles.js';
import type { ExportedFile } from './exportWorkerProtocol.js';

const KEEP_MS = 10 * 60_000;
const MAX_JOBS = 200;

/** One export job. */
interface ExportJob {
  workshopId: string;
  sessionHash: string;
  format: ExportFormat;
  fileName: string;
  step: ExportStep | null;
  file: ExportedFile | null;
  error: string | null;
  expiry: NodeJS.Timeout;
}

/** The jobs of this server. */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();

  /** Registers a job and runs `work` for it; returns the job id at once. */
  start(owner: { workshopId: string; sessionHash: string }, format: ExportFormat, fileName: string,
    work: (onStep: (step: ExportStep) => void) => Promise<ExportedFile>): string {
    while (this.jobs.size >= MAX_JOBS) this.end(this.jobs.keys().next().value!);
    const id = crypto.randomBytes(16).toString('base64url');
    const expiry = setTimeout(() => this.end(id), KEEP_MS).unref();
    const job: ExportJob = { ...owner, format, fileName, step: null, file: null, error: null, expiry };
    this.jobs.set(id, job);
    work((step) => { job.step = step; }).then(
      (file) => {
        if (this.jobs.get(id) === job) job.file = file;
        else removeExportFile(file.path); // the job ended meanwhile
      },
      (err: unknown) => { job.error = err instanceof Error ? err.message : String(err); },
    );
    return id;
  }

  /** The job, when it belongs to this workshop and session. */
  get(id: string, workshopId: string, sessionHash: string): ExportJob | null {
    const job = this.jobs.get(id);
    return job && job.workshopId === workshopId && job.sessionHash === sessionHash ? job : null;
  }

  /** Ends every job and removes its file (the server stops). */
  close(): void {
    for (const id of [...this.jobs.keys()]) this.end(id);
  }

  private end(id: string): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    clearTimeout(job.expiry);
    if (job.file) removeExportFile(job.file.path);
  }
}

/** A job as the API shows it. */
export function exportJobView(job: ExportJob): ExportJobView {
  const state = job.error !== null ? 'failed' : job.file ? 'done' : 'running';
  const stepsDone = job.step === null ? 0 : EXPORT_STEPS.indexOf(job.step);
  return {
    state, format: job.format,
    progress: state === 'running' ? stepsDone / EXPORT_STEPS.length : 1,
    fileName: job.file ? job.fileName : null,
    error: job.error,
  };
}
