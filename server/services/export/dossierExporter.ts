// SPDX-License-Identifier: EUPL-1.2
/**
 * Starting a dossier export: who may export what (the facilitator everything; a participant only
 * the published parts, and only when the facilitator allows it), then a job the browser follows.
 * The server thread only checks and flushes the documents' pending writes (so the export holds
 * everything typed up to the click); the export process reads, renders and writes the file.
 */
import type { DossierOverview, ExportStartBody } from '../../../shared/apiExport.js';
import { DEFAULT_PARTS, DOSSIER_PARTS, FORMAT_FILES, PUBLISHED_PARTS, type DossierPartId, type ExportFormat } from '../../../shared/dossier/dossierParts.js';
import type { WorkshopRecord } from '../../store/workshopStore.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { ExportFailure } from './ExportWorkerHost.js';

/** The parts asked for in document order; participants only published parts, when allowed (else 403). */
async function allowedParts(ctx: ServiceContext, workshopId: string, asked: DossierPartId[] | undefined, facilitator: boolean): Promise<DossierPartId[]> {
  const parts = DOSSIER_PARTS.filter((p) => (asked ?? (facilitator ? DEFAULT_PARTS : PUBLISHED_PARTS)).includes(p));
  if (facilitator) return parts;
  if (!(await ctx.stores.exportSettings.participantsMayDownload(workshopId))) throw new DomainError('forbidden', 'The facilitator has not published the dossier for participants');
  if (parts.some((p) => !PUBLISHED_PARTS.includes(p))) throw new DomainError('forbidden', 'Participants may download only the published parts: vision, reactienota and afspraken');
  return parts;
}

/** The file name of an export, e.g. `dossier-voorbeeld-v2.pdf`. */
function fileName(workshop: WorkshopRecord, version: number | null, format: ExportFormat): string {
  const slug = workshop.gemeente.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 40) || 'workshop';
  return `dossier-${slug}${version ? `-v${version}` : ''}.${FORMAT_FILES[format].extension}`;
}

/** Writes the documents' pending updates, so the export process reads everything typed until now. */
async function flushDocuments(ctx: ServiceContext): Promise<void> {
  try {
    await ctx.documents.flush();
  } catch (err) {
    ctx.log.error('dossier.flush-failed', { error: err instanceof Error ? err.message : String(err) });
    throw new ExportFailure('De laatste wijzigingen zijn nog niet opgeslagen, dus het dossier zou niet compleet zijn. Probeer het over een paar minuten opnieuw.');
  }
}

/** Starts an export job for `sessionHash`; returns its id. */
export async function startDossierExport(ctx: ServiceContext, workshop: WorkshopRecord, sessionHash: string, body: ExportStartBody, facilitator: boolean): Promise<string> {
  const parts = await allowedParts(ctx, workshop.id, body.parts, facilitator);
  const version = body.version ?? null;
  const versions = await ctx.stores.versions.list(workshop.id);
  if (version !== null && !versions.some((v) => v.number === version)) throw new DomainError('not-found', `No version ${version} of the vision`);
  const shown = version ?? versions.at(-1)?.number ?? null;
  const request = { workshopId: workshop.id, format: body.format, choice: { parts, version, at: null, drafts: facilitator } };
  return ctx.dossier.jobs.start({ workshopId: workshop.id, sessionHash }, body.format, fileName(workshop, shown, body.format), async (onStep) => {
    try {
      await flushDocuments(ctx);
      return await ctx.dossier.worker.exportFile(request, onStep);
    } catch (err) {
      if (err instanceof ExportFailure) throw err;
      ctx.log.error('dossier.export-failed', { workshopId: workshop.id, error: err instanceof Error ? err.message : String(err) });
      throw new Error('Het dossier kon niet worden gemaakt door een fout in Stip. Probeer het later opnieuw.');
    }
  });
}

/** The facilitator's overview: which parts are still empty (read and computed in the worker), the versions and the setting. */
export async function dossierOverview(ctx: ServiceContext, workshop: WorkshopRecord): Promise<DossierOverview> {
  await ctx.documents.flush().catch(() => undefined); // a write that fails now is retried; the overview may lag a moment
  return {
    parts: await ctx.dossier.worker.status(workshop.id),
    versions: (await ctx.stores.versions.list(workshop.id)).map((v) => ({ number: v.number, label: v.label })),
    participantsMayDownload: await ctx.stores.exportSettings.participantsMayDownload(workshop.id),
  };
}
