// SPDX-License-Identifier: EUPL-1.2
/**
 * Tells every open screen of a workshop that its shown settings changed: raises `settingsRevision`
 * in the workshop's live document (`w/<id>/live`, format in shared/liveDoc.ts) by one. Screens with
 * the live document open then reload the settings through the API; the settings themselves (group
 * names, language …) stay out of the Yjs documents.
 */
import { liveDocName } from '../../../shared/docNames.js';
import { liveOf, readLive } from '../../../shared/liveDoc.js';
import type { DocumentPort } from '../../documents/DocumentPort.js';

/** Raises the live document's settings revision by one and answers the new revision. */
export function bumpSettingsRevision(docs: DocumentPort, workshopId: string): Promise<number> {
  return docs.change(liveDocName(workshopId), (doc) => {
    const next = readLive(doc).settingsRevision + 1;
    liveOf(doc).set('settingsRevision', next);
    return next;
  });
}
