// SPDX-License-Identifier: EUPL-1.2
/**
 * What the export process does for one task: reads the workshop through its own read-only sources
 * (exportSources.ts), renders the dossier and writes the file into the data folder; or tells which
 * parts are still empty. Runs in the export process only: none of it touches the server's thread.
 */
import { DOSSIER_PARTS } from '../../../shared/dossier/dossierParts.js';
import type { PartStatus } from './dossierBuilder.js';
import { gatherDossierInput } from './dossierGatherer.js';
import type { DossierChoice, DossierInput } from './dossierInput.js';
import { dossierStatus, renderDossier, type ExportStep } from './dossierRenderer.js';
import { writeExportFile } from './exportFiles.js';
import type { ExportSources } from './exportSources.js';
import type { ExportedFile, ExportRequest } from './exportWorkerProtocol.js';

/** A workshop that is gone by the time its export runs (deleted meanwhile). */
export class WorkshopGone extends Error {
  constructor() {
    super('Deze workshop bestaat niet meer, dus er is geen dossier te maken.');
  }
}

async function inputOf(sources: ExportSources, workshopId: string, choice: DossierChoice): Promise<DossierInput> {
  const workshop = await sources.stores.workshops.getWorkshop(workshopId);
  if (!workshop) throw new WorkshopGone();
  return gatherDossierInput(sources, workshop, sources.readState, choice);
}

/** Renders the requested dossier into a file in `dataDir`; `onStep` hears each step. */
export async function exportToFile(sources: ExportSources, dataDir: string, request: ExportRequest, onStep: (step: ExportStep) => void): Promise<ExportedFile> {
  const input = await inputOf(sources, request.workshopId, request.choice); // progress 0 until then, as at 'read'
  const file = await renderDossier(input, request.format, onStep);
  return { path: writeExportFile(dataDir, file.bytes), size: file.bytes.byteLength, mediaType: file.mediaType };
}

/** Which parts of the workshop's dossier are still empty (as the facilitator sees it). */
export async function partStatus(sources: ExportSources, workshopId: string): Promise<PartStatus> {
  return dossierStatus(await inputOf(sources, workshopId, { parts: [...DOSSIER_PARTS], version: null, at: null, drafts: true }));
}
