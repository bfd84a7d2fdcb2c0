// SPDX-License-Identifier: EUPL-1.2
/**
 * A part of the dossier: one function from the decoded data to its blocks. Each part lives in its
 * own file; a part whose source does not exist yet (consultation, meeting 2, afspraken) gives a
 * clear "nog niet ingevuld" placeholder, and is replaced by plugging in one file.
 */
import type { Block } from '../../../../shared/dossier/dossierModel.js';
import type { DossierPartId } from '../../../../shared/dossier/dossierParts.js';
import type { DossierData } from '../dossierData.js';

/** What a part contributes: its blocks (starting with its level-1 heading) and whether it is still empty. */
export interface PartContent { blocks: Block[]; empty: boolean }

/** One part of the dossier. */
export interface DossierPart {
  id: DossierPartId;
  /** The part's level-1 heading (Dutch: document content). */
  title: string;
  build(data: DossierData): PartContent;
}
