// SPDX-License-Identifier: EUPL-1.2
/**
 * Whether presence may carry names in a document: only when its workshop shows names ("namen
 * tonen"). Read at every presence change, so a changed setting holds from the next one on
 * (server/collab/RoomPresence.ts). A document without a known workshop hides them.
 */
import { parseDocName } from '../../shared/docNames.js';
import type { WorkshopStore } from '../store/workshopStore.js';

/** The name rule of presence, by document name. */
export function presenceNamesRule(workshops: () => WorkshopStore): (docName: string) => boolean {
  return (docName) => {
    const ref = parseDocName(docName);
    return ref ? workshops().getWorkshop(ref.workshopId)?.showNames === true : false;
  };
}
