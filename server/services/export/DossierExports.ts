// SPDX-License-Identifier: EUPL-1.2
/** What the export services share on a server: the worker and the jobs (the download setting is in ctx.stores.exportSettings). */
import { ExportJobs } from './ExportJobs.js';
import { ExportWorkerHost } from './ExportWorkerHost.js';

/** The export worker and the jobs of this server. */
export class DossierExports {
  readonly worker = new ExportWorkerHost();
  readonly jobs = new ExportJobs();
}
