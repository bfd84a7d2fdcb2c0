/**
 * A harmless write that every document's rules allow (shared/docRules.ts): a paragraph in the
 * rich-text field of a group document (horizon) or the vision (content); a key in a `probe` map of
 * kinds that have no rules yet. Tests use it to see whether a connection may write, and whether a
 * write reached someone else.
 */
import * as Y from 'yjs';
import { parseDocName } from '../../shared/docNames.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { visionContentOf } from '../../shared/visionDoc.js';

function richTextOf(doc: Y.Doc, docName: string): Y.XmlFragment | null {
  const kind = parseDocName(docName)?.kind;
  if (kind === 'group') return horizonOf(doc);
  if (kind === 'vision') return visionContentOf(doc);
  return null;
}

/** Writes `mark` into the document as its rules allow. */
export function writeProbe(doc: Y.Doc, docName: string, mark: string): void {
  const fragment = richTextOf(doc, docName);
  if (!fragment) return void doc.getMap('probe').set(mark, true);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(mark)]);
  fragment.insert(fragment.length, [paragraph]);
}

/** Whether the document holds a probe written with `mark`. */
export function hasProbe(doc: Y.Doc, docName: string, mark: string): boolean {
  const fragment = richTextOf(doc, docName);
  if (!fragment) return doc.getMap('probe').has(mark);
  return fragment.toArray().some((node) => node instanceof Y.XmlElement && node.toArray().some((t) => t instanceof Y.XmlText && t.toString() === mark));
}
