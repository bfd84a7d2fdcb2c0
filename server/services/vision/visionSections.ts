/**
 * Gives a workshop's vision (`w/<id>/vision`) its four section headings — h2 "Open staan",
 * "Loslaten", "Cultuurverandering", "Stip op de horizon", each followed by an empty paragraph —
 * written by the server once, and only into an empty document. Built as ProseMirror content of
 * the shared schema and turned into the Yjs fragment the editor binds to.
 */
import * as Y from 'yjs';
import { visionDocName } from '../../../shared/docNames.js';
import { VISION_SECTIONS, visionContentOf, type VisionSection } from '../../../shared/visionDoc.js';
import type { DocumentPort } from '../../documents/DocumentPort.js';

/** The heading of each vision section, as it appears in the document. */
export const VISION_SECTION_TITLES: Record<VisionSection, string> = {
  openStaan: 'Open staan',
  loslaten: 'Loslaten',
  cultuur: 'Cultuurverandering',
  horizon: 'Stip op de horizon',
};

/** The starting content of a vision as ProseMirror JSON. */
export function visionSkeleton(): { type: 'doc'; content: unknown[] } {
  return {
    type: 'doc',
    content: VISION_SECTIONS.flatMap((section) => [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: VISION_SECTION_TITLES[section] }] },
      { type: 'paragraph' },
    ]),
  };
}

/**
 * Writes the section headings into the document's content when it is empty; true when it wrote them.
 * Builds the Yjs nodes directly, as y-tiptap would store `visionSkeleton()`, so the server does not
 * load the editor schema (ProseMirror) just to start a document.
 */
export function writeVisionSections(doc: Y.Doc): boolean {
  const content = visionContentOf(doc);
  if (content.length > 0) return false;
  const nodes = VISION_SECTIONS.flatMap((section) => {
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 2 as unknown as string);
    heading.insert(0, [new Y.XmlText(VISION_SECTION_TITLES[section])]);
    return [heading, new Y.XmlElement('paragraph')];
  });
  content.insert(0, nodes);
  return true;
}

/** Workshops whose vision is known to have content in this process (saves a look per call). */
const ready = new WeakMap<DocumentPort, Set<string>>();

/** Makes sure the workshop's vision has its sections (once; never into a non-empty document). */
export async function ensureVisionSections(docs: DocumentPort, workshopId: string): Promise<void> {
  let known = ready.get(docs);
  if (!known) ready.set(docs, (known = new Set()));
  if (known.has(workshopId)) return;
  const name = visionDocName(workshopId);
  const empty = await docs.read(name, (doc) => visionContentOf(doc).length === 0);
  if (empty) await docs.change(name, writeVisionSections);
  known.add(workshopId);
}
