// SPDX-License-Identifier: EUPL-1.2
/**
 * Plain text out of Yjs documents, for the AVG export: rich-text fragments as paragraphs, and any
 * document whose shape the exporter does not know as the text or JSON of each of its root fields.
 * Works on a private copy of a document, never on a live room's Y.Doc (typing a root field with
 * the wrong getter would break that room).
 */
import * as Y from 'yjs';

/** A private copy of a document's state. */
export function docCopy(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

function xmlTextOf(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

function nodeText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return xmlTextOf(node);
  if (node instanceof Y.XmlElement) {
    const children = node.toArray() as (Y.XmlElement | Y.XmlText)[];
    const blocks = children.some((c) => c instanceof Y.XmlElement);
    return children.map(nodeText).join(blocks ? '\n' : '');
  }
  return '';
}

/** The text of a rich-text fragment: one paragraph (top-level block) per blank-line-separated block. */
export function fragmentText(fragment: Y.XmlFragment): string {
  return (fragment.toArray() as (Y.XmlElement | Y.XmlText)[]).map(nodeText).filter((t) => t.trim() !== '').join('\n\n');
}

type RootKind = 'map' | 'text' | 'xml' | 'array' | 'empty';

/** Guesses the kind of a root field from its first content item (a copy's fields are still untyped). */
function rootKind(type: Y.AbstractType<any>): RootKind { // eslint-disable-line @typescript-eslint/no-explicit-any
  let item = type._start;
  while (item && item.deleted) item = item.right;
  if (!item) return type._map.size > 0 ? 'map' : 'empty';
  const content = item.content;
  if (content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentEmbed) return 'text';
  if (content instanceof Y.ContentType && (content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText || content.type instanceof Y.XmlHook)) return 'xml';
  return 'array';
}

/** Every root field of a document copy as text: `<field>: <text or JSON>`, one per line group. */
export function anyDocText(doc: Y.Doc): string {
  const parts: string[] = [];
  for (const name of [...doc.share.keys()].sort()) {
    const kind = rootKind(doc.share.get(name)!);
    let text = '';
    if (kind === 'map') text = JSON.stringify(doc.getMap(name).toJSON());
    else if (kind === 'text') text = doc.getText(name).toString();
    else if (kind === 'xml') text = fragmentText(doc.getXmlFragment(name));
    else if (kind === 'array') text = JSON.stringify(doc.getArray(name).toJSON());
    if (text !== '' && text !== '{}' && text !== '[]') parts.push(`${name}: ${text}`);
  }
  return parts.join('\n\n');
}
