// SPDX-License-Identifier: EUPL-1.2
/**
 * Changes to the vision made through its editor, so the facilitator's caret and undo history
 * stay right: insert a passage (a paragraph with a new passage id) at the end of its section or
 * where something was dropped, and find or give an id to the passage at the caret.
 */
import type { Editor } from '@tiptap/core';
import { newPassageId, sectionHeading, type VisionSection } from '../../shared/visionDoc.js';
import { insertPositionFor, passageNode } from './visionSections.js';

/** What to insert. */
export interface PassageInsert {
  section: VisionSection;
  text: string;
  /** The section's heading, used when the document lacks it. */
  sectionTitle: string;
  /** A document position (a block boundary) to insert at instead of the section's end. */
  at?: number | null;
}

/** Inserts a passage; returns its new id, or null when the editor is not usable. */
export function insertPassage(editor: Editor, insert: PassageInsert): string | null {
  if (editor.isDestroyed || !editor.isEditable) return null;
  const doc = editor.state.doc;
  const id = newPassageId();
  const sectionEnd = insertPositionFor(doc, insert.section);
  const at = insert.at ?? sectionEnd ?? doc.content.size;
  const content = insert.at == null && sectionEnd === null
    ? [sectionHeading(insert.sectionTitle), passageNode(id, insert.text)]
    : [passageNode(id, insert.text)];
  const ok = editor.chain().insertContentAt(at, content, { updateSelection: false }).run();
  if (!ok) return null;
  revealPassage(editor, id);
  return id;
}

/** Scrolls a passage into view without moving focus. */
function revealPassage(editor: Editor, passageId: string): void {
  const el = editor.view.dom.querySelector(`[data-passage="${CSS.escape(passageId)}"]`);
  if (el instanceof HTMLElement) el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/** The passage block at the caret: its id (null when it has none yet) and position; null outside a paragraph or list item. */
export function passageAtCaret(editor: Editor): { id: string | null; pos: number } | null {
  const { $from } = editor.state.selection;
  let fallback: { id: string | null; pos: number } | null = null;
  for (let depth = $from.depth; depth >= 1; depth--) {
    const node = $from.node(depth);
    if (node.type.name !== 'paragraph' && node.type.name !== 'listItem') continue;
    const id = typeof node.attrs.passage === 'string' && node.attrs.passage ? node.attrs.passage : null;
    const here = { id, pos: $from.before(depth) };
    if (id) return here;
    fallback ??= here;
  }
  return fallback;
}

/** The id of the passage at the caret, giving that paragraph a new id when it has none; null outside a passage. */
export function ensurePassageAtCaret(editor: Editor): string | null {
  const at = passageAtCaret(editor);
  if (!at || !editor.isEditable) return null;
  if (at.id) return at.id;
  const id = newPassageId();
  const node = editor.state.doc.nodeAt(at.pos);
  if (!node) return null;
  editor.chain().command(({ tr }) => { tr.setNodeMarkup(at.pos, undefined, { ...node.attrs, passage: id }); return true; }).run();
  return id;
}

/** Puts the caret at the end of a passage and focuses the editor (to edit a combined passage into shared wording). */
export function focusPassageEnd(editor: Editor, passageId: string): void {
  let end: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (end === null && node.attrs.passage === passageId && node.isTextblock) end = pos + node.nodeSize - 1;
    return end === null;
  });
  if (end !== null) editor.chain().focus().setTextSelection(end).scrollIntoView().run();
}
