// SPDX-License-Identifier: EUPL-1.2
/**
 * Routes of the dossier export: the overview and the download setting (facilitator), start an
 * export, follow it and download the file (everyone in the workshop: participants only the
 * published parts, and only when the facilitator allows it; the handler checks that).
 */
import {
  ExportSettingsBody, ExportStartBody, type DossierOverview, type ExportJobView, type ExportSettingsView, type ExportStarted,
} from '../apiExport.js';
import { defineRoute } from './routeContract.js';

/** The export routes. */
export const EXPORT_ROUTES = {
  /** Every part with whether it is still empty, the versions and the download setting. */
  getDossier: defineRoute<DossierOverview>()({ method: 'GET', path: '/api/workshops/:id/dossier', access: 'facilitator' }),
  /** Whether participants may download the published parts. */
  getExportSettings: defineRoute<ExportSettingsView>()({ method: 'GET', path: '/api/workshops/:id/dossier/settings', access: 'member' }),
  /** Lets participants download the published parts, or not. */
  updateExportSettings: defineRoute<ExportSettingsView>()({
    method: 'PUT', path: '/api/workshops/:id/dossier/settings', body: ExportSettingsBody, access: 'facilitator',
    audit: [{ action: 'dossier.settings', objectType: 'workshop', objectId: (f) => f.params.id }],
  }),
  /** Starts an export in the background; follow it with getExportJob. */
  startExport: defineRoute<ExportStarted>()({
    method: 'POST', path: '/api/workshops/:id/exports', body: ExportStartBody, access: 'member',
    audit: [{ action: 'dossier.export', objectType: 'workshop', objectId: (f) => f.params.id, on: 'ok-or-refused' }],
  }),
  /** Where an export is. */
  getExportJob: defineRoute<ExportJobView>()({ method: 'GET', path: '/api/workshops/:id/exports/:job', access: 'member' }),
  /** The finished file (DOCX, PDF or Markdown bytes, not JSON). */
  downloadExport: defineRoute<Uint8Array>()({ method: 'GET', path: '/api/workshops/:id/exports/:job/file', access: 'member' }),
};
