// SPDX-License-Identifier: EUPL-1.2
/**
 * Bodies and answers of the dossier export API (the routes are in shared/api/exportRoutes.ts):
 * start an export (format, parts, version), follow its progress, download the file; the facilitator's
 * overview of which parts are still empty, and the setting that lets participants download the
 * published parts.
 */
import { z } from 'zod/v3';
import { DOSSIER_PARTS, EXPORT_FORMATS, type DossierPartId, type ExportFormat } from './dossier/dossierParts.js';

/** Body of POST /api/workshops/<id>/exports. `parts` default: everything but the participants list; `version` default: the latest. */
export const ExportStartBody = z.object({
  format: z.enum(EXPORT_FORMATS),
  parts: z.array(z.enum(DOSSIER_PARTS)).min(1).max(DOSSIER_PARTS.length).optional(),
  version: z.number().int().min(1).max(1_000_000).optional(),
}).strict();
export type ExportStartBody = z.infer<typeof ExportStartBody>;

/** Body of PUT /api/workshops/<id>/dossier/settings. */
export const ExportSettingsBody = z.object({ participantsMayDownload: z.boolean() }).strict();
export type ExportSettingsBody = z.infer<typeof ExportSettingsBody>;

/** Whether participants may download the published parts. */
export interface ExportSettingsView { participantsMayDownload: boolean }

/** A started export. */
export interface ExportStarted { jobId: string }

/** Where an export is: running (with its step and share done), done (ready to download) or failed (with a Dutch reason). */
export interface ExportJobView {
  state: 'running' | 'done' | 'failed';
  format: ExportFormat;
  /** 0…1. */
  progress: number;
  /** The file name, once done. */
  fileName: string | null;
  /** Why it failed (Dutch, for the person), once failed. */
  error: string | null;
}

/** The facilitator's overview: every part with whether it is still empty, the versions, the setting. */
export interface DossierOverview {
  parts: { id: DossierPartId; title: string; empty: boolean }[];
  versions: { number: number; label: string }[];
  participantsMayDownload: boolean;
}
