// SPDX-License-Identifier: EUPL-1.2
/**
 * Starting a dossier export: who may export what (the facilitator everything; a participant only
 * the published parts, and only when the facilitator allows it), gathering the input on the main
 * thread and rendering it in the worker as a job the browser follows.
 */
import type { DossierOverview, ExportStartBody } from '../../../shared/apiExport.js';
import { DEFAULT_PARTS, DOSSIER_PARTS, FORMAT_FILES, PUBLISHED_PARTS, type DossierPartId, type ExportFormat } from '../../../shared/dossier/dossierParts.js';
import type { WorkshopRecord } from '../../store/workshopStore.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { gatherDossierInput, type DocStateReader } from './dossierGatherer.js';
import { ExportFailure } from './ExportWorkerHost.js';

/** Reads a document's updates through the document port (no Yjs work on this thread: the worker applies them). */
const portStateReader = (ctx: ServiceContext): DocStateReader => (name) => ctx.documents.updates(name);

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

/** Starts an export job for `sessionHash`; returns its id. */
export async function startDossierExport(ctx: ServiceContext, workshop: WorkshopRecord, sessionHash: string, body: ExportStartBody, facilitator: boolean): Promise<string> {
  const parts = await allowedParts(ctx, workshop.id, body.parts, facilitator);
  const version = body.version ?? null;
  if (version !== null && !(await ctx.stores.versions.get(workshop.id, version))) throw new DomainError('not-found', `No version ${version} of the vision`);
  const input = await gatherDossierInput(ctx, workshop, portStateReader(ctx), { parts, version, at: null, drafts: facilitator });
  const shown = version ?? input.versions.at(-1)?.number ?? null;
  return ctx.dossier.jobs.start({ workshopId: workshop.id, sessionHash }, body.format, fileName(workshop, shown, body.format), ctx.now(), async (onStep) => {
    try {
      return await ctx.dossier.worker.render(input, body.format, onStep);
    } catch (err) {
      if (err instanceof ExportFailure) throw err;
      ctx.log.error('dossier.export-failed', { workshopId: workshop.id, error: err instanceof Error ? err.message : String(err) });
      throw new Error('Het dossier kon niet worden gemaakt door een fout in Stip. Probeer het later opnieuw.');
    }
  });
}

/** The facilitator's overview: which parts are still empty (computed in the worker), the versions and the setting. */
export async function dossierOverview(ctx: ServiceContext, workshop: WorkshopRecord): Promise<DossierOverview> {
  const input = await gatherDossierInput(ctx, workshop, portStateReader(ctx), { parts: [...DOSSIER_PARTS], version: null, at: null, drafts: true });
  return {
    parts: await ctx.dossier.worker.status(input),
    versions: input.versions.map((v) => ({ number: v.number, label: v.label })),
    participantsMayDownload: await ctx.stores.exportSettings.participantsMayDownload(workshop.id),
  };
}
