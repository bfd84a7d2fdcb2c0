// SPDX-License-Identifier: EUPL-1.2
/**
 * A harmless write that every document's rules allow (shared/docRules.ts): a paragraph in the
 * rich-text field of a group document (horizon) or the vision (content); a key in a `probe` map of
 * kinds that have no rules yet; in a role-group document (no rich text) the mark is appended to the
 * text of its first ambition, which anyone who may write may edit (seedRoleGroupProbe writes one as
 * a real author). Tests use it to see whether a connection may write, and whether a
 * write reached someone else.
 */
import * as Y from 'yjs';
import { parseDocName } from '../../shared/docNames.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { addAmbition, ambitionsOf } from '../../shared/roleGroupDoc.js';
import type { Role } from '../../shared/roles.js';
import { visionContentOf } from '../../shared/visionDoc.js';

function richTextOf(doc: Y.Doc, docName: string): Y.XmlFragment | null {
  const kind = parseDocName(docName)?.kind;
  if (kind === 'group') return horizonOf(doc);
  if (kind === 'vision') return visionContentOf(doc);
  return null;
}

/** The co-edited text of a role-group document's first ambition, or null when it has none. */
function ambitionText(doc: Y.Doc): Y.Text | null {
  for (const entry of ambitionsOf(doc).values()) {
    const text = entry instanceof Y.Map ? entry.get('text') : null;
    if (text instanceof Y.Text) return text;
  }
  return null;
}

/** Gives a role-group document the ambition whose text probes edit, written as a real author. */
export function seedRoleGroupProbe(doc: Y.Doc, author: { authorKey: string; authorRole: Role }): void {
  if (!ambitionText(doc)) addAmbition(doc, { ...author, text: 'probe:' });
}

/** Writes `mark` into the document as its rules allow. */
export function writeProbe(doc: Y.Doc, docName: string, mark: string): void {
  if (parseDocName(docName)?.kind === 'roleGroup') {
    const text = ambitionText(doc);
    if (text) return void text.insert(text.length, ` ${mark}`);
  }
  const fragment = richTextOf(doc, docName);
  if (!fragment) return void doc.getMap('probe').set(mark, true);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(mark)]);
  fragment.insert(fragment.length, [paragraph]);
}

/** Whether the document holds a probe written with `mark`. */
export function hasProbe(doc: Y.Doc, docName: string, mark: string): boolean {
  if (parseDocName(docName)?.kind === 'roleGroup' && ambitionText(doc)?.toString().includes(mark)) return true;
  const fragment = richTextOf(doc, docName);
  if (!fragment) return doc.getMap('probe').has(mark);
  return fragment.toArray().some((node) => node instanceof Y.XmlElement && node.toArray().some((t) => t instanceof Y.XmlText && t.toString() === mark));
}
