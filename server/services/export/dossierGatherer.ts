/**
 * Gathers a workshop's DossierInput on the main thread: cheap reads only (the stores and each
 * document's encoded state); decoding and rendering happen in the export worker.
 */
import { ROLE_GROUPS, GROUP_COUNT, agreementsDocName, consultationDocName, groupDocName, roleGroupDocName, visionDocName } from '../../../shared/docNames.js';
import type { DossierPartId } from '../../../shared/dossier/dossierParts.js';
import type { WorkshopRecord } from '../../store/workshopStore.js';
import type { ServiceContext } from '../serviceContext.js';
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

/** What the caller chose. */
export interface DossierChoice { parts: DossierPartId[]; version: number | null; at: number | null }

/** The input of a workshop's dossier; `at` defaults to the shown version's freezing time (else the workshop's creation). */
export async function gatherDossierInput(ctx: Pick<ServiceContext, 'stores' | 'versions'>, workshop: WorkshopRecord, readState: DocStateReader, choice: DossierChoice): Promise<DossierInput> {
  const versions = ctx.versions.list(workshop.id).map((v) => ({ ...v, state: ctx.versions.get(workshop.id, v.number)!.state }));
  const docs: Record<string, Uint8Array[]> = {};
  for (const name of dossierDocNames(workshop.id)) docs[name] = await readState(name);
  const participants = ctx.stores.workshops.listParticipants(workshop.id)
    .filter((p) => p.role !== 'facilitator')
    .map((p) => ({ name: workshop.showNames ? p.name : '', role: p.role, group: p.group }));
  const shown = choice.version ?? versions.at(-1)?.number ?? null;
  const at = choice.at ?? versions.find((v) => v.number === shown)?.createdAt ?? workshop.createdAt;
  const { id, gemeente, title, meeting1, meeting2, showNames, groupNames, language } = workshop;
  return {
    workshop: { id, gemeente, title, meeting1, meeting2, showNames, groupNames, language },
    participants, versions: versions.map(({ number, label, createdAt, state }) => ({ number, label, createdAt, state })),
    version: choice.version, docs, parts: choice.parts, at,
  };
}
