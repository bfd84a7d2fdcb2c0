// SPDX-License-Identifier: EUPL-1.2
/** What the export services share on a server: the worker, the jobs and the download setting. */
import type { Db } from '../../store/database.js';
import { ExportSettingsStore } from '../../store/exportSettingsStore.js';
import { ExportJobs } from './ExportJobs.js';
import { ExportWorkerHost } from './ExportWorkerHost.js';

/** The export worker, the jobs of this server and the per-workshop download setting. */
export class DossierExports {
  readonly worker = new ExportWorkerHost();
  readonly jobs = new ExportJobs();
  readonly settings: ExportSettingsStore;

  constructor(db: Db) {
    this.settings = new ExportSettingsStore(db);
  }
}
