// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds the dossier from the decoded data: the title page, then each chosen part in document
 * order. Also reports which parts are still empty (for the dossier page).
 */
import type { Dossier } from '../../../shared/dossier/dossierModel.js';
import { DOSSIER_PARTS, type DossierPartId } from '../../../shared/dossier/dossierParts.js';
import type { DossierData } from './dossierData.js';
import { agreementsPart } from './parts/agreementsPart.js';
import { consultationPart } from './parts/consultationPart.js';
import { diffPart } from './parts/diffPart.js';
import type { DossierPart } from './parts/dossierPart.js';
import { meeting2Part } from './parts/meeting2Part.js';
import { originPart } from './parts/originPart.js';
import { participantsPart } from './parts/participantsPart.js';
import { dossierTitle, titlePage } from './parts/titlePart.js';
import { visionPart } from './parts/visionPart.js';

/** Every part by id: plugging in a part is replacing its file. */
const PARTS: Record<DossierPartId, DossierPart> = {
  vision: visionPart, origin: originPart, consultation: consultationPart, diff: diffPart,
  meeting2: meeting2Part, agreements: agreementsPart, participants: participantsPart,
};

/** Which part is still empty, for every part. */
export type PartStatus = { id: DossierPartId; title: string; empty: boolean }[];

/** The dossier of the chosen parts, and the status of every part. */
export function buildDossier(data: DossierData): { dossier: Dossier; status: PartStatus } {
  const built = DOSSIER_PARTS.map((id) => ({ id, part: PARTS[id], content: PARTS[id].build(data) }));
  const chosen = built.filter((b) => data.input.parts.includes(b.id));
  return {
    dossier: { title: dossierTitle(data), language: 'nl-NL', blocks: [...titlePage(data), ...chosen.flatMap((b) => b.content.blocks)] },
    status: built.map((b) => ({ id: b.id, title: b.part.title, empty: b.content.empty })),
  };
}
