// SPDX-License-Identifier: EUPL-1.2
/**
 * The passages of a vision version as plain text: what comment anchors count their offsets in.
 *
 * A passage is every node carrying a `passage` attribute (paragraphs and list items, see
 * shared/editor/passageAttribute.ts). Splitting a paragraph keeps the id on both halves, so one id
 * can name several nodes: the passage's text is then their texts in document order, joined by "\n".
 * Headings carry no passage id and cannot be commented on (a general comment can).
 */
import type { Node as PmNode } from '@tiptap/pm/model';

/** One passage of a version: its id, its text, and the type of its (first) node. */
export interface PassageText {
  passageId: string;
  text: string;
  /** 'paragraph' | 'listItem'. */
  nodeType: string;
  /** The section heading above it ('' before the first heading). */
  heading: string;
}

/** The passages of a vision document (ProseMirror node of the shared schema), in document order. */
export function passageTexts(doc: PmNode): PassageText[] {
  const byId = new Map<string, PassageText>();
  let heading = '';
  doc.descendants((node) => {
    if (node.type.name === 'heading') {
      heading = node.textContent;
      return false;
    }
    const id = node.attrs.passage;
    if (typeof id !== 'string' || id === '') return true;
    const text = blockText(node);
    const seen = byId.get(id);
    if (seen) seen.text += '\n' + text;
    else byId.set(id, { passageId: id, text, nodeType: node.type.name, heading });
    return false;
  });
  return Array.from(byId.values());
}

/** The text of a block, its inner blocks separated by "\n". */
function blockText(node: PmNode): string {
  if (node.isTextblock) return node.textContent;
  const parts: string[] = [];
  node.forEach((child) => parts.push(blockText(child)));
  return parts.join('\n');
}
