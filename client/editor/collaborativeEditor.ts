// SPDX-License-Identifier: EUPL-1.2
/**
 * What every collaborative Tiptap editor of Stip shares, wired as in Tiptap's collaborative demos:
 * the shared extension list (shared/editor), Collaboration on one field of the room's Y.Doc,
 * CollaborationCaret on the room's provider (RoomCaret: the own caret found by presence id), no default content, and a content check that stops
 * collaboration (and editing) when the stored content does not fit the schema.
 */
import { useEffect, useState } from 'react';
import type { Editor, UseEditorOptions } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import { editorExtensions } from '../../shared/editor/extensions.js';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { DocRoom } from '../collab/DocRoom.js';
import { caretRenderersFor } from './caretRender.js';
import { RoomCaret } from './roomCaret.js';

/** The accessible textbox attributes of an editor element. */
export const editorAttributes = (label: string, className: string) => ({
  'aria-label': label,
  role: 'textbox',
  'aria-multiline': 'true',
  class: className,
});

/**
 * The editor options that bind a room's field: extensions, content check, editable; plus
 * `contentError`, set when the stored content does not fit the schema (collaboration is then off).
 */
export function useCollaborativeOptions(room: DocRoom, field: string, user: AwarenessUser, editable: boolean): { options: UseEditorOptions; contentError: boolean } {
  const [contentError, setContentError] = useState(false);
  const options: UseEditorOptions = {
    extensions: [
      ...editorExtensions,
      Collaboration.configure({ document: room.doc, field }),
      RoomCaret.configure({ provider: room.provider, user, ...caretRenderersFor(room.provider.awareness) }),
    ],
    editable,
    enableContentCheck: true,
    onContentError: ({ disableCollaboration }) => { disableCollaboration(); setContentError(true); },
  };
  return { options, contentError };
}

/** Keeps the editor editable exactly while the person may write and its content fits. */
export function useEditableWhile(editor: Editor | null, editable: boolean): void {
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
}
