/**
 * The facilitator's editor of the global vision, wired like the horizon editor (shared
 * extensions, Collaboration on the vision's `content`, CollaborationCaret on the room's provider,
 * content check on). It also: takes dropped source items (from the merge view) at the drop point,
 * reports the passage under the pointer and at the caret (to show its sources), and writes the
 * four section headings into a vision that is still empty once the server's state has arrived.
 */
import { useEffect, useRef, useState } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { editorExtensions } from '../../shared/editor/extensions.js';
import { VISION_FIELDS, visionContentOf, type VisionSection } from '../../shared/visionDoc.js';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { GroupRoom } from '../collab/GroupRoom.js';
import { renderCaret, renderSelection } from './caretRender.js';
import { blockBoundaryAfter, visionSkeleton } from './visionSections.js';
import { passageAtCaret } from './visionCommands.js';
import { SOURCE_DRAG_TYPE, parseDraggedKeys } from './sourceDrag.js';

/** Options of the vision editor. */
export interface VisionEditorOptions {
  label: string;
  user: AwarenessUser;
  editable: boolean;
  /** The server's state has arrived (then an empty vision gets its section headings). */
  synced: boolean;
  sectionTitles: Record<VisionSection, string>;
  /** Source items were dropped at a block boundary. */
  onDropKeys: (keys: string[], at: number) => void;
  /** The passage under the pointer changed (null: none). */
  onHoverPassage: (passageId: string | null) => void;
  /** The passage at the caret changed (null: none). */
  onCaretPassage: (passageId: string | null) => void;
}

const attributesFor = (label: string) => ({
  'aria-label': label,
  role: 'textbox',
  'aria-multiline': 'true',
  class: 'horizon-editor__content vision-editor__content',
});

/** Creates the vision editor for a room. */
export function useVisionEditor(room: GroupRoom, options: VisionEditorOptions): { editor: Editor | null; contentError: boolean } {
  const [contentError, setContentError] = useState(false);
  const latest = useRef(options);
  latest.current = options;
  const editor = useEditor({
    extensions: [
      ...editorExtensions,
      Collaboration.configure({ document: room.doc, field: VISION_FIELDS.content }),
      CollaborationCaret.configure({ provider: room.provider, user: options.user, render: renderCaret, selectionRender: renderSelection }),
    ],
    editable: options.editable,
    enableContentCheck: true,
    onContentError: ({ disableCollaboration }) => { disableCollaboration(); setContentError(true); },
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

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== (options.editable && !contentError)) editor.setEditable(options.editable && !contentError);
  }, [editor, options.editable, contentError]);

  useEffect(() => {
    if (!editor || editor.isDestroyed || !options.synced || !options.editable) return;
    if (visionContentOf(room.doc).length > 0) return;
    editor.commands.setContent({ type: 'doc', content: visionSkeleton(latest.current.sectionTitles) });
  }, [editor, room, options.synced, options.editable]);

  return { editor, contentError };
}
