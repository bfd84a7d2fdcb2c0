// SPDX-License-Identifier: EUPL-1.2
/**
 * Gathers a workshop's DossierInput on the main thread: cheap reads (the stores and each document's
 * encoded state) and the reactienota as the consultation service presents it (its store and a word
 * comparison of the consulted and the new vision); decoding and rendering happen in the export worker.
 */
import { ROLE_GROUPS, GROUP_COUNT, agreementsDocName, consultationDocName, groupDocName, roleGroupDocName, visionDocName } from '../../../shared/docNames.js';
import type { DossierPartId } from '../../../shared/dossier/dossierParts.js';
import type { WorkshopRecord } from '../../store/workshopStore.js';
import * as Y from 'yjs';
import type { DocumentPort } from '../../documents/DocumentPort.js';
import type { ServiceContext } from '../serviceContext.js';
import { reactienota } from '../consultation/reactienotaPresenter.js';
import type { DossierInput } from './dossierInput.js';

/** Reads a document's current state by name as Yjs updates (none when it is empty), without decoding them. */
export type DocStateReader = (docName: string) => Promise<Uint8Array[]>;

/** The shared documents of a workshop that the dossier reads (never a private draft). */
function dossierDocNames(workshopId: string): string[] {
  return [
    ...Array.from({ length: GROUP_COUNT }, (_, i) => groupDocName(workshopId, i + 1)),
    visionDocName(workshopId),
    consultationDocName(workshopId),
    ...ROLE_GROUPS.map((g) => roleGroupDocName(workshopId, g)),
    agreementsDocName(workshopId),
  ];
}

/** What the caller chose; `drafts`: the facilitator's export (an unpublished reactienota's draft answers included). */
export interface DossierChoice { parts: DossierPartId[]; version: number | null; at: number | null; drafts: boolean }

/**
 * The document port as the reactienota reads the live vision: from the states this gatherer reads
 * (the CLI has no live port); writes still go to the real port.
 */
const readingPort = (port: DocumentPort, readState: DocStateReader): DocumentPort => ({
  async read(docName, fn) {
    const doc = new Y.Doc();
    try {
      for (const update of await readState(docName)) Y.applyUpdate(doc, update);
      return fn(doc);
    } finally {
      doc.destroy();
    }
  },
  updates: readState,
  change: (docName, fn) => port.change(docName, fn),
  forget: (match, close) => port.forget(match, close),
  closeSockets: (predicate, close) => port.closeSockets(predicate, close),
});

/** The reactienota for the dossier: only the facilitator's export shows it before publication. */
async function consultationOf(ctx: ServiceContext, workshopId: string, readState: DocStateReader, drafts: boolean): Promise<DossierInput['consultation']> {
  if (!(await ctx.stores.consultations.ofWorkshop(workshopId))) return null;
  const nota = await reactienota({ ...ctx, documents: readingPort(ctx.documents, readState) }, workshopId);
  if (nota.published || drafts) return { reactienota: nota, withheld: false };
  return { reactienota: { ...nota, items: [], ownChanges: [], unanswered: 0 }, withheld: true };
}

/** The input of a workshop's dossier; `at` defaults to the shown version's freezing time (else the workshop's creation). */
export async function gatherDossierInput(ctx: ServiceContext, workshop: WorkshopRecord, readState: DocStateReader, choice: DossierChoice): Promise<DossierInput> {
  const versions = [];
  for (const v of await ctx.stores.versions.list(workshop.id)) versions.push({ ...v, state: (await ctx.stores.versions.get(workshop.id, v.number))!.state });
  const docs: Record<string, Uint8Array[]> = {};
  for (const name of dossierDocNames(workshop.id)) docs[name] = await readState(name);
  const participants = (await ctx.stores.workshops.listParticipants(workshop.id))
    .filter((p) => p.role !== 'facilitator')
    .map((p) => ({ name: workshop.showNames ? p.name : '', role: p.role, group: p.group }));
  const shown = choice.version ?? versions.at(-1)?.number ?? null;
  const at = choice.at ?? versions.find((v) => v.number === shown)?.createdAt ?? workshop.createdAt;
  const { id, gemeente, title, meeting1, meeting2, showNames, groupNames, language } = workshop;
  return {
    workshop: { id, gemeente, title, meeting1, meeting2, showNames, groupNames, language },
    participants, versions: versions.map(({ number, label, createdAt, state }) => ({ number, label, createdAt, state })),
    version: choice.version, docs, parts: choice.parts, at,
    consultation: choice.parts.includes('consultation') ? await consultationOf(ctx, workshop.id, readState, choice.drafts) : null,
  };
}
