// SPDX-License-Identifier: EUPL-1.2
/**
 * The running and finished exports of this server, in memory: each job belongs to one workshop and
 * one session (only that session may follow and download it); a finished file is kept ten minutes.
 */
import crypto from 'node:crypto';
import type { ExportJobView } from '../../../shared/apiExport.js';
import type { ExportFormat } from '../../../shared/dossier/dossierParts.js';
import { EXPORT_STEPS, type ExportStep, type RenderedDossier } from './dossierRenderer.js';

const KEEP_MS = 10 * 60_000;
const MAX_JOBS = 200;

/** One export job. */
interface ExportJob {
  workshopId: string;
  sessionHash: string;
  format: ExportFormat;
  fileName: string;
  startedAt: number;
  step: ExportStep | null;
  file: RenderedDossier | null;
  error: string | null;
}

/** The jobs of this server. */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();

  /** Registers a job and runs `work` for it; returns the job id at once. */
  start(owner: { workshopId: string; sessionHash: string }, format: ExportFormat, fileName: string, now: number,
    work: (onStep: (step: ExportStep) => void) => Promise<RenderedDossier>): string {
    this.sweep(now);
    const id = crypto.randomBytes(16).toString('base64url');
    const job: ExportJob = { ...owner, format, fileName, startedAt: now, step: null, file: null, error: null };
    this.jobs.set(id, job);
    work((step) => { job.step = step; }).then(
      (file) => { job.file = file; },
      (err: unknown) => { job.error = err instanceof Error ? err.message : String(err); },
    );
    return id;
  }

  /** The job, when it belongs to this workshop and session. */
  get(id: string, workshopId: string, sessionHash: string): ExportJob | null {
    const job = this.jobs.get(id);
    return job && job.workshopId === workshopId && job.sessionHash === sessionHash ? job : null;
  }

  private sweep(now: number): void {
    for (const [id, job] of this.jobs) if (now - job.startedAt > KEEP_MS) this.jobs.delete(id);
    while (this.jobs.size >= MAX_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
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
