// SPDX-License-Identifier: EUPL-1.2
/**
 * The one place where the server writes a vision's starting content (`w/<id>/vision`): the section
 * headings of the vision's home (shared/visionDoc.ts `writeVisionSkeleton`), in the workshop's
 * language, once, and only into an empty document. Called when the workshop is created and when
 * the facilitator first reads a workshop made without them (older workshops, the CLI). Clients
 * never write the starting content.
 */
import { visionDocName } from '../../../shared/docNames.js';
import { visionContentOf, writeVisionSkeleton } from '../../../shared/visionDoc.js';
import type { WorkshopRecord } from '../../store/workshopStore.js';
import type { DocumentPort } from '../../documents/DocumentPort.js';

/** Workshops whose vision is known to have content in this process (saves a look per call). */
const ready = new WeakMap<DocumentPort, Set<string>>();

/** Makes sure the workshop's vision has its starting content (once; never into a non-empty document). */
export async function ensureVisionSections(docs: DocumentPort, workshop: Pick<WorkshopRecord, 'id' | 'language'>): Promise<void> {
  let known = ready.get(docs);
  if (!known) ready.set(docs, (known = new Set()));
  if (known.has(workshop.id)) return;
  const name = visionDocName(workshop.id);
  const empty = await docs.read(name, (doc) => visionContentOf(doc).length === 0);
  if (empty) await docs.change(name, (doc) => writeVisionSkeleton(doc, workshop.language));
  known.add(workshop.id);
}
