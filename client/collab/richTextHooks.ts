/**
 * A rich-text field of an open document (a group's horizon, the vision) as a ProseMirror node of
 * the shared schema, for read-only display; re-read at most once per animation frame while people
 * type. A field that does not fit the schema reads as null (shown as "could not be read").
 */
import { useEffect, useState } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { fragmentToNode } from '../../shared/editor/schema.js';
import type { DocRoom } from './DocRoom.js';

/** The state of a rich-text field: its content, or that it could not be read. */
export type RichTextState = { node: ProseMirrorNode | null; unreadable: boolean };

const EMPTY: RichTextState = { node: null, unreadable: false };

/** Reads field `field` of the room's document as a ProseMirror node, live. */
export function useRichTextField(room: DocRoom | null, field: string): RichTextState {
  const [state, setState] = useState<RichTextState>(EMPTY);
  useEffect(() => {
    if (!room) { setState(EMPTY); return; }
    const fragment = room.doc.getXmlFragment(field);
    let frame: number | null = null;
    const read = () => {
      frame = null;
      try {
        setState({ node: fragmentToNode(fragment), unreadable: false });
      } catch {
        setState({ node: null, unreadable: true });
      }
    };
    const schedule = () => { if (frame === null) frame = requestAnimationFrame(read); };
    read();
    fragment.observeDeep(schedule);
    return () => {
      fragment.unobserveDeep(schedule);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [room, field]);
  return state;
}
