// SPDX-License-Identifier: EUPL-1.2
/** What the export services share on a server: the worker and the jobs (the download setting is in ctx.stores.exportSettings). */
import { ExportJobs } from './ExportJobs.js';
import { removeLeftoverExportFiles } from './exportFiles.js';
import { ExportWorkerHost } from './ExportWorkerHost.js';
import type { ExportSource } from './exportWorkerProtocol.js';

/** The export worker and the jobs of this server. */
export class DossierExports {
  readonly worker: ExportWorkerHost;
  readonly jobs = new ExportJobs();

  constructor(private readonly source: ExportSource) {
    this.worker = new ExportWorkerHost(source);
  }

  /** Removes finished files a stopped server left in the data folder (the server calls it once it owns the folder). */
  removeLeftovers(): void {
    removeLeftoverExportFiles(this.source.dataDir);
  }

  /** Stops the worker (a running export fails) and removes every finished file. */
  async close(): Promise<void> {
    this.jobs.close();
    await this.worker.close();
  }
}
