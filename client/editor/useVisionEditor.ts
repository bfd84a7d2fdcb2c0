// SPDX-License-Identifier: EUPL-1.2
/**
 * The facilitator's editor of the global vision, wired like the horizon editor (shared
 * extensions, Collaboration on the vision's `content`, CollaborationCaret on the room's provider,
 * content check on). It also: takes dropped source items (from the merge view) at the drop point,
 * reports the passage under the pointer and at the caret (to show its sources). It only edits what
 * is there: the server writes the vision's starting content (its section headings).
 */
import { useRef } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import { VISION_FIELDS } from '../../shared/visionDoc.js';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { DocRoom } from '../collab/DocRoom.js';
import { editorAttributes, useCollaborativeOptions, useEditableWhile } from './collaborativeEditor.js';
import { blockBoundaryAfter } from './visionSections.js';
import { passageAtCaret } from './visionCommands.js';
import { SOURCE_DRAG_TYPE, parseDraggedKeys } from './sourceDrag.js';

/** Options of the vision editor. */
export interface VisionEditorOptions {
  label: string;
  user: AwarenessUser;
  editable: boolean;
  /** Source items were dropped at a block boundary. */
  onDropKeys: (keys: string[], at: number) => void;
  /** The passage under the pointer changed (null: none). */
  onHoverPassage: (passageId: string | null) => void;
  /** The passage at the caret changed (null: none). */
  onCaretPassage: (passageId: string | null) => void;
}

const attributesFor = (label: string) => editorAttributes(label, 'horizon-editor__content vision-editor__content');

/** Creates the vision editor for a room. */
export function useVisionEditor(room: DocRoom, options: VisionEditorOptions): { editor: Editor | null; contentError: boolean } {
  const latest = useRef(options);
  latest.current = options;
  const collaborative = useCollaborativeOptions(room, VISION_FIELDS.content, options.user, options.editable);
  const editor = useEditor({
    ...collaborative.options,
    onSelectionUpdate: ({ editor: e }) => latest.current.onCaretPassage(passageAtCaret(e)?.id ?? null),
    onBlur: () => latest.current.onCaretPassage(null),
    editorProps: {
      attributes: attributesFor(options.label),
      handleDrop: (view, event) => {
        const data = event.dataTransfer?.getData(SOURCE_DRAG_TYPE);
        if (!data) return false;
        event.preventDefault();
        const keys = parseDraggedKeys(data);
        const hit = view.posAtCoords({ left: event.clientX, top: event.clientY });
        const at = blockBoundaryAfter(view.state.doc, hit?.pos ?? view.state.doc.content.size);
        if (keys.length) latest.current.onDropKeys(keys, at);
        return true;
      },
      handleDOMEvents: {
        mouseover: (_view, event) => {
          const target = event.target instanceof Element ? event.target.closest('[data-passage]') : null;
          latest.current.onHoverPassage(target?.getAttribute('data-passage') ?? null);
          return false;
        },
        mouseleave: () => { latest.current.onHoverPassage(null); return false; },
      },
    },
  }, [room]);

  useEditableWhile(editor, options.editable && !collaborative.contentError);

  return { editor, contentError: collaborative.contentError };
}
