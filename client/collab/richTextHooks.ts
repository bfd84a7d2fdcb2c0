// SPDX-License-Identifier: EUPL-1.2
/**
 * A rich-text field of an open document (a group's horizon, the vision) as a ProseMirror node of
 * the shared schema, for read-only display; re-read at most once per animation frame while people
 * type. A field that does not fit the schema reads as null (shown as "could not be read").
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { fragmentToNode } from '../../shared/editor/schema.js';
import type { DocRoom } from './DocRoom.js';
import { nextFrame, useYSnapshot } from './useYSnapshot.js';

/** The state of a rich-text field: its content, or that it could not be read. */
export type RichTextState = { node: ProseMirrorNode | null; unreadable: boolean };

const EMPTY: RichTextState = { node: null, unreadable: false };

/** Reads a rich-text field as a ProseMirror node; a field that does not fit the schema is unreadable. */
export function readRichText(room: DocRoom | null, field: string): RichTextState {
  if (!room) return EMPTY;
  try {
    return { node: fragmentToNode(room.doc.getXmlFragment(field)), unreadable: false };
  } catch {
    return { node: null, unreadable: true };
  }
}

/** Whether two reads of a rich-text field hold the same content. */
export function sameRichText(a: RichTextState, b: RichTextState): boolean {
  if (a.unreadable !== b.unreadable) return false;
  return a.node === b.node || (a.node !== null && b.node !== null && a.node.eq(b.node));
}

/** Reads field `field` of the room's document as a ProseMirror node, live. */
export function useRichTextField(room: DocRoom | null, field: string): RichTextState {
  return useYSnapshot(
    [room ? room.doc.getXmlFragment(field) : null],
    () => readRichText(room, field),
    { equals: sameRichText, schedule: nextFrame },
    [room, field],
  );
}
