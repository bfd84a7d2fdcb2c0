// SPDX-License-Identifier: EUPL-1.2
/**
 * Gathers a workshop's DossierInput: the stores' rows and each document's stored updates, read
 * through the store ports. The export process does it on its own read-only connection
 * (exportSources.ts), never the server's thread; the CLI does it on its own store.
 */
import { ROLE_GROUPS, GROUP_COUNT, agreementsDocName, consultationDocName, groupDocName, roleGroupDocName, visionDocName } from '../../../shared/docNames.js';
import type { DossierPartId } from '../../../shared/dossier/dossierParts.js';
import type { WorkshopRecord } from '../../store/workshopStore.js';
import type { ServiceContext } from '../serviceContext.js';
import type { ReactienotaRows } from '../consultation/reactienotaAssembler.js';
import { reactienotaRows } from '../consultation/reactienotaPresenter.js';
import type { DossierChoice, DossierInput } from './dossierInput.js';

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

/** What the gatherer reads the rows through: the store ports. */
export type DossierStores = Pick<ServiceContext, 'stores'>;

/** The consultation's stored rows for the worker: no e-mail addresses, and names only when the workshop shows them. */
async function consultationRows(ctx: DossierStores, workshopId: string): Promise<ReactienotaRows | null> {
  if (!(await ctx.stores.consultations.ofWorkshop(workshopId))) return null;
  const rows = await reactienotaRows(ctx, workshopId);
  return { ...rows, people: rows.people.map((p) => ({ ...p, email: null, name: rows.showNames ? p.name : '' })) };
}

/** The input of a workshop's dossier; `at` defaults to the shown version's freezing time (else the workshop's creation). */
export async function gatherDossierInput(ctx: DossierStores, workshop: WorkshopRecord, readState: DocStateReader, choice: DossierChoice): Promise<DossierInput> {
  const versions = [];
  for (const v of await ctx.stores.versions.list(workshop.id)) {
    versions.push({ ...v, state: (await ctx.stores.versions.get(workshop.id, v.number))!.state });
  }
  const docs: Record<string, Uint8Array[]> = {};
  for (const name of dossierDocNames(workshop.id)) docs[name] = await readState(name);
  const participants = (await ctx.stores.workshops.listParticipants(workshop.id))
    .filter((p) => p.role !== 'facilitator')
    .map((p) => ({ name: workshop.showNames ? p.name : '', role: p.role, group: p.group }));
  const consultation = choice.parts.includes('consultation') ? await consultationRows(ctx, workshop.id) : null;
  const shown = choice.version ?? versions.at(-1)?.number ?? null;
  const at = choice.at ?? versions.find((v) => v.number === shown)?.createdAt ?? workshop.createdAt;
  const { id, gemeente, title, meeting1, meeting2, showNames, groupNames, language } = workshop;
  return {
    workshop: { id, gemeente, title, meeting1, meeting2, showNames, groupNames, language },
    participants, versions: versions.map(({ number, label, createdAt, state }) => ({ number, label, createdAt, state })),
    version: choice.version, docs, parts: choice.parts, at,
    consultation,
    drafts: choice.drafts,
    roleGroupMerges: (await ctx.stores.meeting2.getSetup(workshop.id))?.merges ?? {},
  };
}
